package io.unmogrowp.engine.topology;

/** Names of the engine's state stores; each local store is backed by a changelog topic. */
public final class StoreNames {

    /** Global: the newest app-config record per app. */
    public static final String APP_CONFIG = "app-config-store";
    /** Event ids seen in the dedup window. */
    public static final String DEDUP = "dedup-store";
    /** Touchpoints indexed by click id, by every device id and by fingerprint, at their touch time. */
    public static final String TOUCHPOINTS = "touchpoint-index";
    /** Recent conversions indexed the same way, so a late touchpoint finds the decisions it may correct. */
    public static final String CONVERSION_INDEX = "conversion-index";
    /** Recent decisions with what is needed to re-decide them during the late-touchpoint grace period. */
    public static final String RECENT_DECISIONS = "recent-decisions";
    /** The current attribution of each device id: in-app inheritance, reinstalls and re-engagement. */
    public static final String DEVICE_ATTRIBUTION = "device-attribution";

    /** Clicks, installs and long-CTIT installs per publisher site and day, for the click-flooding rule. */
    public static final String SITE_STATS = "site-stats";

    public static final String[] LOCAL = {DEDUP, TOUCHPOINTS, CONVERSION_INDEX, RECENT_DECISIONS, DEVICE_ATTRIBUTION,
        SITE_STATS};

    private StoreNames() {
    }
}
