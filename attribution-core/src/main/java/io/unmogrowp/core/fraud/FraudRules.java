package io.unmogrowp.core.fraud;

import io.unmogrowp.core.attribution.AttributionSettings;
import io.unmogrowp.core.attribution.Conversion;
import io.unmogrowp.core.attribution.TouchType;
import io.unmogrowp.core.attribution.Touchpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Fraud signals. Reason codes are stable: they are stored in decisions and shown to customers. */
public final class FraudRules {

    public static final String CLICK_INJECTION = "click_injection";
    public static final String BLOCKED_IP = "blocked_ip";
    public static final String CLICK_FLOODING = "click_flooding";

    /** Below this many clicks a site's ratios are noise. */
    public static final long FLOODING_MIN_CLICKS = 1_000;
    /** Flooding sites convert under 0.1% of their clicks (installs / clicks strictly below). */
    public static final double FLOODING_MAX_CONVERSION_RATE = 0.001;
    /** ...and most (strictly more than half) of the installs they claim came over a day after the click. */
    public static final double FLOODING_MIN_LONG_TAIL_SHARE = 0.5;
    /** The CTIT beyond which an install counts as long-tail for {@link SiteStats#longTailCtitShare()}. */
    public static final Duration LONG_TAIL_CTIT = Duration.ofHours(24);

    private FraudRules() {
    }

    /** Reasons that fire on this touchpoint for this conversion, in the order click_injection, blocked_ip. */
    public static List<String> touchpointReasons(Touchpoint touchpoint, Conversion conversion,
                                                 AttributionSettings settings) {
        return touchpointReasons(touchpoint, conversion, settings, FloodedSites.NONE);
    }

    /**
     * Reasons that fire on this touchpoint for this conversion, in the order click_injection, blocked_ip,
     * click_flooding (clicks only: flooding is a click attack).
     */
    public static List<String> touchpointReasons(Touchpoint touchpoint, Conversion conversion,
                                                 AttributionSettings settings, FloodedSites flooded) {
        List<String> reasons = new ArrayList<>(3);
        if (isClickInjection(touchpoint, conversion, settings.minCtit())) {
            reasons.add(CLICK_INJECTION);
        }
        if (isBlockedIp(touchpoint.ip(), settings.blockedIpRanges())) {
            reasons.add(BLOCKED_IP);
        }
        if (touchpoint.touchType() == TouchType.CLICK && flooded.isFlooding(touchpoint)) {
            reasons.add(CLICK_FLOODING);
        }
        return List.copyOf(reasons);
    }

    /**
     * A click injected by malware that saw the install start: the click-to-install time is strictly
     * below {@code minCtit} (exactly {@code minCtit} passes), or the click came strictly after the
     * store download began. Impressions are not checked: injection is a click-only attack.
     */
    public static boolean isClickInjection(Touchpoint touchpoint, Conversion conversion, Duration minCtit) {
        if (touchpoint.touchType() != TouchType.CLICK) {
            return false;
        }
        Duration ctit = Duration.between(touchpoint.touchTime(), conversion.conversionTime());
        if (ctit.compareTo(minCtit) < 0) {
            return true;
        }
        return conversion.installBeganAt() != null && touchpoint.touchTime().isAfter(conversion.installBeganAt());
    }

    public static boolean isBlockedIp(String ip, List<IpRange> blockedRanges) {
        if (ip == null || blockedRanges == null) {
            return false;
        }
        for (IpRange range : blockedRanges) {
            if (range.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Click flooding: a site sends huge click volumes hoping to be the last click before organic
     * installs. Flagged when clicks &gt;= {@value #FLOODING_MIN_CLICKS}, installs / clicks &lt;
     * {@value #FLOODING_MAX_CONVERSION_RATE} and the long-tail CTIT share &gt;
     * {@value #FLOODING_MIN_LONG_TAIL_SHARE}.
     */
    public static boolean isClickFlooding(SiteStats stats) {
        if (stats.clicks() < FLOODING_MIN_CLICKS) {
            return false;
        }
        double conversionRate = (double) stats.installs() / stats.clicks();
        return conversionRate < FLOODING_MAX_CONVERSION_RATE
                && stats.longTailCtitShare() > FLOODING_MIN_LONG_TAIL_SHARE;
    }
}
