-- Credits were one row per (conversion, model, touchpoint): when a corrected decision (version 2) credited
-- other touchpoints, or none, the rows of version 1 survived FINAL and sums counted the conversion twice.
-- Now one row holds a decision version's whole credit set, so FINAL keeps exactly the newest version's.
-- Read: SELECT ... FROM attribution_credits FINAL ARRAY JOIN models AS model, touchpoint_event_ids AS
-- touchpoint_event_id, media_sources AS media_source, campaigns AS campaign, credits AS credit.
-- The old rows are dropped; every decision's credits are also in attributions.decision_json.
DROP TABLE IF EXISTS attribution_credits;

CREATE TABLE IF NOT EXISTS attribution_credits (
    decision_date Date,
    app_id String,
    conversion_event_id String,
    version UInt32,
    models Array(String),
    touchpoint_event_ids Array(String),
    media_sources Array(String),
    campaigns Array(String),
    credits Array(Float64)
) ENGINE = ReplacingMergeTree(version)
PARTITION BY toYYYYMM(decision_date)
ORDER BY (app_id, conversion_event_id);
