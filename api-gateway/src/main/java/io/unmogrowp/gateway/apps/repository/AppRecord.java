package io.unmogrowp.gateway.apps.repository;

import io.unmogrowp.gateway.apps.service.AppSettings;

import java.time.Instant;

/** One row of the apps table. */
public record AppRecord(String appId, String name, String platform, String storeUrl, AppSettings settings,
                        long version, Instant createdAt, Instant updatedAt) {

    public AppRecord withChange(AppSettings newSettings, Instant at) {
        return new AppRecord(appId, name, platform, storeUrl, newSettings, version + 1, createdAt, at);
    }
}
