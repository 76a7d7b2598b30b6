package io.unmogrowp.engine.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.junit.jupiter.api.Test;

/** The engine in Quarkus against the real local broker and ClickHouse (started by ./platform). */
@QuarkusTest
class AttributionEngineTest {

    static final Duration TIMEOUT = Duration.ofSeconds(60);
    static final String GROUP = "attribution-engine-test";

    @Test
    void decidesAnInstallAndWritesTheDecisionToKafkaAndClickHouse() throws Exception {
        awaitReady();
        String app = newAppId();
        String adid = UUID.randomUUID().toString();
        Instant clickTime = Instant.now().minusSeconds(120);
        try (KafkaTestClient kafka = new KafkaTestClient()) {
            kafka.send("events.raw", app + ":" + adid, event(app, "click-1", "click", clickTime, adid, true));
            kafka.send("events.raw", app + ":" + adid, event(app, "install-1", "install", clickTime.plusSeconds(60), adid, false));
            kafka.send("events.raw", app + ":organic", event(app, "install-2", "install", clickTime.plusSeconds(60),
                    UUID.randomUUID().toString(), false));
        }

        List<Map<String, Object>> decisions = KafkaTestClient.awaitRecords("attributions",
                d -> app.equals(d.get("app_id")), 2, TIMEOUT);
        assertEquals(2, decisions.size(), "two decisions for two installs");
        Map<String, Object> attributed = decisions.stream()
                .filter(d -> "install-1".equals(d.get("conversion_event_id"))).findFirst().orElseThrow();
        assertEquals("attributed", attributed.get("status"));
        assertEquals("device_id", attributed.get("match_type"));
        assertEquals("network_a", attributed.get("media_source"));

        String expected = "install-1/attributed/device_id/network_a\ninstall-2/organic/none/";
        assertEquals(expected, ClickHouseTestClient.await(
                "SELECT concat(conversion_event_id, '/', status, '/', match_type, '/', media_source) FROM attributions FINAL"
                        + " WHERE app_id = '" + app + "' ORDER BY conversion_event_id FORMAT TabSeparated",
                expected, TIMEOUT));
        assertEquals("3", ClickHouseTestClient.await(
                "SELECT count() FROM events_raw FINAL WHERE app_id = '" + app + "' FORMAT TabSeparated", "3", TIMEOUT));

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("attribution_decisions_total{app_id=\"" + app + "\",match_type=\"device_id\",status=\"attributed\"}"))
                .body(containsString("attribution_decision_latency_seconds_bucket"))
                .body(containsString("attribution_accuracy_percent{app_id=\"" + app + "\"} 100.0"))
                .body(containsString("attribution_decision_share_percent{app_id=\"" + app + "\",class=\"organic\"} 50.0"))
                .body(containsString("attribution_state_store_entries{store=\"touchpoints-by-id\"}"))
                .body(containsString("attribution_clickhouse_rows_written_total{table=\"attributions\"}"))
                // Exported before any failure, so the alert's increase() sees the first one.
                .body(containsString("attribution_clickhouse_insert_failures_total"))
                .body(containsString("unmogrowp_dependency_up{dependency=\"clickhouse\"} 1.0"))
                // Consumer lag of the stream threads, per client (what the engine-lag alert reads).
                .body(matchesPattern("(?s).*kafka_consumer_fetch_manager_records_lag_max\\{client_id=\"attribution-engine-test-"
                        + "[^\"]*-StreamThread-1-consumer\".*"));
    }

    @Test
    void kafkaCompressesWithTheNativeLz4CodecInsideQuarkus() throws InterruptedException {
        awaitReady();
        assertTrue(net.jpountz.util.Native.isLoaded(), "lz4-java's JNI codec is loaded, so Kafka picks it");
        assertEquals("LZ4Factory:JNI", net.jpountz.lz4.LZ4Factory.fastestInstance().toString());
    }

    /** Without ENGINE_INSTANCE_ID (locally, in tests) the empty setting leaves membership dynamic. */
    @Test
    void streamThreadsJoinAsDynamicMembersWithoutAnInstanceId() throws Exception {
        awaitReady();
        // Members of an earlier start of the app may still be there until their session ends: all count.
        Collection<MemberDescription> members = awaitMembers(GROUP, 2);
        assertTrue(members.size() >= 2, "both stream threads joined: " + members);
        for (MemberDescription member : members) {
            assertTrue(member.groupInstanceId().isEmpty(), member.toString());
        }
    }

    @Test
    void healthReportsReadyWithKafkaStreamsAndClickHouse() throws InterruptedException {
        awaitReady();
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("clickhouse"))
                .body(containsString("clickhouse-sink"))
                .body(containsString("\"status\": \"UP\""));
        given().get("/q/health/live").then().statusCode(200);
    }

    /** Streams running and the sink in its group: what is produced from now on is processed and copied. */
    static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (given().get("/q/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
    }

    /**
     * The group's members once at least {@code count} have joined: readiness comes while the first
     * rebalance is still running, before the stream threads are listed.
     */
    static Collection<MemberDescription> awaitMembers(String group, int count) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestClient.BOOTSTRAP))) {
            while (true) {
                Collection<MemberDescription> members = List.of();
                try {
                    members = admin.describeConsumerGroups(Set.of(group)).all().get().get(group).members();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof GroupIdNotFoundException)) {
                        throw e;
                    }
                }
                if (members.size() >= count || System.nanoTime() > deadline) {
                    return members;
                }
                Thread.sleep(250);
            }
        }
    }

    /** A fresh app id per test, in the contract's shape, so tests never see each other's records. */
    static String newAppId() {
        return "app_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    static Map<String, Object> event(String app, String id, String type, Instant at, String adid, boolean touchpoint) {
        Map<String, Object> e = new java.util.LinkedHashMap<>();
        e.put("event_id", id);
        e.put("app_id", app);
        e.put("event_type", type);
        e.put("event_time", at.toString());
        e.put("platform", "android");
        // Each device its own address, so the blind fingerprint matcher has a real answer to agree with.
        e.put("device", Map.of("advertising_id", adid, "ip", "10." + ((adid.hashCode() >>> 16) & 0xff) + "." + ((adid.hashCode() >>> 8) & 0xff) + "." + (adid.hashCode() & 0xff),
                "user_agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/120.0 Mobile",
                "os_version", "14"));
        if (touchpoint) {
            e.put("campaign", Map.of("media_source", "network_a", "campaign", "summer"));
        }
        e.put("received_at", at.toString());
        return e;
    }
}
