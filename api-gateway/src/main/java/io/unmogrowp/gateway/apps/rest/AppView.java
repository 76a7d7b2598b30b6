package io.unmogrowp.gateway.apps.rest;

import io.unmogrowp.gateway.apps.service.AppDetails;
import io.unmogrowp.gateway.apps.service.AppSettings;

import java.time.Instant;
import java.util.List;

/** An app as the API shows it: key ids and creation times, never key material. */
public record AppView(String appId, String name, String platform, String storeUrl, AppSettings settings,
                      long version, Instant createdAt, Instant updatedAt, List<KeySummary> ingestKeys) {

    public record KeySummary(String keyId, Instant createdAt) {
    }

    static AppView of(AppDetails details) {
        var app = details.app();
        return new AppView(app.appId(), app.name(), app.platform(), app.storeUrl(), app.settings(), app.version(),
                app.createdAt(), app.updatedAt(),
                details.activeKeys().stream().map(key -> new KeySummary(key.keyId(), key.createdAt())).toList());
    }
}
