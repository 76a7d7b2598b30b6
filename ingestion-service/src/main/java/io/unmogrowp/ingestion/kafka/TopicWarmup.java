package io.unmogrowp.ingestion.kafka;

import io.quarkus.runtime.StartupEvent;
import io.unmogrowp.ingestion.config.IngestionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import org.jboss.logging.Logger;

/**
 * Fetches the producer's metadata for the topics it writes before the first request. Requests
 * hand records to the producer on the event loop, and send() blocks (up to max.block.ms) only
 * while a topic's metadata is missing; fetched here on a thread of its own, and kept by
 * {@code metadata.max.idle.ms}, it never is missing when a request sends.
 */
@ApplicationScoped
public class TopicWarmup {

    private static final Logger LOG = Logger.getLogger(TopicWarmup.class);
    private static final long RETRY_MILLIS = 500;

    private final Producer<String, byte[]> producer;
    private final List<String> topics;
    private volatile boolean known;

    public TopicWarmup(Producer<String, byte[]> producer, IngestionConfig config) {
        this.producer = producer;
        this.topics = List.of(config.kafka().eventsTopic(), config.kafka().rejectedTopic());
    }

    void start(@Observes StartupEvent ignored) {
        Thread thread = new Thread(this::fetchUntilKnown, "producer-topic-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once the producer knows the partitions of every topic it writes. */
    public boolean topicsKnown() {
        return known;
    }

    private void fetchUntilKnown() {
        while (!known) {
            try {
                for (String topic : topics) {
                    producer.partitionsFor(topic);
                }
                known = true;
            } catch (KafkaException e) {
                LOG.debugf("producer metadata not available yet: %s", e.getMessage());
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
