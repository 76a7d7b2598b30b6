package io.unmogrowp.ingestion.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.auth.service.ApiKeyAuthenticator;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Creates apps the way production does: by publishing app-config records (api-gateway's job in
 * production) and waiting until the service's directory holds that version.
 */
public final class TestApps {

    public static final String STORE_URL = "https://play.google.com/store/apps/details?id=com.example.puzzle";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestApps() {
    }

    /** A fresh app id, unique across test runs against the same broker. */
    public static String newAppId() {
        return "app_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    public static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "uk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Publishes the config and waits until the directory has it. */
    public static void publish(AppDirectory directory, String appId, long version, List<String> keys,
            List<byte[]> signingSecrets, boolean requireSignature, int rateLimitPerSecond) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("app_id", appId);
        config.put("name", "Test " + appId);
        config.put("platform", "android");
        config.put("store_url", STORE_URL);
        config.put("version", version);
        config.put("updated_at", Instant.now().toString());
        List<Map<String, Object>> ingestKeys = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            ingestKeys.add(Map.of("key_id", "key_" + i, "sha256", ApiKeyAuthenticator.sha256Hex(keys.get(i)),
                    "created_at", Instant.now().toString()));
        }
        config.put("ingest_keys", ingestKeys);
        List<Map<String, Object>> secrets = new ArrayList<>();
        for (int i = 0; i < signingSecrets.size(); i++) {
            secrets.add(Map.of("key_id", "sig_" + i,
                    "secret", Base64.getUrlEncoder().withoutPadding().encodeToString(signingSecrets.get(i))));
        }
        config.put("signing_secrets", secrets);
        config.put("settings", Map.of("require_signature", requireSignature, "rate_limit_per_second", rateLimitPerSecond));
        send(appId, json(config));
        awaitVersion(directory, appId, version);
    }

    public static void publish(AppDirectory directory, String appId, String key) {
        publish(directory, appId, 1, List.of(key), List.of(), false, 100_000);
    }

    /** An app with a fresh id and one fresh ingest key, published with the default settings. */
    public record App(String id, String key) {
    }

    public static App publishNew(AppDirectory directory) {
        App app = new App(newAppId(), newKey());
        publish(directory, app.id(), app.key());
        return app;
    }

    public static void tombstone(AppDirectory directory, String appId) {
        send(appId, null);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (directory.byId(appId).isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("app " + appId + " was not removed within 20 s");
            }
            sleep(50);
        }
    }

    private static void awaitVersion(AppDirectory directory, String appId, long version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (directory.byId(appId).map(app -> app.version() < version).orElse(true)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("app " + appId + " v" + version + " did not reach the directory within 20 s");
            }
            sleep(50);
        }
    }

    private static void send(String appId, byte[] value) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.BOOTSTRAP);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer =
                     new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("app-config", appId, value)).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish app-config for " + appId, e);
        }
    }

    private static byte[] json(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
