package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.EventType;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The attribution decision for one conversion.
 *
 * @param winner       the winning touchpoint; null when organic; kept (for explanation) when rejected
 * @param ctitSeconds  click-to-install time of the winner in whole seconds (rounded down); null when organic
 * @param fraudReasons fraud rule codes that fired on the winner, in rule order
 * @param explain      every considered touchpoint, the winner first
 * @param credits      credits of all five models over the eligible path; empty unless attributed
 */
public record Decision(
        String appId,
        String conversionEventId,
        EventType conversionType,
        Instant conversionTime,
        Instant decidedAt,
        DecisionStatus status,
        Touchpoint winner,
        MatchType matchType,
        Long ctitSeconds,
        boolean reattribution,
        List<String> fraudReasons,
        List<ExplainEntry> explain,
        List<Credit> credits) {

    public Decision {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(matchType, "matchType");
        fraudReasons = fraudReasons == null ? List.of() : List.copyOf(fraudReasons);
        explain = explain == null ? List.of() : List.copyOf(explain);
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    public String mediaSource() {
        return winner == null ? null : winner.campaign().mediaSource();
    }

    /** The campaign name of the winner. */
    public String campaign() {
        return winner == null ? null : winner.campaign().campaign();
    }

    public TouchType touchType() {
        return winner == null ? null : winner.touchType();
    }

    public String touchpointEventId() {
        return winner == null ? null : winner.eventId();
    }

    public Instant touchTime() {
        return winner == null ? null : winner.touchTime();
    }
}
