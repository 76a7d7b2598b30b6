package io.unmogrowp.core.attribution;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Multi-touch credit over a conversion path.
 *
 * <p>The path is put in chronological order, ties on time broken by touchpoint event id
 * (lexicographically smaller first), so the same path always yields the same credits. Credits are
 * returned in that order; first and last touch return only the touchpoint with credit. The
 * credits of a non-empty path sum to 1 (the last share absorbs floating-point rounding).
 * <ul>
 *   <li>last touch: 100% to the latest touch; first touch: 100% to the earliest;</li>
 *   <li>linear: equal shares;</li>
 *   <li>time decay: weight 2^(-age / 7 days), age measured back from the conversion, normalised;</li>
 *   <li>position based: one touch 100%; two touches 50/50; three or more 40% first, 40% last and
 *       20% split evenly over the middle touches.</li>
 * </ul>
 */
public final class AttributionModels {

    public static final Duration TIME_DECAY_HALF_LIFE = Duration.ofDays(7);
    static final double POSITION_ENDS_SHARE = 0.4;
    static final double POSITION_MIDDLE_SHARE = 0.2;

    static final Comparator<Touchpoint> CHRONOLOGICAL =
            Comparator.comparing(Touchpoint::touchTime).thenComparing(Touchpoint::eventId);

    private AttributionModels() {
    }

    public static List<Credit> credits(AttributionModel model, List<Touchpoint> path, Instant conversionTime) {
        if (path == null || path.isEmpty()) {
            return List.of();
        }
        List<Touchpoint> ordered = new ArrayList<>(path);
        ordered.sort(CHRONOLOGICAL);
        int n = ordered.size();
        switch (model) {
            case LAST_TOUCH:
                return List.of(credit(model, ordered.get(n - 1), 1.0));
            case FIRST_TOUCH:
                return List.of(credit(model, ordered.get(0), 1.0));
            case LINEAR:
                return normalised(model, ordered, linearWeights(n));
            case TIME_DECAY:
                return normalised(model, ordered, timeDecayWeights(ordered, conversionTime));
            case POSITION_BASED:
                return normalised(model, ordered, positionWeights(n));
            default:
                throw new IllegalStateException("unhandled model " + model);
        }
    }

    private static double[] linearWeights(int n) {
        double[] weights = new double[n];
        Arrays.fill(weights, 1.0);
        return weights;
    }

    /**
     * Weights are taken relative to the newest touch (weight 1), which leaves the normalised shares
     * unchanged and keeps very old paths from underflowing to zero.
     */
    private static double[] timeDecayWeights(List<Touchpoint> ordered, Instant conversionTime) {
        double halfLifeMillis = TIME_DECAY_HALF_LIFE.toMillis();
        long newestAgeMillis = ageMillis(ordered.get(ordered.size() - 1), conversionTime);
        double[] weights = new double[ordered.size()];
        for (int i = 0; i < weights.length; i++) {
            long extraAge = ageMillis(ordered.get(i), conversionTime) - newestAgeMillis;
            weights[i] = Math.pow(2.0, -extraAge / halfLifeMillis);
        }
        return weights;
    }

    private static long ageMillis(Touchpoint touchpoint, Instant conversionTime) {
        return Math.max(0L, Duration.between(touchpoint.touchTime(), conversionTime).toMillis());
    }

    private static double[] positionWeights(int n) {
        double[] weights = new double[n];
        if (n == 1) {
            weights[0] = 1.0;
        } else if (n == 2) {
            weights[0] = 0.5;
            weights[1] = 0.5;
        } else {
            weights[0] = POSITION_ENDS_SHARE;
            weights[n - 1] = POSITION_ENDS_SHARE;
            for (int i = 1; i < n - 1; i++) {
                weights[i] = POSITION_MIDDLE_SHARE / (n - 2);
            }
        }
        return weights;
    }

    private static List<Credit> normalised(AttributionModel model, List<Touchpoint> ordered, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        List<Credit> credits = new ArrayList<>(weights.length);
        double assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = i == weights.length - 1 ? 1.0 - assigned : weights[i] / total;
            assigned += share;
            credits.add(credit(model, ordered.get(i), share));
        }
        return List.copyOf(credits);
    }

    private static Credit credit(AttributionModel model, Touchpoint touchpoint, double share) {
        return new Credit(model, touchpoint.eventId(), touchpoint.campaign().mediaSource(),
                touchpoint.campaign().campaign(), share);
    }
}
