package io.unmogrowp.gateway.apps.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random identifiers and ingest keys; keys are only ever stored as their SHA-256. */
@ApplicationScoped
public class IngestKeyGenerator {

    private final SecureRandom random = new SecureRandom();

    /** A fresh key and its hash; the plaintext leaves the service exactly once. */
    public record GeneratedKey(String keyId, String plaintext, String sha256) {
    }

    public GeneratedKey newKey() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String plaintext = "uk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new GeneratedKey("key_" + randomHex(6), plaintext, sha256Hex(plaintext));
    }

    public String newAppId() {
        return "app_" + randomHex(6);
    }

    private String randomHex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }

    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
