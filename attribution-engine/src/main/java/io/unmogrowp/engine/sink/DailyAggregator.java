package io.unmogrowp.engine.sink;

import io.quarkus.scheduler.Scheduled;
import io.unmogrowp.engine.config.EngineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Recomputes the daily aggregates of today and yesterday from the deduplicated tables. Each run writes a
 * full snapshot of those days stamped with one {@code computed_at_ms}; readers take, per app and day, only
 * the newest snapshot, so a group that a corrected decision left behind disappears instead of lingering.
 */
@ApplicationScoped
public class DailyAggregator {

    private static final Logger LOG = Logger.getLogger(DailyAggregator.class);

    private final ClickHouseWriter writer;
    private final boolean enabled;

    public DailyAggregator(ClickHouseWriter writer, EngineConfig config) {
        this.writer = writer;
        this.enabled = config.clickhouse().enabled();
    }

    @Scheduled(every = "${engine.clickhouse.aggregate-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshRecentDays() {
        if (!enabled) {
            return;
        }
        try {
            recompute(System.currentTimeMillis());
        } catch (Exception e) {
            LOG.warnf("daily aggregates not refreshed (%s); the next run retries", e.getMessage());
        }
    }

    public void recompute(long computedAt) throws Exception {
        writer.execute(AggregateQueries.attributionStats(writer::qualified, computedAt));
        writer.execute(AggregateQueries.revenueStats(writer::qualified, computedAt));
    }
}
