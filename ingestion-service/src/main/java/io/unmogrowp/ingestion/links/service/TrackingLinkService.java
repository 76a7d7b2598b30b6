package io.unmogrowp.ingestion.links.service;

import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.validation.EventValidator;
import io.unmogrowp.core.validation.Invalid;
import io.unmogrowp.core.validation.Rejection;
import io.unmogrowp.core.validation.Valid;
import io.unmogrowp.core.validation.ValidationResult;
import io.unmogrowp.ingestion.apps.service.AppConfig;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.events.messaging.EventRecords;
import io.unmogrowp.ingestion.kafka.KafkaUnavailable;
import io.unmogrowp.ingestion.kafka.RecordSender;
import io.unmogrowp.ingestion.limits.service.InFlightLimiter;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Clicks and impressions from tracking links. Each becomes an ordinary event validated by the core
 * rules and acknowledged by Kafka before the answer; a touch that breaks a rule goes to
 * events.rejected instead.
 */
@ApplicationScoped
public class TrackingLinkService {

    private static final int MAX_CLICK_ID_IN_EVENT_ID = 100;

    private final AppDirectory directory;
    private final EventValidator validator;
    private final EventRecords records;
    private final RecordSender sender;
    private final InFlightLimiter inFlight;
    private final IngestionMetrics metrics;
    private final int retryAfterSeconds;
    private final Clock clock = Clock.systemUTC();

    public TrackingLinkService(AppDirectory directory, EventValidator validator, EventRecords records,
            RecordSender sender, InFlightLimiter inFlight, IngestionMetrics metrics, IngestionConfig config) {
        this.directory = directory;
        this.validator = validator;
        this.records = records;
        this.sender = sender;
        this.inFlight = inFlight;
        this.metrics = metrics;
        this.retryAfterSeconds = config.limits().retryAfterSeconds();
    }

    /** Records a click; the click id is the one given or a new UUID, and the event id derives from it so a repeated hit is deduplicated downstream. */
    public TouchOutcome click(TouchRequest request) {
        AppConfig app = knownApp(request.appId());
        String clickId = blankToNull(request.clickId()) == null ? UUID.randomUUID().toString() : request.clickId();
        boolean recorded = record(app, EventType.CLICK, clickEventId(clickId), clickId, request);
        return new TouchOutcome(recorded, recorded ? clickId : null,
                app.storeUrl() == null ? null : StoreRedirects.withReferrer(app.storeUrl(), recorded ? clickId : null));
    }

    /** "click-" + click id; an over-long click id gets a stable digest so the click_id rule, not event_id, explains the rejection. */
    static String clickEventId(String clickId) {
        return clickId.length() <= MAX_CLICK_ID_IN_EVENT_ID
                ? "click-" + clickId
                : "click-" + UUID.nameUUIDFromBytes(clickId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public boolean impression(TouchRequest request) {
        AppConfig app = knownApp(request.appId());
        return record(app, EventType.IMPRESSION, "impression-" + UUID.randomUUID(), null, request);
    }

    private AppConfig knownApp(String appId) {
        if (!directory.isCaughtUp()) {
            throw RequestRejected.unavailable("starting", "the service is still loading app configuration", retryAfterSeconds);
        }
        return directory.byId(appId).orElseThrow(() -> new UnknownApp(appId));
    }

    private boolean record(AppConfig app, EventType type, String eventId, String clickId, TouchRequest request) {
        Instant now = clock.instant();
        Map<String, Object> event = touchEvent(app.appId(), type, eventId, clickId, request, now);
        ValidationResult result = validator.validate(event, app.appId(), now);
        try (InFlightLimiter.Lease ignored = inFlight.acquire(1)) {
            if (result instanceof Valid valid) {
                sender.sendAll(List.of(records.accepted(valid.event())));
                metrics.eventProcessed(app.appId(), type.wireName(), "none", true);
                return true;
            }
            Rejection rejection = ((Invalid) result).rejection();
            sender.sendAll(List.of(records.rejected(app.appId(), now, rejection, null, request.rawQuery())));
            metrics.eventProcessed(app.appId(), type.wireName(), "none", false);
            metrics.eventRejected(rejection.reason());
            return false;
        } catch (KafkaUnavailable e) {
            throw RequestRejected.unavailable("kafka_unavailable", "the " + type.wireName()
                    + " could not be recorded right now; retry", retryAfterSeconds);
        }
    }

    static Map<String, Object> touchEvent(String appId, EventType type, String eventId, String clickId,
            TouchRequest request, Instant now) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("event_id", eventId);
        event.put("app_id", appId);
        event.put("event_type", type.wireName());
        event.put("event_time", now.toEpochMilli());
        Map<String, Object> device = new LinkedHashMap<>();
        putIfPresent(device, "advertising_id", request.advertisingId());
        putIfPresent(device, "idfv", request.idfv());
        putIfPresent(device, "android_id", request.androidId());
        putIfPresent(device, "ip", request.clientIp());
        putIfPresent(device, "user_agent", request.userAgent());
        if (!device.isEmpty()) {
            event.put("device", device);
        }
        putIfPresent(event, "click_id", clickId);
        Map<String, Object> campaign = new LinkedHashMap<>();
        putIfPresent(campaign, "media_source", request.mediaSource());
        putIfPresent(campaign, "campaign", request.campaign());
        putIfPresent(campaign, "campaign_id", request.campaignId());
        putIfPresent(campaign, "adset", request.adset());
        putIfPresent(campaign, "ad", request.ad());
        putIfPresent(campaign, "site_id", request.siteId());
        if (!campaign.isEmpty()) {
            event.put("campaign", campaign);
        }
        return event;
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        String text = blankToNull(value);
        if (text != null) {
            map.put(key, text);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
