package io.unmogrowp.engine.sink;

import java.util.function.UnaryOperator;

/** SQL of the daily aggregates (portable to ClickHouse 18.16: FINAL, no TTL, no parameters needed). */
final class AggregateQueries {

    private AggregateQueries() {
    }

    static String attributionStats(UnaryOperator<String> table, long computedAt) {
        return "INSERT INTO " + table.apply("daily_attribution_stats") + " "
                + "SELECT decision_date, app_id, media_source, campaign, status, match_type, "
                + "count() AS conversions, sum(is_reattribution) AS reattributions, toUInt64(" + computedAt + ") "
                + "FROM " + table.apply("attributions") + " FINAL WHERE decision_date >= yesterday() "
                + "GROUP BY decision_date, app_id, media_source, campaign, status, match_type";
    }

    static String revenueStats(UnaryOperator<String> table, long computedAt) {
        return "INSERT INTO " + table.apply("daily_revenue_stats") + " "
                + "SELECT event_date, app_id, media_source, campaign, currency, "
                + "count() AS events, sum(revenue) AS revenue, toUInt64(" + computedAt + ") "
                + "FROM " + table.apply("attributed_events") + " FINAL WHERE event_date >= yesterday() "
                + "GROUP BY event_date, app_id, media_source, campaign, currency";
    }
}
