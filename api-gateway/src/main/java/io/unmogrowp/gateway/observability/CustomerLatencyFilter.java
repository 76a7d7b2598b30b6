package io.unmogrowp.gateway.observability;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.unmogrowp.gateway.apps.service.KnownApps;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * customer_api_latency_ms{customer_id,quantile}: latency of /api/v1/apps/{app_id}/... calls per
 * customer app. Only apps known to exist get a series, which bounds the tag's cardinality.
 */
public class CustomerLatencyFilter {

    static final String METRIC = "customer_api_latency_ms";
    private static final String STARTED_AT = CustomerLatencyFilter.class.getName() + ".startedAt";
    private static final Pattern APP_ROUTE = Pattern.compile("^/api/v1/apps/([^/]+)(/.*)?$");

    private final MeterRegistry registry;
    private final KnownApps knownApps;
    private final Map<String, DistributionSummary> summaries = new ConcurrentHashMap<>();

    public CustomerLatencyFilter(MeterRegistry registry, KnownApps knownApps) {
        this.registry = registry;
        this.knownApps = knownApps;
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED_AT, System.nanoTime());
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        Object startedAt = request.getProperty(STARTED_AT);
        Matcher route = APP_ROUTE.matcher(request.getUriInfo().getPath());
        if (!(startedAt instanceof Long start) || !route.matches() || !knownApps.contains(route.group(1))) {
            return;
        }
        double millis = (System.nanoTime() - start) / 1_000_000.0;
        summaries.computeIfAbsent(route.group(1), this::summaryFor).record(millis);
    }

    private DistributionSummary summaryFor(String appId) {
        return DistributionSummary.builder(METRIC)
                .description("Latency of customer API calls per app, in milliseconds")
                .tag("customer_id", appId)
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry);
    }
}
