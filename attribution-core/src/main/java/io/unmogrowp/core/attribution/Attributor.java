package io.unmogrowp.core.attribution;

import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.fraud.FloodedSites;
import io.unmogrowp.core.fraud.FraudRules;
import io.unmogrowp.core.metrics.DecisionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The attribution waterfall: picks the touchpoint that earned a conversion, or none.
 *
 * <p><b>Candidates.</b> The three candidate lists are merged; a touchpoint (same app and event id)
 * found by several indexes is considered once, under the strongest way it really matches the
 * conversion (re-checked here: click id equal to the conversion's click id, a shared device id of
 * the same kind, or an equal fingerprint).
 *
 * <p><b>Eligibility</b>, checked in this order; the first failure is the candidate's reason:
 * <ol>
 *   <li>it belongs to the conversion's app;</li>
 *   <li>it matches by click id, device id or fingerprint;</li>
 *   <li>it happened at or before the conversion (a touch at the very same millisecond counts);</li>
 *   <li>it is inside its lookback, inclusive: a touch exactly one lookback before the conversion
 *       counts, one millisecond more does not. Click-id and device-id matches use the click
 *       lookback (7 days by default) or the impression lookback (24 hours). Fingerprint matches use
 *       the fingerprint lookback (6 hours) for clicks and the shorter of the impression and
 *       fingerprint lookbacks for impressions.</li>
 *   <li>for a reinstall, it happened after the previous install; for a re-engagement (an open), after
 *       the device's last activity: a touch at or before that moment already had its chance there.</li>
 * </ol>
 *
 * <p><b>Ranking</b> of eligible candidates, best first: match class click_id &gt; device_id &gt;
 * fingerprint (a deterministic match of any age inside its window beats every fingerprint match);
 * within a class a click beats an impression; then the latest touch; then, for touches at the same
 * millisecond, the lexicographically greatest event id (an arbitrary but stable rule).
 *
 * <p><b>Fraud.</b> Click injection and blocked-IP checks run on the winner. Under
 * {@link FraudPolicy#FLAG} the decision stays attributed and lists the reasons. Under
 * {@link FraudPolicy#REJECT} the decision is {@link DecisionStatus#REJECTED}, the winner is kept
 * for the explanation, and the next candidate does <i>not</i> take its place: a fraudster's click
 * should not hand the install to whoever came second, and falling through would reward flooding.
 *
 * <p><b>Reinstalls.</b> A REINSTALL, or an INSTALL of a device with a prior attribution, whose
 * winner comes within the re-attribution window after the prior conversion (inclusive) is a
 * re-attribution. Outside the window it is attributed as a new install. With no eligible
 * touchpoint (the one that won the previous install never is) it is organic.
 *
 * <p><b>Credits</b> (attributed decisions only): all five models over the path made of the winner
 * and the eligible touchpoints strictly earlier than it, so every model agrees with the waterfall
 * about the last touch; under REJECT, touchpoints that fail a fraud check are left out.
 */
public final class Attributor {

    private final DecisionListener listener;

    public Attributor() {
        this(DecisionListener.NOOP);
    }

    public Attributor(DecisionListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * @param prior the device's previous attribution in this app, or null
     * @param now   the decision time, from the caller's clock
     */
    public Decision decide(Conversion conversion, CandidateSet candidates, PriorAttribution prior,
                           AttributionSettings settings, Instant now) {
        return decide(conversion, candidates, prior, settings, now, FloodedSites.NONE);
    }

    /**
     * As {@link #decide(Conversion, CandidateSet, PriorAttribution, AttributionSettings, Instant)}, with the
     * caller's view of which publisher sites are flooding clicks (fraud reason {@code click_flooding}).
     */
    public Decision decide(Conversion conversion, CandidateSet candidates, PriorAttribution prior,
                           AttributionSettings settings, Instant now, FloodedSites flooded) {
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(flooded, "flooded");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(now, "now");
        ExplainReasons reasons = new ExplainReasons(conversion, settings);

        List<CandidateMatch> eligible = new ArrayList<>();
        List<ExplainEntry> ineligible = new ArrayList<>();
        Instant spentUntil = spentUntil(conversion, prior);
        for (CandidateMatch match : uniqueMatches(conversion, candidates == null ? CandidateSet.EMPTY : candidates)) {
            String reason = ineligibility(match, conversion, settings, reasons, spentUntil);
            if (reason == null) {
                eligible.add(match);
            } else {
                ineligible.add(entry(match, ExplainEntry.LOST, reason, settings));
            }
        }
        eligible.sort(CandidateMatch.RANKING);
        ineligible.sort(Comparator.comparing(ExplainEntry::touchTime, Comparator.reverseOrder())
                .thenComparing(ExplainEntry::touchpointEventId, Comparator.reverseOrder()));

        Decision decision;
        if (eligible.isEmpty()) {
            decision = new Decision(conversion.appId(), conversion.eventId(), conversion.type(),
                    conversion.conversionTime(), now, DecisionStatus.ORGANIC, null, MatchType.NONE, null, false,
                    List.of(), ineligible, List.of());
        } else {
            decision = attributed(conversion, prior, settings, now, reasons, eligible, ineligible, flooded);
        }
        listener.onDecision(decision);
        return decision;
    }

    private static Decision attributed(Conversion conversion, PriorAttribution prior, AttributionSettings settings,
                                       Instant now, ExplainReasons reasons, List<CandidateMatch> eligible,
                                       List<ExplainEntry> ineligible, FloodedSites flooded) {
        CandidateMatch winner = eligible.get(0);
        Touchpoint touch = winner.touchpoint();
        List<String> fraudReasons = FraudRules.touchpointReasons(touch, conversion, settings, flooded);
        boolean rejected = !fraudReasons.isEmpty() && settings.fraudPolicy() == FraudPolicy.REJECT;
        Duration sincePrior = sincePriorConversion(conversion, prior);
        boolean reattribution = !rejected && sincePrior != null
                && sincePrior.compareTo(settings.reattributionWindow()) <= 0;

        List<ExplainEntry> explain = new ArrayList<>();
        boolean sameKindExists = eligible.stream().skip(1).anyMatch(other -> other.matchType() == winner.matchType()
                && other.touchpoint().touchType() == touch.touchType());
        explain.add(entry(winner, ExplainEntry.WON,
                reasons.won(winner, sameKindExists, sincePrior, reattribution, fraudReasons, rejected), settings));

        List<Touchpoint> path = new ArrayList<>();
        path.add(touch);
        for (CandidateMatch loser : eligible.subList(1, eligible.size())) {
            List<String> loserFraud = settings.fraudPolicy() == FraudPolicy.REJECT
                    ? FraudRules.touchpointReasons(loser.touchpoint(), conversion, settings, flooded)
                    : List.of();
            explain.add(entry(loser, ExplainEntry.LOST, reasons.lost(loser, winner, loserFraud), settings));
            if (loserFraud.isEmpty() && loser.touchpoint().touchTime().isBefore(touch.touchTime())) {
                path.add(loser.touchpoint());
            }
        }
        explain.addAll(ineligible);

        List<Credit> credits = new ArrayList<>();
        if (!rejected) {
            for (AttributionModel model : AttributionModel.values()) {
                credits.addAll(AttributionModels.credits(model, path, conversion.conversionTime()));
            }
        }
        long ctitSeconds = Duration.between(touch.touchTime(), conversion.conversionTime()).getSeconds();
        return new Decision(conversion.appId(), conversion.eventId(), conversion.type(), conversion.conversionTime(),
                now, rejected ? DecisionStatus.REJECTED : DecisionStatus.ATTRIBUTED, touch, winner.matchType(),
                ctitSeconds, reattribution, fraudReasons, explain, credits);
    }

    /** Unique touchpoints in list order (click id, device id, fingerprint), each with its strongest real match. */
    private static List<CandidateMatch> uniqueMatches(Conversion conversion, CandidateSet candidates) {
        Map<String, CandidateMatch> unique = new LinkedHashMap<>();
        List<List<Touchpoint>> lists = List.of(candidates.byClickId(), candidates.byDeviceId(), candidates.byFingerprint());
        for (List<Touchpoint> list : lists) {
            for (Touchpoint touchpoint : list) {
                String key = touchpoint.appId() + "\u0000" + touchpoint.eventId();
                unique.putIfAbsent(key, CandidateMatch.of(touchpoint, conversion));
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** Null when eligible, else the reason it cannot win. */
    private static String ineligibility(CandidateMatch match, Conversion conversion, AttributionSettings settings,
                                        ExplainReasons reasons, Instant spentUntil) {
        Touchpoint touch = match.touchpoint();
        if (!Objects.equals(touch.appId(), conversion.appId())) {
            return reasons.foreignApp(touch);
        }
        if (match.matchType() == MatchType.NONE) {
            return reasons.noMatch();
        }
        if (touch.touchTime().isAfter(conversion.conversionTime())) {
            return reasons.afterConversion(touch);
        }
        CandidateMatch.Window window = match.window(settings);
        if (Duration.between(touch.touchTime(), conversion.conversionTime()).compareTo(window.length()) > 0) {
            return reasons.outsideWindow(touch, window);
        }
        if (spentUntil != null && !touch.touchTime().isAfter(spentUntil)) {
            return reasons.alreadySpent(touch, spentUntil);
        }
        return null;
    }

    /**
     * Touches at or before this moment cannot win: the previous install for a reinstall, the last
     * activity for an open of a known device. Null when the conversion has no such moment.
     */
    private static Instant spentUntil(Conversion conversion, PriorAttribution prior) {
        if (prior == null) {
            return null;
        }
        if (conversion.type() == EventType.OPEN) {
            return prior.lastActivity();
        }
        return sincePriorConversion(conversion, prior) == null ? null : prior.conversionTime();
    }

    /**
     * Time since the prior conversion when this conversion is a reinstall (a REINSTALL, or an
     * INSTALL of a device already attributed once); null when it is not.
     */
    private static Duration sincePriorConversion(Conversion conversion, PriorAttribution prior) {
        boolean reinstall = conversion.type() == EventType.REINSTALL || conversion.type() == EventType.INSTALL;
        if (!reinstall || prior == null || prior.conversionTime() == null) {
            return null;
        }
        return Duration.between(prior.conversionTime(), conversion.conversionTime());
    }

    private static ExplainEntry entry(CandidateMatch match, String outcome, String reason, AttributionSettings settings) {
        Touchpoint touch = match.touchpoint();
        CandidateMatch.Window window = match.matchType() == MatchType.NONE ? null : match.window(settings);
        return new ExplainEntry(touch.eventId(), touch.touchType(), match.matchType(),
                touch.campaign().mediaSource(), touch.campaign().campaign(), touch.touchTime(), outcome, reason,
                window == null ? null : window.name(), window == null ? null : window.length());
    }
}
