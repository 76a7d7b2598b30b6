package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.Decision;
import io.unmogrowp.core.attribution.DecisionStatus;
import io.unmogrowp.core.attribution.TouchType;
import io.unmogrowp.core.attribution.Touchpoint;
import io.unmogrowp.core.fraud.FloodedSites;
import io.unmogrowp.core.fraud.FraudRules;
import io.unmogrowp.core.fraud.SiteStats;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Clicks, installs and long-CTIT installs per publisher site and day, summed over the last seven days:
 * the statistics behind the click-flooding rule. One window-store entry per site and day, so old days
 * leave with their segment.
 */
final class SiteStatistics implements FloodedSites {

    static final Duration PERIOD = Duration.ofDays(7);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();

    private final WindowStore<String, byte[]> store;
    private long now;

    SiteStatistics(WindowStore<String, byte[]> store) {
        this.store = store;
    }

    /** The moment the statistics are read at (the arrival of the record being processed). */
    SiteStatistics at(long arrivedAt) {
        this.now = arrivedAt;
        return this;
    }

    void countClick(Touchpoint click) {
        if (click.touchType() == TouchType.CLICK) {
            add(key(click), 1, 0, 0);
        }
    }

    void countConversion(Decision decision) {
        Touchpoint winner = decision.winner();
        if (winner == null || winner.touchType() != TouchType.CLICK || decision.status() == DecisionStatus.ORGANIC) {
            return;
        }
        boolean longTail = decision.ctitSeconds() != null
                && decision.ctitSeconds() > FraudRules.LONG_TAIL_CTIT.getSeconds();
        add(key(winner), 0, 1, longTail ? 1 : 0);
    }

    @Override
    public boolean isFlooding(Touchpoint touchpoint) {
        return FraudRules.isClickFlooding(stats(key(touchpoint)));
    }

    SiteStats stats(String key) {
        long clicks = 0;
        long installs = 0;
        long longTail = 0;
        try (WindowStoreIterator<byte[]> it = store.fetch(key, now - PERIOD.toMillis(), now)) {
            while (it.hasNext()) {
                ByteBuffer day = ByteBuffer.wrap(it.next().value);
                clicks += day.getLong();
                installs += day.getLong();
                longTail += day.getLong();
            }
        }
        return new SiteStats(clicks, installs, installs == 0 ? 0.0 : (double) longTail / installs);
    }

    private void add(String key, long clicks, long installs, long longTail) {
        long day = now - Math.floorMod(now, DAY_MILLIS);
        byte[] current = store.fetch(key, day);
        ByteBuffer counts = ByteBuffer.allocate(24);
        if (current != null) {
            ByteBuffer old = ByteBuffer.wrap(current);
            counts.putLong(old.getLong() + clicks).putLong(old.getLong() + installs).putLong(old.getLong() + longTail);
        } else {
            counts.putLong(clicks).putLong(installs).putLong(longTail);
        }
        store.put(key, counts.array(), day);
    }

    private static String key(Touchpoint t) {
        String source = t.campaign().mediaSource() == null ? "" : t.campaign().mediaSource();
        String site = t.campaign().siteId() == null ? "" : t.campaign().siteId();
        return "s|" + t.appId() + "|" + source + "|" + site;
    }
}
