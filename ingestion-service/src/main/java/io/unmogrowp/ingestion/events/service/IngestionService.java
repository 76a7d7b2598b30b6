package io.unmogrowp.ingestion.events.service;

import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import io.unmogrowp.core.validation.EventValidator;
import io.unmogrowp.core.validation.Invalid;
import io.unmogrowp.core.validation.Rejection;
import io.unmogrowp.core.validation.Valid;
import io.unmogrowp.core.validation.ValidationResult;
import io.unmogrowp.ingestion.apps.service.AppConfig;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.auth.service.ApiKeyAuthenticator;
import io.unmogrowp.ingestion.auth.service.SignatureVerifier;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.events.messaging.EventRecords;
import io.unmogrowp.ingestion.kafka.RecordSender;
import io.unmogrowp.ingestion.kafka.TopicWarmup;
import io.unmogrowp.ingestion.limits.service.InFlightLimiter;
import io.unmogrowp.ingestion.limits.service.RateLimiter;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * One ingestion request end to end: authenticate, check limits, validate every event, then send
 * the accepted events to events.raw and the rejected ones to events.rejected; the answer completes
 * with the last acknowledgement. Nothing here blocks: it runs on the HTTP event loop. A refused request is itself written to events.rejected when the sender is at
 * fault, so no bad input disappears.
 */
@ApplicationScoped
public class IngestionService {

    private static final Logger LOG = Logger.getLogger(IngestionService.class);
    /** Whole-request dead letters keep at most this much of the body (Kafka's record limit is about 1 MB). */
    static final int MAX_DEAD_LETTER_PAYLOAD_CHARS = 64 * 1024;
    /** Enough leading bytes of a body for its dead letter: a UTF-8 character takes at most four. */
    public static final int DEAD_LETTER_BODY_BYTES = MAX_DEAD_LETTER_PAYLOAD_CHARS * 4;

    private final AppDirectory directory;
    private final ApiKeyAuthenticator authenticator;
    private final SignatureVerifier signatures;
    private final RateLimiter rateLimiter;
    private final InFlightLimiter inFlight;
    private final EventValidator validator;
    private final EventRecords records;
    private final RecordSender sender;
    private final TopicWarmup topics;
    private final IngestionMetrics metrics;
    private final IngestionConfig.Limits limits;
    private final int retryAfterSeconds;
    private final Clock clock = Clock.systemUTC();

    public IngestionService(AppDirectory directory, ApiKeyAuthenticator authenticator, SignatureVerifier signatures,
            RateLimiter rateLimiter, InFlightLimiter inFlight, EventValidator validator, EventRecords records,
            RecordSender sender, TopicWarmup topics, IngestionMetrics metrics, IngestionConfig config) {
        this.directory = directory;
        this.authenticator = authenticator;
        this.signatures = signatures;
        this.rateLimiter = rateLimiter;
        this.inFlight = inFlight;
        this.validator = validator;
        this.records = records;
        this.sender = sender;
        this.topics = topics;
        this.metrics = metrics;
        this.limits = config.limits();
        this.retryAfterSeconds = config.limits().retryAfterSeconds();
    }

    /**
     * Refusals found before anything is sent are thrown at once; otherwise the answer completes
     * when Kafka has acknowledged every record (or fails with 503 at the deadline), and the
     * in-flight room is held until then, not until this method returns.
     */
    public CompletionStage<IngestResult> ingest(IngestRequest request) {
        Instant receivedAt = clock.instant();
        AppConfig app = null;
        try {
            if (!directory.isCaughtUp() || !topics.topicsKnown()) {
                throw RequestRejected.unavailable("starting",
                        "the service is still loading app configuration and topic metadata; retry shortly",
                        retryAfterSeconds);
            }
            app = authenticator.authenticate(request.apiKey());
            MediaTypes mediaType = MediaTypes.of(request.contentType()).orElseThrow(() ->
                    RequestRejected.unsupportedMediaType("Content-Type must be application/json or application/x-ndjson, not '"
                            + request.contentType() + "'"));
            boolean signed = signatures.verify(app, request.timestamp(), request.signature(), request.body(), receivedAt);
            List<RawEvent> events = mediaType == MediaTypes.JSON
                    ? BatchParser.parseJsonBatch(request.body(), limits.maxEventsPerRequest())
                    : BatchParser.parseNdjson(request.body(), limits.maxEventsPerRequest());
            rateLimiter.acquire(app, events.size());
            InFlightLimiter.Lease lease = inFlight.acquire(events.size());
            try {
                CompletionStage<IngestResult> answer = process(app, events, signed ? null : request.clientIp(), receivedAt);
                answer.whenComplete((result, failure) -> lease.close());
                return answer;
            } catch (RuntimeException e) {
                lease.close();
                throw e;
            }
        } catch (RequestRejected rejected) {
            if (!rejected.isSenderError()) {
                throw rejected;
            }
            // The refusal is answered once its dead letter is stored (or could not be): nothing waits on a thread.
            CompletableFuture<IngestResult> refused = new CompletableFuture<>();
            deadLetterWholeRequest(app, receivedAt, rejected, request.body())
                    .whenComplete((ignored, failure) -> refused.completeExceptionally(rejected));
            return refused;
        }
    }

