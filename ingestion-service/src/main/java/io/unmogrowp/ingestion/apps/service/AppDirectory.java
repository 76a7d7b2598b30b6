package io.unmogrowp.ingestion.apps.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory view of the app-config topic: apps by id and by ingest-key hash, keeping the
 * highest version per app. Written by one consumer thread, read by request threads.
 */
@ApplicationScoped
public class AppDirectory {

    private final Map<String, AppConfig> appsById = new ConcurrentHashMap<>();
    private final Map<String, AppConfig> appsByKeyHash = new ConcurrentHashMap<>();
    private volatile boolean caughtUp;

    public Optional<AppConfig> byId(String appId) {
        return appId == null ? Optional.empty() : Optional.ofNullable(appsById.get(appId));
    }

    public Optional<AppConfig> byKeyHash(String keyHash) {
        return Optional.ofNullable(appsByKeyHash.get(keyHash));
    }

    /** Applies a record; an older version than the one held is ignored. */
    public synchronized void apply(AppConfig app) {
        AppConfig current = appsById.get(app.appId());
        if (current != null && current.version() > app.version()) {
            return;
        }
        if (current != null) {
            current.keyHashes().forEach(hash -> appsByKeyHash.remove(hash, current));
        }
        appsById.put(app.appId(), app);
        app.keyHashes().forEach(hash -> appsByKeyHash.put(hash, app));
    }

    /** A tombstone: the app and its keys are gone. */
    public synchronized void remove(String appId) {
        AppConfig current = appsById.remove(appId);
        if (current != null) {
            current.keyHashes().forEach(hash -> appsByKeyHash.remove(hash, current));
        }
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    public void markCaughtUp() {
        caughtUp = true;
    }

    public int size() {
        return appsById.size();
    }
}
