package io.unmogrowp.gateway.apps.repository;

import java.time.Instant;

/** One row of the ingest_keys table: the key's hash, never its plaintext. */
public record IngestKeyRecord(String keyId, String appId, String sha256, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
