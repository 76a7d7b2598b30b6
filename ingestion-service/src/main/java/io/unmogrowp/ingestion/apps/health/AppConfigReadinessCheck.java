package io.unmogrowp.ingestion.apps.health;

import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.kafka.KafkaStatus;
import io.unmogrowp.ingestion.kafka.TopicWarmup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready until every app known at start is loaded (otherwise good keys would get 401) and the
 * producer knows its topics (requests answer 503 until then), nor while Kafka is away.
 */
@Readiness
@ApplicationScoped
public class AppConfigReadinessCheck implements HealthCheck {

    private final AppDirectory directory;
    private final KafkaStatus kafka;
    private final TopicWarmup topics;

    public AppConfigReadinessCheck(AppDirectory directory, KafkaStatus kafka, TopicWarmup topics) {
        this.directory = directory;
        this.kafka = kafka;
        this.topics = topics;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ingestion")
                .status(directory.isCaughtUp() && kafka.isUp() && topics.topicsKnown())
                .withData("app_config_caught_up", directory.isCaughtUp())
                .withData("apps", directory.size())
                .withData("kafka_up", kafka.isUp())
                .withData("topic_metadata", topics.topicsKnown())
                .build();
    }
}
