package io.unmogrowp.core.attribution;

import java.time.Duration;
import java.time.Instant;

/**
 * One considered touchpoint in a decision, and why it won or lost.
 *
 * @param window   the lookback that applied to it ("click lookback", "fingerprint lookback", ...), or null
 *                 when it matched nothing or belongs to another app
 * @param lookback that window's length, or null with it
 */
public record ExplainEntry(
        String touchpointEventId,
        TouchType touchType,
        MatchType matchType,
        String mediaSource,
        String campaign,
        Instant touchTime,
        String outcome,
        String reason,
        String window,
        Duration lookback) {

    public static final String WON = "won";
    public static final String LOST = "lost";
}
