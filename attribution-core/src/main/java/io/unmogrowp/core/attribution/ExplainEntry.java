package io.unmogrowp.core.attribution;

import java.time.Instant;

/** One considered touchpoint in a decision, and why it won or lost. */
public record ExplainEntry(
        String touchpointEventId,
        TouchType touchType,
        MatchType matchType,
        String mediaSource,
        String campaign,
        Instant touchTime,
        String outcome,
        String reason) {

    public static final String WON = "won";
    public static final String LOST = "lost";
}
