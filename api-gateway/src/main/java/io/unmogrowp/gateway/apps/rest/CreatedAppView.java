package io.unmogrowp.gateway.apps.rest;

import io.unmogrowp.gateway.apps.service.AppSettings;
import io.unmogrowp.gateway.apps.service.IssuedKey;

import java.time.Instant;

/** Answer to POST /api/v1/apps; the only time the first ingest key is shown. */
public record CreatedAppView(String appId, String name, String platform, String storeUrl, AppSettings settings,
                             long version, String ingestKey, String keyId, Instant createdAt) {

    static CreatedAppView of(IssuedKey issued) {
        var app = issued.details().app();
        return new CreatedAppView(app.appId(), app.name(), app.platform(), app.storeUrl(), app.settings(),
                app.version(), issued.plaintext(), issued.keyId(), app.createdAt());
    }
}
