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
        for (Day day : Day.readAll(store.get(key))) {
            if (day.start() >= now - PERIOD.toMillis() && day.start() <= now) {
                clicks += day.clicks();
                installs += day.installs();
                longTail += day.longTail();
            }
        }
        return new SiteStats(clicks, installs, installs == 0 ? 0.0 : (double) longTail / installs);
    }

    private void add(String key, long clicks, long installs, long longTail) {
        long today = now - Math.floorMod(now, DAY_MILLIS);
        long oldestKept = today - PERIOD.toMillis();
        List<Day> kept = new ArrayList<>();
        boolean counted = false;
        for (Day day : Day.readAll(store.get(key))) {
            if (day.start() == today) {
                day = new Day(today, day.clicks() + clicks, day.installs() + installs, day.longTail() + longTail);
                counted = true;
            }
            // Days ahead of today come from records arriving with skewed clocks: kept, as a window store would.
            if (day.start() >= oldestKept) {
                kept.add(day);
            }
        }
        if (!counted) {
            kept.add(new Day(today, clicks, installs, longTail));
        }
        store.put(key, Day.writeAll(kept));
    }

    /** Forgets sites with no day inside the period before the cutoff; returns how many were removed. */
    int purgeSilentBefore(long cutoff) {
        List<String> silent = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, byte[]> entry = all.next();
                long newest = Day.readAll(entry.value).stream().mapToLong(Day::start).max().orElse(Long.MIN_VALUE);
                if (newest < cutoff - PERIOD.toMillis()) {
                    silent.add(entry.key);
                }
            }
        }
        silent.forEach(store::delete);
        return silent.size();
    }

    /** One site's counts of one day, as stored: four longs per day, oldest first. */
    private record Day(long start, long clicks, long installs, long longTail) {

        private static final int BYTES = 4 * Long.BYTES;

        static List<Day> readAll(byte[] bytes) {
            if (bytes == null) {
                return List.of();
            }
            List<Day> days = new ArrayList<>(bytes.length / BYTES);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            while (in.remaining() >= BYTES) {
                days.add(new Day(in.getLong(), in.getLong(), in.getLong(), in.getLong()));
            }
            return days;
        }

        static byte[] writeAll(List<Day> days) {
            ByteBuffer out = ByteBuffer.allocate(days.size() * BYTES);
            for (Day d : days) {
                out.putLong(d.start()).putLong(d.clicks()).putLong(d.installs()).putLong(d.longTail());
            }
            return out.array();
        }
    }

    private static String key(Touchpoint t) {
        String source = t.campaign().mediaSource() == null ? "" : t.campaign().mediaSource();
        String site = t.campaign().siteId() == null ? "" : t.campaign().siteId();
        return "s|" + t.appId() + "|" + source + "|" + site;
    }
}
