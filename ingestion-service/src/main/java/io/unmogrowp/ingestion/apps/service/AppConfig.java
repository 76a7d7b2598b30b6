package io.unmogrowp.ingestion.apps.service;

import java.util.List;
import java.util.Set;

/**
 * What ingestion needs from an app's published configuration.
 *
 * @param keyHashes         lower-case hex SHA-256 of each active ingest key (at most two during rotation)
 * @param signingSecrets    HMAC secrets for request signing (at most two during rotation)
 * @param storeUrl          where tracking links redirect; may be null
 */
public record AppConfig(
        String appId,
        long version,
        String storeUrl,
        Set<String> keyHashes,
        List<SigningSecret> signingSecrets,
        boolean requireSignature,
        int rateLimitPerSecond) {

    public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 5000;

    public AppConfig {
        keyHashes = Set.copyOf(keyHashes);
        signingSecrets = List.copyOf(signingSecrets);
    }

    /** A secret for HMAC request signing. */
    public record SigningSecret(String keyId, byte[] secret) {
    }
}
