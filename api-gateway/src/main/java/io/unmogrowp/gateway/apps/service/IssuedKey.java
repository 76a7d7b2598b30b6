package io.unmogrowp.gateway.apps.service;

import java.time.Instant;
import java.util.List;

/** A newly issued ingest key (plaintext shown once) and the keys its issue revoked. */
public record IssuedKey(AppDetails details, String keyId, String plaintext, Instant createdAt, List<String> revokedKeyIds) {
}
