package io.unmogrowp.customersuccess.metrics;

import com.clickhouse.client.api.Client;
import io.unmogrowp.customersuccess.support.Api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.unmogrowp.customersuccess.support.Api.operator;

/**
 * Two pilot customers with known figures:
 * Alpha: launched after 12 days, surveys 9 and 10 (95), saves 40 %, both success flags, one high and one low
 * open ticket, 5 distinct events over two apps in ClickHouse (one replayed event must not count twice).
 * Beta: in setup for 3 days, survey 6 (60), no savings, technical success only, no apps.
 */
final class PilotFixture {

    final String alphaName = Api.uniqueName("Alpha");
    final String betaName = Api.uniqueName("Beta");
    final String alphaApp1 = "cst-test-" + UUID.randomUUID();
    final String alphaApp2 = "cst-test-" + UUID.randomUUID();
    String alpha;
    String beta;

    PilotFixture create(Client clickHouse, String database) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        alpha = Api.createCustomer(Map.of("company_name", alphaName, "app_ids", List.of(alphaApp1, alphaApp2),
                "pilot_started_at", now.minusDays(12).minusHours(1).toString(),
                "technical_success", true, "business_success", true));
        operator().body(Map.of("stage", "launched")).post("/api/v1/customers/" + alpha + "/stage").then().statusCode(200);
        survey(alpha, 9);
        survey(alpha, 10);
        operator().body(Map.of("previous_monthly_cost", 1000, "current_monthly_cost", 600, "currency", "USD"))
                .put("/api/v1/customers/" + alpha + "/cost-savings").then().statusCode(200);
        ticket(alpha, "high");
        ticket(alpha, "low");

        beta = Api.createCustomer(Map.of("company_name", betaName,
                "pilot_started_at", now.minusDays(3).minusHours(1).toString(), "technical_success", true));
        operator().body(Map.of("stage", "setup")).post("/api/v1/customers/" + beta + "/stage").then().statusCode(200);
        survey(beta, 6);

        insertEvents(clickHouse, database, alphaApp1, List.of("e1", "e2", "e3"), 1);
        insertEvents(clickHouse, database, alphaApp2, List.of("e1", "e2"), 1);
        // A replay of e1 with a later received_at: the same event, which must not count twice.
        insertEvents(clickHouse, database, alphaApp1, List.of("e1"), 2);
        return this;
    }

    private static void insertEvents(Client clickHouse, String database, String appId, List<String> eventIds, long receivedAt) throws Exception {
        StringBuilder sql = new StringBuilder("INSERT INTO " + database + ".events_raw (event_date, app_id, event_id, event_type, "
                + "event_time_ms, received_at_ms) VALUES ");
        for (int i = 0; i < eventIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(today(), '").append(appId).append("', '").append(eventIds.get(i)).append("', 'install', ")
                    .append(System.currentTimeMillis()).append(", ").append(receivedAt).append(')');
        }
        clickHouse.query(sql.toString()).get(10, TimeUnit.SECONDS).close();
    }

    private static void survey(String id, int score) {
        operator().body(Map.of("score", score)).post("/api/v1/customers/" + id + "/surveys").then().statusCode(201);
    }

    private static void ticket(String id, String priority) {
        operator().body(Map.of("priority", priority, "subject", priority + " ticket"))
                .post("/api/v1/customers/" + id + "/tickets").then().statusCode(201);
    }
}
