package io.unmogrowp.ingestion.apps.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads the app-config record of docs/contracts.md; a record it cannot read is skipped, not fatal. */
public final class AppConfigParser {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AppConfigParser() {
    }

    public static Optional<AppConfig> parse(byte[] value) {
        JsonNode root;
        try {
            root = MAPPER.readTree(value);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.path("app_id").isTextual()) {
            return Optional.empty();
        }
        Set<String> hashes = new LinkedHashSet<>();
        for (JsonNode key : root.path("ingest_keys")) {
            if (key.path("sha256").isTextual()) {
                hashes.add(key.path("sha256").asText().toLowerCase(Locale.ROOT));
            }
        }
        List<AppConfig.SigningSecret> secrets = new ArrayList<>();
        for (JsonNode secret : root.path("signing_secrets")) {
            if (secret.path("secret").isTextual()) {
                try {
                    byte[] decoded = Base64.getUrlDecoder().decode(secret.path("secret").asText());
                    if (decoded.length > 0) {
                        secrets.add(new AppConfig.SigningSecret(secret.path("key_id").asText(null), decoded));
                    }
                } catch (IllegalArgumentException notBase64Url) {
                    // An undecodable secret cannot verify anything; the other one may still.
                }
            }
        }
        JsonNode settings = root.path("settings");
        int rate = settings.path("rate_limit_per_second").canConvertToInt()
                && settings.path("rate_limit_per_second").asInt() > 0
                ? settings.path("rate_limit_per_second").asInt()
                : AppConfig.DEFAULT_RATE_LIMIT_PER_SECOND;
        String storeUrl = root.path("store_url").isTextual() ? root.path("store_url").asText() : null;
        return Optional.of(new AppConfig(root.path("app_id").asText(), root.path("version").asLong(0), storeUrl,
                hashes, secrets, settings.path("require_signature").asBoolean(false), rate));
    }
}
