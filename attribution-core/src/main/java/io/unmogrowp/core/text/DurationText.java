package io.unmogrowp.core.text;

import java.time.Duration;

/** Short human forms of durations for explanations and rejection messages. */
public final class DurationText {

    private static final long[] UNIT_MILLIS = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
    private static final String[] UNIT_SUFFIX = {"d", "h", "m", "s", "ms"};

    private DurationText() {
    }

    /**
     * The two largest non-zero units, e.g. "8d 2h", "7d 1ms", "45s"; "0s" for zero. Two units keep a
     * boundary miss visible ("7d 1ms") without printing every unit of a long age.
     */
    public static String describe(Duration duration) {
        long remaining = Math.abs(duration.toMillis());
        if (remaining == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder(duration.isNegative() ? "-" : "");
        int shown = 0;
        for (int i = 0; i < UNIT_MILLIS.length && shown < 2; i++) {
            long amount = remaining / UNIT_MILLIS[i];
            remaining %= UNIT_MILLIS[i];
            if (amount > 0) {
                if (shown > 0) {
                    out.append(' ');
                }
                out.append(amount).append(UNIT_SUFFIX[i]);
                shown++;
            }
        }
        return out.toString();
    }

    /** A window length as an adjective: "7-day", "24-hour", "6-hour", "10-second". */
    public static String window(Duration duration) {
        long millis = duration.toMillis();
        if (millis > 0 && millis % 86_400_000L == 0 && millis >= 2 * 86_400_000L) {
            return millis / 86_400_000L + "-day";
        }
        if (millis > 0 && millis % 3_600_000L == 0) {
            return millis / 3_600_000L + "-hour";
        }
        if (millis > 0 && millis % 60_000L == 0) {
            return millis / 60_000L + "-minute";
        }
        if (millis % 1_000L == 0) {
            return millis / 1_000L + "-second";
        }
        return describe(duration);
    }
}
