package io.unmogrowp.ingestion.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.auth.service.SignatureVerifier;
import io.unmogrowp.ingestion.support.Events;
import io.unmogrowp.ingestion.support.KafkaProbe;
import io.unmogrowp.ingestion.support.TestApps;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KeysAndSignaturesTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    AppDirectory directory;

    @Test
    void bothKeysWorkDuringRotationAndTheRevokedKeyIsRefused() {
        String appId = TestApps.newAppId();
        String oldKey = TestApps.newKey();
        String newKey = TestApps.newKey();
        TestApps.publish(directory, appId, 1, List.of(oldKey, newKey), List.of(), false, 100_000);
        post(oldKey, body(appId)).then().statusCode(202).body("accepted", equalTo(1));
        post(newKey, body(appId)).then().statusCode(202).body("accepted", equalTo(1));

        TestApps.publish(directory, appId, 2, List.of(newKey), List.of(), false, 100_000);
        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            String revokedBody = body(appId);
            post(oldKey, revokedBody).then().statusCode(401).body("reason", equalTo("invalid_api_key"));
            rejected.await(f -> "unknown".equals(f.key()) && "invalid_api_key".equals(f.text("reason"))
                    && revokedBody.equals(f.text("payload")), WAIT);
        }
        post(newKey, body(appId)).then().statusCode(202).body("accepted", equalTo(1));
    }

    @Test
    void olderConfigVersionDoesNotResurrectARevokedKey() {
        String appId = TestApps.newAppId();
        String oldKey = TestApps.newKey();
        String newKey = TestApps.newKey();
        TestApps.publish(directory, appId, 5, List.of(newKey), List.of(), false, 100_000);
        // A stale record (lower version) arriving later must be ignored.
        TestApps.publish(directory, appId, 4, List.of(oldKey), List.of(), false, 100_000);
        post(oldKey, body(appId)).then().statusCode(401).body("reason", equalTo("invalid_api_key"));
        post(newKey, body(appId)).then().statusCode(202);
    }

    @Test
    void deletedAppsKeysStopWorking() {
        TestApps.App app = TestApps.publishNew(directory);
        post(app.key(), body(app.id())).then().statusCode(202);
        TestApps.tombstone(directory, app.id());
        post(app.key(), body(app.id())).then().statusCode(401).body("reason", equalTo("invalid_api_key"));
    }

    @Test
    void signaturesGoodBadExpiredReplayedAndMissing() {
        String appId = TestApps.newAppId();
        String key = TestApps.newKey();
        byte[] oldSecret = TestApps.newSecret();
        byte[] newSecret = TestApps.newSecret();
        TestApps.publish(directory, appId, 1, List.of(key), List.of(oldSecret, newSecret), true, 100_000);

        try (KafkaProbe rejected = KafkaProbe.open("events.rejected")) {
            String body = body(appId);
            String now = Long.toString(Instant.now().getEpochSecond());
            String signature = sign(newSecret, now, body);
            signed(key, body, now, signature).then().statusCode(202).body("accepted", equalTo(1));

            String otherBody = body(appId);
            String otherNow = Long.toString(Instant.now().getEpochSecond());
            signed(key, otherBody, otherNow, sign(oldSecret, otherNow, otherBody)).then().statusCode(202);

            signed(key, body, now, signature).then().statusCode(401).body("reason", equalTo("signature_replayed"));
            expectDeadLetter(rejected, appId, "signature_replayed", body);

            String tampered = body(appId);
            signed(key, tampered, now, signature).then().statusCode(401).body("reason", equalTo("invalid_signature"));
            expectDeadLetter(rejected, appId, "invalid_signature", tampered);

            String stale = body(appId);
            String sixMinutesAgo = Long.toString(Instant.now().minusSeconds(360).getEpochSecond());
            signed(key, stale, sixMinutesAgo, sign(newSecret, sixMinutesAgo, stale))
                    .then().statusCode(401).body("reason", equalTo("signature_expired"));
            expectDeadLetter(rejected, appId, "signature_expired", stale);

            String unsigned = body(appId);
            post(key, unsigned).then().statusCode(401).body("reason", equalTo("signature_required"));
            expectDeadLetter(rejected, appId, "signature_required", unsigned);
        }
    }

    @Test
    void signatureIsVerifiedWhenSentEvenIfNotRequired() {
        String appId = TestApps.newAppId();
        String key = TestApps.newKey();
        byte[] secret = TestApps.newSecret();
        TestApps.publish(directory, appId, 1, List.of(key), List.of(secret), false, 100_000);
        String body = body(appId);
        String now = Long.toString(Instant.now().getEpochSecond());
        signed(key, body, now, "00".repeat(32)).then().statusCode(401).body("reason", equalTo("invalid_signature"));
        post(key, body).then().statusCode(202);
    }

    @Test
    void hmacMatchesTheDocumentedWorkedExample() {
        // docs/ingestion.md: secret base64url "c2VjcmV0LWtleS1mb3ItZG9jcw" ("secret-key-for-docs"), computed there with openssl.
        byte[] secret = java.util.Base64.getUrlDecoder().decode("c2VjcmV0LWtleS1mb3ItZG9jcw");
        String hex = HexFormat.of().formatHex(SignatureVerifier.hmac(secret, "1767225600",
                "{\"events\":[]}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("e629daf8fe1fb3b3f1bc867b05a6e7d02aedc95b89d4f6f86d58477560f9f8cb", hex);
    }

    private static void expectDeadLetter(KafkaProbe rejected, String appId, String reason, String body) {
        KafkaProbe.Found dead = rejected.await(f -> appId.equals(f.key()) && reason.equals(f.text("reason")), WAIT);
        assertEquals(body, dead.text("payload"));
    }

    private static String body(String appId) {
        return Events.batch(List.of(Events.install(appId)));
    }

    private static io.restassured.response.Response post(String key, String body) {
        return given().header("X-Api-Key", key).contentType("application/json").body(body).when().post("/v1/events");
    }

    private static io.restassured.response.Response signed(String key, String body, String timestamp, String signature) {
        RequestSpecification request = given().header("X-Api-Key", key).contentType("application/json")
                .header("X-Timestamp", timestamp).header("X-Signature", signature).body(body);
        return request.when().post("/v1/events");
    }

    /** Independent of the service's code: javax.crypto directly, as a sender would. */
    private static String sign(byte[] secret, String timestamp, String body) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

}
