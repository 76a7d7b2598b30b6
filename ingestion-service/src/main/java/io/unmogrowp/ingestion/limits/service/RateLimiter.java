package io.unmogrowp.ingestion.limits.service;

import io.unmogrowp.ingestion.apps.service.AppConfig;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-app event rate limit from the app's settings.rate_limit_per_second. The bucket holds one
 * second of events, but never less than one full request, so a maximal batch can always pass.
 */
@ApplicationScoped
public class RateLimiter {

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final int maxEventsPerRequest;

    public RateLimiter(IngestionConfig config) {
        this.maxEventsPerRequest = config.limits().maxEventsPerRequest();
    }

    public void acquire(AppConfig app, int events) {
        if (events == 0) {
            return;
        }
        long now = System.nanoTime();
        TokenBucket bucket = buckets.compute(app.appId(), (id, existing) ->
                existing != null && existing.ratePerSecond() == app.rateLimitPerSecond()
                        ? existing
                        : new TokenBucket(app.rateLimitPerSecond(),
                                Math.max(app.rateLimitPerSecond(), maxEventsPerRequest), now));
        double waitSeconds = bucket.tryTake(events, now);
        if (waitSeconds > 0) {
            throw RequestRejected.rateLimited("app " + app.appId() + " is limited to " + app.rateLimitPerSecond()
                    + " events per second; retry after the Retry-After seconds", (int) Math.ceil(waitSeconds));
        }
    }
}
