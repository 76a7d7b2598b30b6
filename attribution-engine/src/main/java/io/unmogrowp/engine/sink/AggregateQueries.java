package io.unmogrowp.engine.sink;

/** SQL of the daily aggregates (portable to ClickHouse 18.16: FINAL, no TTL, no parameters needed). */
final class AggregateQueries {

    private AggregateQueries() {
    }

    static String attributionStats(long computedAt) {
        return "INSERT INTO daily_attribution_stats "
                + "SELECT decision_date, app_id, media_source, campaign, status, match_type, "
                + "count() AS conversions, sum(is_reattribution) AS reattributions, toUInt64(" + computedAt + ") "
                + "FROM attributions FINAL WHERE decision_date >= yesterday() "
                + "GROUP BY decision_date, app_id, media_source, campaign, status, match_type";
    }

    static String revenueStats(long computedAt) {
        return "INSERT INTO daily_revenue_stats "
                + "SELECT event_date, app_id, media_source, campaign, currency, "
                + "count() AS events, sum(revenue) AS revenue, toUInt64(" + computedAt + ") "
                + "FROM attributed_events FINAL WHERE event_date >= yesterday() "
                + "GROUP BY event_date, app_id, media_source, campaign, currency";
    }
}
