package io.unmogrowp.gateway.apps.rest;

import io.unmogrowp.gateway.apps.service.IssuedKey;

import java.time.Instant;
import java.util.List;

/** Answer to a key rotation; the only time the new ingest key is shown. */
public record IssuedKeyView(String appId, String keyId, String ingestKey, Instant createdAt,
                            List<String> revokedKeyIds, long version) {

    static IssuedKeyView of(IssuedKey issued) {
        return new IssuedKeyView(issued.details().app().appId(), issued.keyId(), issued.plaintext(),
                issued.createdAt(), issued.revokedKeyIds(), issued.details().app().version());
    }
}
