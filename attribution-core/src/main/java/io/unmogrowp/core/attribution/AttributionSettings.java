package io.unmogrowp.core.attribution;

import io.unmogrowp.core.fraud.IpRange;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** One app's attribution rules; {@link #defaults()} holds the platform defaults. */
public record AttributionSettings(
        Duration clickLookback,
        Duration impressionLookback,
        Duration fingerprintLookback,
        Duration reattributionWindow,
        Duration reengagementInactivity,
        AttributionModel defaultModel,
        FraudPolicy fraudPolicy,
        List<IpRange> blockedIpRanges,
        Duration minCtit) {

    public static final Duration DEFAULT_CLICK_LOOKBACK = Duration.ofDays(7);
    public static final Duration DEFAULT_IMPRESSION_LOOKBACK = Duration.ofHours(24);
    public static final Duration DEFAULT_FINGERPRINT_LOOKBACK = Duration.ofHours(6);
    public static final Duration DEFAULT_REATTRIBUTION_WINDOW = Duration.ofDays(90);
    public static final Duration DEFAULT_REENGAGEMENT_INACTIVITY = Duration.ofDays(7);
    public static final Duration DEFAULT_MIN_CTIT = Duration.ofSeconds(10);

    public AttributionSettings {
        requireNonNegative(clickLookback, "clickLookback");
        requireNonNegative(impressionLookback, "impressionLookback");
        requireNonNegative(fingerprintLookback, "fingerprintLookback");
        requireNonNegative(reattributionWindow, "reattributionWindow");
        requireNonNegative(reengagementInactivity, "reengagementInactivity");
        requireNonNegative(minCtit, "minCtit");
        Objects.requireNonNull(defaultModel, "defaultModel");
        Objects.requireNonNull(fraudPolicy, "fraudPolicy");
        blockedIpRanges = blockedIpRanges == null ? List.of() : List.copyOf(blockedIpRanges);
    }

    public static AttributionSettings defaults() {
        return new AttributionSettings(DEFAULT_CLICK_LOOKBACK, DEFAULT_IMPRESSION_LOOKBACK,
                DEFAULT_FINGERPRINT_LOOKBACK, DEFAULT_REATTRIBUTION_WINDOW, DEFAULT_REENGAGEMENT_INACTIVITY,
                AttributionModel.LAST_TOUCH, FraudPolicy.FLAG, List.of(), DEFAULT_MIN_CTIT);
    }

    public AttributionSettings withFraudPolicy(FraudPolicy policy) {
        return new AttributionSettings(clickLookback, impressionLookback, fingerprintLookback, reattributionWindow,
                reengagementInactivity, defaultModel, policy, blockedIpRanges, minCtit);
    }

    public AttributionSettings withBlockedIpRanges(List<IpRange> ranges) {
        return new AttributionSettings(clickLookback, impressionLookback, fingerprintLookback, reattributionWindow,
                reengagementInactivity, defaultModel, fraudPolicy, ranges, minCtit);
    }

    /**
     * The lookback that applies to a touchpoint matched this way. Deterministic matches (click id,
     * device id) use the click or impression lookback. A fingerprint match uses the fingerprint
     * lookback for clicks and the shorter of the impression and fingerprint lookbacks for
     * impressions, so a probabilistic view-through never reaches further back than either rule.
     */
    public Duration lookbackFor(MatchType matchType, TouchType touchType) {
        if (matchType != MatchType.FINGERPRINT) {
            return touchType == TouchType.CLICK ? clickLookback : impressionLookback;
        }
        if (touchType == TouchType.CLICK) {
            return fingerprintLookback;
        }
        return impressionLookback.compareTo(fingerprintLookback) < 0 ? impressionLookback : fingerprintLookback;
    }

    private static void requireNonNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }
}