    /**
     * A body refused for its size while it arrived, before the request reached {@link #ingest}:
     * dead-lettered under the key's app when the key names one, else as {@code unknown}.
     */
    public CompletionStage<Void> refuseBody(String apiKey, RequestRejected rejected, byte[] bodyStart) {
        AppConfig app;
        try {
            app = authenticator.authenticate(apiKey);
        } catch (RequestRejected unauthenticated) {
            app = null;
        }
        return deadLetterWholeRequest(app, clock.instant(), rejected, bodyStart);
    }

    private CompletionStage<IngestResult> process(AppConfig app, List<RawEvent> events, String fillIp, Instant receivedAt) {
        List<ProducerRecord<String, byte[]>> batch = new ArrayList<>(events.size());
        List<IngestResult.RejectedEvent> rejectedEvents = new ArrayList<>();
        List<RawEvent> rejectedRaw = new ArrayList<>();
        // Only counts wait for the acknowledgements: events, trees and records become garbage once handed to the
        // producer, so what a request keeps alive in flight (and every young collection copies) stays small.
        AcceptedTally tally = new AcceptedTally();
        for (RawEvent raw : events) {
            ValidationResult result = raw.parsed()
                    ? validator.validate(withClientIp(raw.tree(), fillIp), app.appId(), receivedAt)
                    : new Invalid(new Rejection(Rejection.WHOLE_EVENT, BatchParser.MALFORMED_JSON, raw.parseError()));
            if (result instanceof Valid valid) {
                tally.add(valid.event());
                batch.add(records.accepted(valid.event()));
            } else {
                Rejection rejection = ((Invalid) result).rejection();
                rejectedRaw.add(raw);
                rejectedEvents.add(new IngestResult.RejectedEvent(raw.index(), raw.eventIdIfPresent(), rejection.field(),
                        rejection.reason(), rejection.message()));
                batch.add(records.rejected(app.appId(), receivedAt, rejection, raw.index(), raw.text()));
            }
        }
        int recordCount = batch.size();
        CompletableFuture<IngestResult> answer = new CompletableFuture<>();
        sender.send(batch).whenComplete((acknowledged, failure) -> {
            if (failure != null) {
                LOG.warnf("answering 503 for app %s (%d records): %s", app.appId(), recordCount, failure.getMessage());
                answer.completeExceptionally(RequestRejected.unavailable("kafka_unavailable", "events could not be stored "
                        + "right now and none of this request was accepted; retry the same request (event_id makes "
                        + "retries safe)", retryAfterSeconds));
                return;
            }
            try {
                answer.complete(acknowledged(app, tally, rejectedRaw, rejectedEvents));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** Counted only once Kafka holds the records: a 503 request counts nothing as processed. */
    private IngestResult acknowledged(AppConfig app, AcceptedTally tally, List<RawEvent> rejectedRaw,
            List<IngestResult.RejectedEvent> rejectedEvents) {
        tally.report(metrics, app.appId());
        for (int i = 0; i < rejectedRaw.size(); i++) {
            metrics.eventProcessed(app.appId(), eventTypeLabel(rejectedRaw.get(i).tree()),
                    platformLabel(rejectedRaw.get(i).tree()), false);
            metrics.eventRejected(rejectedEvents.get(i).error());
        }
        return new IngestResult(tally.total(), rejectedEvents);
    }

    /**
     * SDK events rarely carry the device's public IP, which fingerprint matching needs: unsigned
     * requests come from the device, so its connection address fills a missing device.ip. Signed
     * requests come from servers, whose address says nothing about the device.
     */
    @SuppressWarnings("unchecked")
    static Object withClientIp(Object tree, String clientIp) {
        if (clientIp == null || !(tree instanceof Map<?, ?> event)) {
            return tree;
        }
        Object device = event.get("device");
        if (device != null && !(device instanceof Map)) {
            return tree;
        }
        if (device != null && ((Map<?, ?>) device).get("ip") != null) {
            return tree; // the common case: look before copying anything
        }
        Map<String, Object> deviceMap = device == null ? new LinkedHashMap<>() : new LinkedHashMap<>((Map<String, Object>) device);
        deviceMap.put("ip", clientIp);
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) event);
        copy.put("device", deviceMap);
        return copy;
    }

    private CompletionStage<Void> deadLetterWholeRequest(AppConfig app, Instant receivedAt, RequestRejected rejected,
            byte[] body) {
        String text = new String(body, 0, Math.min(body.length, MAX_DEAD_LETTER_PAYLOAD_CHARS * 4), StandardCharsets.UTF_8);
        if (text.length() > MAX_DEAD_LETTER_PAYLOAD_CHARS) {
            text = text.substring(0, MAX_DEAD_LETTER_PAYLOAD_CHARS);
        }
        Rejection rejection = new Rejection(rejected.field() == null ? "request" : rejected.field(), rejected.reason(),
                rejected.getMessage());
        metrics.eventRejected(rejected.reason());
        return sender.send(List.of(records.rejected(app == null ? null : app.appId(), receivedAt, rejection, null, text)))
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        metrics.deadLetterFailed();
                        LOG.warnf("could not dead-letter a refused request (%s): %s", rejected.reason(), failure.getMessage());
                    }
                });
    }

    private static String eventTypeLabel(Object tree) {
        if (tree instanceof Map<?, ?> map && map.get("event_type") instanceof String type) {
            return EventType.fromWire(type).map(EventType::wireName).orElse("other");
        }
        return "other";
    }

    private static String platformLabel(Object tree) {
        if (tree instanceof Map<?, ?> map && map.get("platform") instanceof String platform) {
            return Platform.fromWire(platform).map(Platform::wireName).orElse("other");
        }
        return "none";
    }
}
