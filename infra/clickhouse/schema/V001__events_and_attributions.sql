-- Raw events as accepted by ingestion (one row per event_id; replays collapse on merge and are read with FINAL).
CREATE TABLE IF NOT EXISTS events_raw (
    event_date Date,
    app_id String,
    event_id String,
    event_type String,
    platform String,
    event_time_ms UInt64,
    received_at_ms UInt64,
    advertising_id String,
    idfv String,
    android_id String,
    ip String,
    user_agent String,
    click_id String,
    media_source String,
    campaign String,
    site_id String,
    event_name String,
    revenue Float64,
    currency String,
    event_json String
) ENGINE = ReplacingMergeTree(received_at_ms)
PARTITION BY toYYYYMM(event_date)
ORDER BY (app_id, event_type, event_id);

-- One row per decision version; readers take the highest version of (app_id, conversion_event_id).
CREATE TABLE IF NOT EXISTS attributions (
    decision_date Date,
    app_id String,
    conversion_event_id String,
    conversion_type String,
    version UInt32,
    status String,
    media_source String,
    campaign String,
    campaign_id String,
    site_id String,
    touch_type String,
    match_type String,
    touchpoint_event_id String,
    conversion_time_ms UInt64,
    decided_at_ms UInt64,
    ctit_seconds Int64,
    is_reattribution UInt8,
    fraud_reasons Array(String),
    decision_json String
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(decision_date)
ORDER BY (app_id, conversion_event_id);

-- Per-model credits of each decision version, so reports can compare models on the same data.
CREATE TABLE IF NOT EXISTS attribution_credits (
    decision_date Date,
    app_id String,
    conversion_event_id String,
    version UInt32,
    model String,
    touchpoint_event_id String,
    media_source String,
    campaign String,
    credit Float64
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(decision_date)
ORDER BY (app_id, conversion_event_id, model, touchpoint_event_id);

-- In-app events enriched with the source of their device's install (LTV, ROAS).
CREATE TABLE IF NOT EXISTS attributed_events (
    event_date Date,
    app_id String,
    event_id String,
    event_type String,
    event_name String,
    event_time_ms UInt64,
    revenue Float64,
    currency String,
    attribution_status String,
    media_source String,
    campaign String,
    conversion_event_id String
) ENGINE = ReplacingMergeTree(event_time_ms)
PARTITION BY toYYYYMM(event_date)
ORDER BY (app_id, event_id);
