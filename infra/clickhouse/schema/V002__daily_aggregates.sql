-- Daily aggregates, recomputed from the deduplicated tables for recent days; the newest computation wins.
CREATE TABLE IF NOT EXISTS daily_attribution_stats (
    day Date,
    app_id String,
    media_source String,
    campaign String,
    status String,
    match_type String,
    conversions UInt64,
    reattributions UInt64,
    computed_at_ms UInt64
) ENGINE = ReplacingMergeTree(computed_at_ms)
PARTITION BY toYYYYMM(day)
ORDER BY (app_id, day, media_source, campaign, status, match_type);

CREATE TABLE IF NOT EXISTS daily_revenue_stats (
    day Date,
    app_id String,
    media_source String,
    campaign String,
    currency String,
    events UInt64,
    revenue Float64,
    computed_at_ms UInt64
) ENGINE = ReplacingMergeTree(computed_at_ms)
PARTITION BY toYYYYMM(day)
ORDER BY (app_id, day, media_source, campaign, currency);
