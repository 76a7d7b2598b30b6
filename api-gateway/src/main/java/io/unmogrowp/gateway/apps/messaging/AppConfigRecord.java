package io.unmogrowp.gateway.apps.messaging;

import io.unmogrowp.gateway.apps.service.AppSettings;

import java.time.Instant;
import java.util.List;

/** The value of an app-config Kafka record (docs/contracts.md); consumers keep the highest version per app. */
public record AppConfigRecord(String appId, String name, String platform, String storeUrl, long version,
                              Instant updatedAt, List<PublishedKey> ingestKeys, AppSettings settings) {

    /** An active ingest key as consumers see it: its hash, never the key. */
    public record PublishedKey(String keyId, String sha256, Instant createdAt) {
    }
}
