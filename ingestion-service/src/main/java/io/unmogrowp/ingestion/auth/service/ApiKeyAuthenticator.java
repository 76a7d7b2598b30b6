package io.unmogrowp.ingestion.auth.service;

import io.unmogrowp.ingestion.apps.service.AppConfig;
import io.unmogrowp.ingestion.apps.service.AppDirectory;
import io.unmogrowp.ingestion.errors.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Finds the app of a presented X-Api-Key by its SHA-256; keys themselves are never stored. */
@ApplicationScoped
public class ApiKeyAuthenticator {

    public static final String HEADER = "X-Api-Key";

    private final AppDirectory directory;

    public ApiKeyAuthenticator(AppDirectory directory) {
        this.directory = directory;
    }

    public AppConfig authenticate(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            throw RequestRejected.unauthorized("missing_api_key", HEADER, "the X-Api-Key header is required");
        }
        return directory.byKeyHash(sha256Hex(presentedKey.trim()))
                .orElseThrow(() -> RequestRejected.unauthorized("invalid_api_key", HEADER,
                        "the X-Api-Key is not an active ingest key of any app (revoked, rotated out or mistyped)"));
    }

    public static String sha256Hex(String key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
