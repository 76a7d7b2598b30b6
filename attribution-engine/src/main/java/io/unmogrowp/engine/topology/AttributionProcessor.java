package io.unmogrowp.engine.topology;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.unmogrowp.core.attribution.AttributionSettings;
import io.unmogrowp.core.attribution.Attributor;
import io.unmogrowp.core.attribution.CandidateSet;
import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.MatchType;
import io.unmogrowp.core.attribution.PriorAttribution;
import io.unmogrowp.core.attribution.ReengagementRule;
import io.unmogrowp.core.attribution.Touchpoint;
import io.unmogrowp.core.event.DeviceId;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.engine.codec.DecisionCodec;
import io.unmogrowp.engine.codec.EventReader;
import io.unmogrowp.engine.tracing.KafkaTracing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.jboss.logging.Logger;

/**
 * Attribution of one app's event stream (records arrive keyed by app id): dedup, touchpoint indexing,
 * decisions through attribution-core, late-touchpoint corrections and in-app enrichment. All state lives
 * in changelogged stores, and with exactly-once processing a crash neither loses nor repeats a decision.
 */
final class AttributionProcessor implements Processor<String, byte[], String, Output> {

    private static final Logger LOG = Logger.getLogger(AttributionProcessor.class);
    private static final ReengagementRule REENGAGEMENT = new ReengagementRule();
    /** Device entries looked at per purge punctuation: bounded, so a purge never holds the stream thread long. */
    static final int DEVICE_PURGE_SLICE = 20_000;

    private final TopologySettings settings;
    private final Attributor attributor;
    private final Clock clock;
    private final EngineObserver observer;
    private final Tracer tracer;
    private final KafkaTracing tracing;

    private ProcessorContext<String, Output> context;
    private EventDedup dedup;
    private TouchpointIndex touchpoints;
    private RecentDecisions recent;
    private DeviceAttributions devices;
    private AppSettingsCache appSettings;
    private SiteStatistics sites;

    AttributionProcessor(TopologySettings settings, Attributor attributor, Clock clock, EngineObserver observer,
            Tracer tracer, KafkaTracing tracing) {
        this.settings = settings;
        this.attributor = attributor;
        this.clock = clock;
        this.observer = observer;
        this.tracer = tracer;
        this.tracing = tracing;
    }

    @Override
    public void init(ProcessorContext<String, Output> context) {
        this.context = context;
        this.dedup = new EventDedup(context.getStateStore(StoreNames.DEDUP), settings.dedupWindow());
        this.touchpoints = new TouchpointIndex(context.getStateStore(StoreNames.TOUCHPOINTS));
        this.recent = new RecentDecisions(context.getStateStore(StoreNames.RECENT_DECISIONS),
                context.getStateStore(StoreNames.CONVERSION_INDEX), settings.lateTouchpointGrace());
        KeyValueStore<String, byte[]> deviceStore = context.getStateStore(StoreNames.DEVICE_ATTRIBUTION);
        this.devices = new DeviceAttributions(deviceStore);
        this.appSettings = new AppSettingsCache(context.getStateStore(StoreNames.APP_CONFIG), clock);
        this.sites = new SiteStatistics(context.getStateStore(StoreNames.SITE_STATS));
        // A slice of the device store a minute (a million ids in under an hour); the small site store whole, hourly.
        context.schedule(Duration.ofMinutes(1), PunctuationType.WALL_CLOCK_TIME, now -> {
            int removed = devices.purgeInactiveBefore(Instant.ofEpochMilli(now).minus(settings.deviceAttribution()),
                    DEVICE_PURGE_SLICE);
            if (removed > 0) {
                LOG.infof("forgot %d device ids inactive for more than %s", removed, settings.deviceAttribution());
            }
        });
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, sites::purgeSilentBefore);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Optional<Event> parsed = EventReader.read(record.value());
        if (parsed.isEmpty()) {
            observer.onUnreadable();
            LOG.warnf("skipping an unreadable record on %s (key %s)", settings.rawTopic(), record.key());
            return;
        }
        Event event = parsed.get();
        long arrivedAt = record.timestamp();
        String dedupKey = IndexKeys.event(event.appId(), event.eventId());
        if (!dedup.firstSighting(dedupKey, arrivedAt)) {
            observer.onDuplicate(event.appId());
            return;
        }
        sites.at(arrivedAt);

