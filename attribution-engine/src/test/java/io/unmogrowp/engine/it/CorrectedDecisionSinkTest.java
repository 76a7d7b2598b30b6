package io.unmogrowp.engine.it;

import static io.unmogrowp.engine.it.AttributionEngineTest.TIMEOUT;
import static io.unmogrowp.engine.it.AttributionEngineTest.awaitReady;
import static io.unmogrowp.engine.it.AttributionEngineTest.event;
import static io.unmogrowp.engine.it.AttributionEngineTest.newAppId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.engine.sink.DailyAggregator;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A corrected decision in ClickHouse, against the real broker and server. In the application only (not
 * the packaged-artifact run): it calls the daily aggregator directly instead of waiting for its schedule.
 */
@QuarkusTest
class CorrectedDecisionSinkTest {

    @Inject
    DailyAggregator aggregates;

    /**
     * A late click with the install's click id takes the install from a device-id click (version 2). In
     * ClickHouse only version 2 may count: its decision, its whole credit set (none of version 1's), the
     * purchase's source, and the daily aggregates recomputed from them.
     */
    @Test
    void aCorrectedDecisionReplacesItsCreditsAndTheAggregatesFollowIt() throws Exception {
        awaitReady();
        String app = newAppId();
        String adid = UUID.randomUUID().toString();
        Instant t = Instant.now().minusSeconds(600);
        Map<String, Object> install = event(app, "install-1", "install", t.plusSeconds(300), adid, false);
        install.put("click_id", "ck-" + adid);
        Map<String, Object> lateClick = event(app, "click-b", "click", t.plusSeconds(200), adid, true);
        lateClick.put("click_id", "ck-" + adid);
        lateClick.put("campaign", Map.of("media_source", "network_b", "campaign", "winter"));
        Map<String, Object> purchase = event(app, "purchase-1", "in_app", t.plusSeconds(400), adid, false);
        purchase.put("event_name", "purchase");
        purchase.put("revenue", new java.math.BigDecimal("4.99"));
        purchase.put("currency", "USD");
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send("events.raw", app + ":" + adid, event(app, "click-a", "click", t, adid, true));
            kafka.send("events.raw", app + ":" + adid, install);
            assertEquals(1, KafkaTestClient.awaitRecords("attributions", d -> app.equals(d.get("app_id")), 1, TIMEOUT).size());
            kafka.send("events.raw", app + ":" + adid, lateClick);
            List<Map<String, Object>> versions = KafkaTestClient.awaitRecords("attributions",
                    d -> app.equals(d.get("app_id")), 2, TIMEOUT);
            assertEquals(2, versions.size(), "the late click corrects the decision");
            assertEquals("network_b", versions.get(1).get("media_source"));
            kafka.send("events.raw", app + ":" + adid, purchase);
        }

        String where = " WHERE app_id = '" + app + "'";
        assertEquals("install-1/2/click_id/network_b", ClickHouseTestClient.await("SELECT concat(conversion_event_id, '/', "
                + "toString(version), '/', match_type, '/', media_source) FROM attributions FINAL" + where
                + " FORMAT TabSeparated", "install-1/2/click_id/network_b", TIMEOUT));
        // Version 2's path is click-a then click-b: each model's credits add up to 1 (version 1's would make 2).
        String sums = "first_touch/1\nlast_touch/1\nlinear/1\nposition_based/1\ntime_decay/1";
        String arrayJoin = " FROM attribution_credits FINAL ARRAY JOIN models AS model, media_sources AS media_source, "
                + "credits AS credit" + where;
        assertEquals(sums, ClickHouseTestClient.await("SELECT concat(model, '/', toString(round(sum(credit), 6)))"
                + arrayJoin + " GROUP BY model ORDER BY model FORMAT TabSeparated", sums, TIMEOUT));
        assertEquals("network_b", ClickHouseTestClient.query("SELECT media_source" + arrayJoin
                + " AND model = 'last_touch' FORMAT TabSeparated"));
        assertEquals("network_a", ClickHouseTestClient.query("SELECT media_source" + arrayJoin
                + " AND model = 'first_touch' FORMAT TabSeparated"));
        assertEquals("purchase-1/network_b/4.99", ClickHouseTestClient.await("SELECT concat(event_id, '/', media_source, "
                + "'/', toString(revenue)) FROM attributed_events FINAL" + where + " FORMAT TabSeparated",
                "purchase-1/network_b/4.99", TIMEOUT));

        aggregates.recompute(System.currentTimeMillis());
        String newest = " AND computed_at_ms = (SELECT max(computed_at_ms) FROM %s" + where + ")";
        assertEquals("network_b/attributed/click_id/1", ClickHouseTestClient.query("SELECT concat(media_source, '/', "
                + "status, '/', match_type, '/', toString(conversions)) FROM daily_attribution_stats FINAL" + where
                + String.format(newest, "daily_attribution_stats") + " FORMAT TabSeparated"));
        assertEquals("network_b/USD/1/4.99", ClickHouseTestClient.query("SELECT concat(media_source, '/', currency, '/', "
                + "toString(events), '/', toString(revenue)) FROM daily_revenue_stats FINAL" + where
                + String.format(newest, "daily_revenue_stats") + " FORMAT TabSeparated"));
    }
}
