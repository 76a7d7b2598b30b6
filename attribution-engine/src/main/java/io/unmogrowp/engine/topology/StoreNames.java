package io.unmogrowp.engine.topology;

/** Names of the engine's state stores; each local store is backed by a changelog topic. */
public final class StoreNames {

    /** Global: the newest app-config record per app. */
    public static final String APP_CONFIG = "app-config-store";
    /**
     * Event ids seen in the dedup window, stamped at the start of their arrival's bucket (EventDedup). Named
     * anew on 2026-12-04, when entries stopped being stamped at their arrival (the old store: dedup-store).
     */
    public static final String DEDUP = "dedup-buckets";
    /**
     * Touchpoints indexed by click id, by every device id and by fingerprint, at their touch time, with the
     * identifying value first in the key (IndexKeys.touchpoint). Named anew on 2026-12-04 with that layout (the
     * old store: touchpoint-index).
     */
    public static final String TOUCHPOINTS = "touchpoints-by-id";
    /**
     * Bytes at the start of every touchpoint-index key that RocksDB's prefix bloom filters hash
     * (EngineRocksDbConfig): a range scan then seeks only in the files that hold that prefix.
     */
    public static final int TOUCHPOINT_PREFIX_BYTES = 16;
    /** Recent conversions indexed the same way, so a late touchpoint finds the decisions it may correct. */
    public static final String CONVERSION_INDEX = "conversion-index";
    /** Recent decisions with what is needed to re-decide them during the late-touchpoint grace period. */
    public static final String RECENT_DECISIONS = "recent-decisions";
    /** The current attribution of each device id: in-app inheritance, reinstalls and re-engagement. */
    public static final String DEVICE_ATTRIBUTION = "device-attribution";

    /**
     * Clicks, installs and long-CTIT installs per publisher site, by day, for the click-flooding rule. A
     * key-value store since 2026-12-04 (the window store it replaces was named site-stats).
     */
    public static final String SITE_STATS = "site-daily-counts";

    public static final String[] LOCAL = {DEDUP, TOUCHPOINTS, CONVERSION_INDEX, RECENT_DECISIONS, DEVICE_ATTRIBUTION,
        SITE_STATS};

    private StoreNames() {
    }
}