        Span span = tracer.spanBuilder("attribute " + event.eventType().wireName())
                .setParent(tracing.extract(record.headers()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("unmogrowp.app_id", event.appId())
                .setAttribute("unmogrowp.event_id", event.eventId())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            AttributionSettings rules = appSettings.of(event.appId());
            switch (event.eventType()) {
                case CLICK, IMPRESSION -> onTouchpoint(Touchpoint.from(event), rules, arrivedAt);
                case INSTALL, REINSTALL -> onConversion(event, rules, arrivedAt);
                case OPEN, IN_APP -> onActivity(event, rules, arrivedAt);
            }
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void onTouchpoint(Touchpoint touchpoint, AttributionSettings rules, long arrivedAt) {
        touchpoints.add(touchpoint);
        sites.countClick(touchpoint);
        List<String> keys = IndexKeys.all(touchpoint.appId(), touchpoint.clickId(), touchpoint.deviceIds(),
                touchpoint.fingerprint());
        for (RecentDecisions.Shared shared : recent.conversionsSharing(keys, arrivedAt)) {
            recent.find(touchpoint.appId(), shared)
                    .filter(entry -> !touchpoint.touchTime().isAfter(entry.conversion().conversionTime()))
                    .ifPresent(entry -> reconsider(entry, rules, arrivedAt));
        }
    }

    /** A late touchpoint may change a recent decision: re-decide, and publish a new version only if it did. */
    private void reconsider(RecentDecisions.Entry entry, AttributionSettings rules, long arrivedAt) {
        Conversion conversion = entry.conversion();
        Decision decision = attributor.decide(conversion, touchpoints.candidates(conversion, rules), entry.prior(),
                rules, clock.instant(), sites);
        if (RecentDecisions.outcome(decision).equals(entry.outcome())) {
            return;
        }
        int version = entry.version() + 1;
        publishDecision(decision, version, null, arrivedAt);
        recent.remember(conversion, entry.prior(), decision, version, entry.arrivedAt(), false);
        Optional<DeviceAttribution> current = devices.find(conversion.appId(), conversion.deviceIds());
        if (current.isEmpty() || current.get().conversionEventId().equals(conversion.eventId())) {
            devices.put(conversion.appId(), conversion.deviceIds(), attributionOf(decision, false));
        }
    }

    private void onConversion(Event event, AttributionSettings rules, long arrivedAt) {
        Conversion conversion = Conversion.from(event);
        PriorAttribution prior = devices.find(event.appId(), conversion.deviceIds())
                .map(DeviceAttribution::asPrior).orElse(null);
        CandidateSet candidates = touchpoints.candidates(conversion, rules);
        Decision decision = attributor.decide(conversion, candidates, prior, rules, clock.instant(), sites);
        sites.countConversion(decision);
        publishDecision(decision, 1, event.receivedAt(), arrivedAt);
        recent.remember(conversion, prior, decision, 1, arrivedAt, true);
        devices.put(event.appId(), conversion.deviceIds(), attributionOf(decision, false));
        sampleAccuracy(conversion, candidates, decision, rules);
    }

    /**
     * Runs the fingerprint matcher as if the device ids and click id were unknown; agreement with the
     * deterministic winner estimates how often probabilistic matches are right.
     */
    private void sampleAccuracy(Conversion c, CandidateSet candidates, Decision deterministic, AttributionSettings rules) {
        boolean wasDeterministic = deterministic.matchType() == MatchType.CLICK_ID
                || deterministic.matchType() == MatchType.DEVICE_ID;
        if (!wasDeterministic || deterministic.status() != DecisionStatus.ATTRIBUTED || c.fingerprint() == null
                || candidates.byFingerprint().isEmpty()) {
            return;
        }
        Conversion blind = new Conversion(c.eventId(), c.appId(), c.type(), c.conversionTime(), null, List.of(),
                c.fingerprint(), c.ip(), c.installBeganAt());
        Decision probabilistic = attributor.decide(blind, new CandidateSet(List.of(), List.of(), candidates.byFingerprint()),
                null, rules, clock.instant());
        if (probabilistic.winner() != null) {
            observer.onAccuracySample(c.appId(), probabilistic.winner().eventId().equals(deterministic.winner().eventId()));
        }
    }

    private void onActivity(Event event, AttributionSettings rules, long arrivedAt) {
        List<DeviceId> ids = event.device().ids();
        Optional<DeviceAttribution> current = devices.find(event.appId(), ids);
        if (event.eventType() == EventType.OPEN && current.isPresent()
                && REENGAGEMENT.isReengagement(current.get().lastActivity(), event.eventTime(), rules)) {
            Conversion open = Conversion.from(event);
            Decision decision = attributor.decide(open, touchpoints.candidates(open, rules),
                    current.get().asPrior(), rules, clock.instant(), sites);
            if (decision.status() == DecisionStatus.ATTRIBUTED) {
                publishDecision(decision, 1, event.receivedAt(), arrivedAt);
                DeviceAttribution reengaged = attributionOf(decision, true);
                devices.put(event.appId(), ids, reengaged);
                current = Optional.of(reengaged);
            }
        }
        if (event.eventType() == EventType.IN_APP) {
            publishAttributedEvent(event, current.orElse(null), arrivedAt);
        }
        current.ifPresent(c -> devices.touch(event.appId(), ids, c, event.eventTime()));
    }

    private void publishDecision(Decision decision, int version, Instant receivedAt, long timestamp) {
        String key = decision.appId() + ":" + decision.conversionEventId();
        byte[] value = DecisionCodec.write(decision, version);
        context.forward(new Record<>(key, new Output(settings.attributionsTopic(), value), timestamp, traceHeaders()));
        Duration sinceReceipt = receivedAt == null ? Duration.ZERO : Duration.between(receivedAt, clock.instant());
        observer.onDecision(decision, version, sinceReceipt);
    }

    private void publishAttributedEvent(Event event, DeviceAttribution attribution, long timestamp) {
        String key = event.appId() + ":" + event.eventId();
        context.forward(new Record<>(key, new Output(settings.attributedTopic(),
                AttributedEventCodec.write(event, attribution)), timestamp, traceHeaders()));
    }

    private Headers traceHeaders() {
        Headers headers = new RecordHeaders();
        tracing.inject(Context.current(), headers);
        return headers;
    }

    private static DeviceAttribution attributionOf(Decision d, boolean reengagement) {
        return new DeviceAttribution(d.conversionEventId(), d.conversionTime(), d.status(), d.mediaSource(),
                d.campaign(), d.matchType().wireName(), d.conversionTime(), reengagement);
    }
}
