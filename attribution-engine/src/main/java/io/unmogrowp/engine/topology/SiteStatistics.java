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
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Clicks, installs and long-CTIT installs per publisher site and day, summed over the last seven days:
 * the statistics behind the click-flooding rule. One entry per site holds its recent days, so reading and
 * counting are one point lookup each (a window store needed a range scan per install); days older than
 * the period are dropped on write, and sites silent for longer by the hourly purge.
 */
final class SiteStatistics implements FloodedSites {

    static final Duration PERIOD = Duration.ofDays(7);
    private static final long DAY_MILLIS = Duration.ofDays(1).toMillis();
    /** Per day: day start, clicks, installs, long-tail installs. */
    private static final int DAY_BYTES = 4 * Long.BYTES;

    private final KeyValueStore<String, byte[]> store;
    private long now;

    SiteStatistics(KeyValueStore<String, byte[]> store) {
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

    /** Sums of the days that started within the period before now (as a window fetch over it would). */
    SiteStats stats(String key) {
        long clicks = 0;
        long installs = 0;
        long longTail = 0;
        byte[] days = store.get(key);
        if (days != null) {
            ByteBuffer in = ByteBuffer.wrap(days);
            while (in.remaining() >= DAY_BYTES) {
                long day = in.getLong();
                long c = in.getLong();
                long i = in.getLong();
                long l = in.getLong();
                if (day >= now - PERIOD.toMillis() && day <= now) {
                    clicks += c;
                    installs += i;
                    longTail += l;
                }
            }
        }
        return new SiteStats(clicks, installs, installs == 0 ? 0.0 : (double) longTail / installs);
    }

    private void add(String key, long clicks, long installs, long longTail) {
        long today = now - Math.floorMod(now, DAY_MILLIS);
        long oldestKept = today - PERIOD.toMillis();
        byte[] current = store.get(key);
        ByteBuffer out = ByteBuffer.allocate((current == null ? 0 : current.length) + DAY_BYTES);
        boolean counted = false;
        if (current != null) {
            ByteBuffer in = ByteBuffer.wrap(current);
            while (in.remaining() >= DAY_BYTES) {
                long day = in.getLong();
                long c = in.getLong();
                long i = in.getLong();
                long l = in.getLong();
                if (day == today) {
                    c += clicks;
                    i += installs;
                    l += longTail;
                    counted = true;
                }
                // Days ahead of today come from records arriving with skewed clocks: kept, as a window store would.
                if (day >= oldestKept) {
                    out.putLong(day).putLong(c).putLong(i).putLong(l);
                }
            }
        }
        if (!counted) {
            out.putLong(today).putLong(clicks).putLong(installs).putLong(longTail);
        }
        byte[] value = new byte[out.position()];
        out.flip().get(value);
        store.put(key, value);
    }

    /** Forgets sites with no day inside the period before the cutoff; returns how many were removed. */
    int purgeSilentBefore(long cutoff) {
        List<String> silent = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                ByteBuffer in = ByteBuffer.wrap(entry.value);
                long newest = Long.MIN_VALUE;
                while (in.remaining() >= DAY_BYTES) {
                    newest = Math.max(newest, in.getLong());
                    in.position(in.position() + 3 * Long.BYTES);
                }
                if (newest < cutoff - PERIOD.toMillis()) {
                    silent.add(entry.key);
                }
            }
        }
        silent.forEach(store::delete);
        return silent.size();
    }

    private static String key(Touchpoint t) {
        String source = t.campaign().mediaSource() == null ? "" : t.campaign().mediaSource();
        String site = t.campaign().siteId() == null ? "" : t.campaign().siteId();
        return "s|" + t.appId() + "|" + source + "|" + site;
    }
}
