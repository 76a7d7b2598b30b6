package io.unmogrowp.gateway.attributions.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.unmogrowp.gateway.apps.service.AppService;
import io.unmogrowp.gateway.attributions.repository.AttributionRepository;
import io.unmogrowp.gateway.attributions.repository.ClickHouseUnavailableException;
import io.unmogrowp.gateway.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The attribution decision of one conversion, as the engine recorded it in ClickHouse. */
@ApplicationScoped
public class AttributionLookupService {

    private static final Logger LOG = Logger.getLogger(AttributionLookupService.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String ID_RULE = "must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', ':', '-'";

    /** The decision fields of docs/contracts.md, in the order the API returns them. */
    static final List<String> DECISION_FIELDS = List.of(
            "app_id", "conversion_event_id", "conversion_type", "version", "decided_at", "conversion_time",
            "status", "media_source", "campaign", "campaign_id", "adset", "ad", "site_id", "touch_type",
            "match_type", "touchpoint_event_id", "touchpoint_time", "ctit_seconds", "is_reattribution",
            "fraud_reasons", "explain", "credits");

    private final AppService apps;
    private final AttributionRepository attributions;
    private final ObjectMapper objectMapper;
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public AttributionLookupService(AppService apps, AttributionRepository attributions, ObjectMapper objectMapper,
                                    MeterRegistry registry) {
        this.apps = apps;
        this.attributions = attributions;
        this.objectMapper = objectMapper;
        this.registry = registry;
        for (String outcome : List.of("found", "not_decided", "invalid_request", "unknown_app", "unavailable")) {
            counter(outcome);
        }
    }

    public Map<String, JsonNode> decision(String appId, String conversionEventId) {
        String outcome = "unavailable";
        try {
            requireId("app_id", appId);
            requireId("conversion_event_id", conversionEventId);
            apps.requireExists(appId);
            String decisionJson = attributions.findLatestDecisionJson(appId, conversionEventId)
                    .orElseThrow(() -> new ApiException(404, "not_decided", "conversion_event_id",
                            "no attribution decision for " + conversionEventId + " yet"));
            Map<String, JsonNode> decision = project(decisionJson);
            outcome = "found";
            return decision;
        } catch (ApiException e) {
            outcome = e.error().error();
            throw e;
        } catch (ClickHouseUnavailableException e) {
            LOG.warn(e.getMessage());
            throw new ApiException(503, "clickhouse_unavailable", null, "attribution store is unavailable, retry later");
        } finally {
            counter(outcome).increment();
        }
    }

    private Map<String, JsonNode> project(String decisionJson) {
        JsonNode stored;
        try {
            stored = objectMapper.readTree(decisionJson);
        } catch (JsonProcessingException e) {
            throw new ClickHouseUnavailableException("stored decision_json is not JSON", e);
        }
        Map<String, JsonNode> decision = new LinkedHashMap<>();
        for (String field : DECISION_FIELDS) {
            decision.put(field, stored.path(field).isMissingNode() ? null : stored.get(field));
        }
        return decision;
    }

    private static void requireId(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw ApiException.invalid(field, ID_RULE);
        }
    }

    private Counter counter(String outcome) {
        return counters.computeIfAbsent(outcome, key -> Counter.builder("gateway_report_queries")
                .description("Report and lookup queries served by the gateway, by outcome")
                .tag("report", "attribution")
                .tag("outcome", key)
                .register(registry));
    }
}
