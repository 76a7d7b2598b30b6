package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.text.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The human sentences of {@link ExplainEntry#reason()}, for one conversion. */
final class ExplainReasons {

    private final Conversion conversion;
    private final AttributionSettings settings;
    private final String conversionNoun;

    ExplainReasons(Conversion conversion, AttributionSettings settings) {
        this.conversion = conversion;
        this.settings = settings;
        this.conversionNoun = conversion.type() == EventType.IN_APP ? "in-app event" : conversion.type().wireName();
    }

    String foreignApp(Touchpoint touch) {
        return "belongs to another app (" + touch.appId() + ")";
    }

    String noMatch() {
        return "shares no click id, device id or fingerprint with the " + conversionNoun;
    }

    String afterConversion(Touchpoint touch) {
        return "after the conversion (" + DurationText.describe(Duration.between(conversion.conversionTime(),
                touch.touchTime())) + " after the " + conversionNoun + ")";
    }

    String alreadySpent(Touchpoint touch, Instant spentUntil) {
        String moment = conversion.type() == EventType.OPEN ? "the device's last activity" : "the previous install";
        return "at or before " + moment + " (" + DurationText.describe(Duration.between(touch.touchTime(), spentUntil))
                + " before it), which it could already have earned";
    }

    String outsideWindow(Touchpoint touch, CandidateMatch.Window window) {
        return "outside the " + DurationText.window(window.length()) + " " + window.name() + " ("
                + before(touch) + ")";
    }

    String won(CandidateMatch winner, boolean sameKindExists, Duration sincePrior, boolean reattribution,
               List<String> fraudReasons, boolean rejected) {
        Touchpoint touch = winner.touchpoint();
        StringBuilder reason = new StringBuilder();
        reason.append(sameKindExists ? "latest " : "").append(touch.touchType().wireName())
                .append(" matched by ").append(winner.matchedBy())
                .append(" within the ").append(DurationText.window(winner.window(settings).length())).append(' ')
                .append(winner.window(settings).name())
                .append(" (").append(before(touch)).append(')');
        if (sincePrior != null) {
            String previous = "the previous install was " + DurationText.describe(sincePrior) + " earlier";
            String window = DurationText.window(settings.reattributionWindow()) + " re-attribution window";
            if (reattribution) {
                reason.append("; re-attribution: ").append(previous).append(", within the ").append(window);
            } else if (!rejected) {
                reason.append("; counted as a new install: ").append(previous).append(", outside the ").append(window);
            }
        }
        if (!fraudReasons.isEmpty()) {
            reason.append(rejected ? "; rejected as fraud: " : "; flagged as fraud: ")
                    .append(String.join(", ", fraudReasons));
        }
        return reason.toString();
    }

    String lost(CandidateMatch loser, CandidateMatch winner, List<String> fraudReasons) {
        Touchpoint touch = loser.touchpoint();
        Touchpoint winning = winner.touchpoint();
        String reason;
        if (loser.matchType() != winner.matchType()) {
            reason = winner.isDeterministic() && !loser.isDeterministic()
                    ? "lost to a deterministic match (the winner matched by " + winner.matchedBy()
                            + ", this one only by " + loser.matchedBy() + ")"
                    : "lost to a " + winner.matchType().wireName() + " match, which outranks a "
                            + loser.matchType().wireName() + " match";
        } else if (touch.touchType() != winning.touchType()) {
            reason = touch.touchType().wireName() + " loses to a " + winning.touchType().wireName();
        } else if (touch.touchTime().isBefore(winning.touchTime())) {
            reason = "older than the winning " + winning.touchType().wireName() + " ("
                    + DurationText.describe(Duration.between(touch.touchTime(), winning.touchTime())) + " earlier)";
        } else {
            reason = "same time as the winning " + winning.touchType().wireName()
                    + "; the tie goes to the greater event id (" + winning.eventId() + ")";
        }
        if (!fraudReasons.isEmpty()) {
            reason += "; left out of model credits as fraud: " + String.join(", ", fraudReasons);
        }
        return reason;
    }

    private String before(Touchpoint touch) {
        return DurationText.describe(Duration.between(touch.touchTime(), conversion.conversionTime()))
                + " before the " + conversionNoun;
    }
}
