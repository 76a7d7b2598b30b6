package io.unmogrowp.gateway.apps.service;

import io.unmogrowp.gateway.apps.messaging.AppConfigOutbox;
import io.unmogrowp.gateway.apps.repository.AppRecord;
import io.unmogrowp.gateway.apps.repository.AppRepository;
import io.unmogrowp.gateway.apps.repository.IngestKeyRecord;
import io.unmogrowp.gateway.apps.repository.IngestKeyRepository;
import io.unmogrowp.gateway.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Apps, their ingest keys and settings. Every change bumps the app's version and queues the full
 * app-config record in the outbox within the same transaction (no dual write to Kafka).
 */
@ApplicationScoped
public class AppService {

    static final int MAX_ACTIVE_KEYS = 2;

    private final AppRepository apps;
    private final IngestKeyRepository keys;
    private final AppConfigOutbox appConfigOutbox;
    private final IngestKeyGenerator generator;
    private final KnownApps knownApps;
    private final Clock clock = Clock.systemUTC();

    public AppService(AppRepository apps, IngestKeyRepository keys, AppConfigOutbox appConfigOutbox,
                      IngestKeyGenerator generator, KnownApps knownApps) {
        this.apps = apps;
        this.keys = keys;
        this.appConfigOutbox = appConfigOutbox;
        this.generator = generator;
        this.knownApps = knownApps;
    }

    @Transactional
    public IssuedKey create(AppDraft draft) {
        AppDraftValidator.validate(draft);
        AppSettings settings = AppSettings.DEFAULTS.apply(draft.settings());
        SettingsValidator.validate(settings, "settings.");
        Instant now = now();
        AppRecord app = new AppRecord(generator.newAppId(), draft.name().strip(), draft.platform(),
                draft.storeUrl(), settings, 1, now, now);
        apps.insert(app);
        IngestKeyGenerator.GeneratedKey key = generator.newKey();
        IngestKeyRecord keyRecord = new IngestKeyRecord(key.keyId(), app.appId(), key.sha256(), now, null);
        keys.insert(keyRecord);
        AppDetails details = new AppDetails(app, List.of(keyRecord));
        appConfigOutbox.enqueue(app, details.activeKeys());
        knownApps.remember(app.appId());
        return new IssuedKey(details, key.keyId(), key.plaintext(), now, List.of());
    }

    @Transactional
    public List<AppDetails> list() {
        Map<String, List<IngestKeyRecord>> keysByApp = keys.findAllActive().stream()
                .collect(Collectors.groupingBy(IngestKeyRecord::appId));
        return apps.findAll().stream()
                .map(app -> new AppDetails(app, keysByApp.getOrDefault(app.appId(), List.of())))
                .toList();
    }

    @Transactional
    public AppDetails get(String appId) {
        AppRecord app = apps.find(appId).orElseThrow(() -> ApiException.unknownApp(appId));
        knownApps.remember(appId);
        return new AppDetails(app, keys.findActive(appId));
    }

    /** Fails with 404 unknown_app unless the app exists. */
    public void requireExists(String appId) {
        if (!knownApps.contains(appId) && !apps.exists(appId)) {
            throw ApiException.unknownApp(appId);
        }
        knownApps.remember(appId);
    }

    /** Issues a new key; if that makes more than two active, the oldest active keys are revoked. */
    @Transactional
    public IssuedKey rotateKey(String appId) {
        AppRecord app = lock(appId);
        Instant now = now();
        List<IngestKeyRecord> active = new ArrayList<>(keys.findActive(appId));
        List<String> revoked = new ArrayList<>();
        while (active.size() >= MAX_ACTIVE_KEYS) {
            IngestKeyRecord oldest = active.remove(0);
            keys.revoke(oldest.keyId(), now);
            revoked.add(oldest.keyId());
        }
        IngestKeyGenerator.GeneratedKey key = generator.newKey();
        IngestKeyRecord keyRecord = new IngestKeyRecord(key.keyId(), appId, key.sha256(), now, null);
        keys.insert(keyRecord);
        active.add(keyRecord);
        AppDetails details = saveAndPublish(app.withChange(app.settings(), now), active);
        return new IssuedKey(details, key.keyId(), key.plaintext(), now, revoked);
    }

    /** Revokes one key; the last active key cannot be revoked (rotate first). Revoking a revoked key changes nothing. */
    @Transactional
    public AppDetails revokeKey(String appId, String keyId) {
        AppRecord app = lock(appId);
        IngestKeyRecord key = keys.find(appId, keyId)
                .orElseThrow(() -> new ApiException(404, "unknown_key", "key_id", "app " + appId + " has no key " + keyId));
        List<IngestKeyRecord> active = keys.findActive(appId);
        if (!key.active()) {
            return new AppDetails(app, active);
        }
        if (active.size() <= 1) {
            throw new ApiException(409, "last_active_key", "key_id",
                    "cannot revoke the only active key; rotate first (POST /api/v1/apps/" + appId + "/keys)");
        }
        Instant now = now();
        keys.revoke(keyId, now);
        List<IngestKeyRecord> remaining = active.stream().filter(k -> !k.keyId().equals(keyId)).toList();
        return saveAndPublish(app.withChange(app.settings(), now), remaining);
    }

    /** Changes the given settings fields; omitted fields keep their current value. */
    @Transactional
    public AppDetails updateSettings(String appId, SettingsPatch patch) {
        if (patch == null) {
            throw ApiException.invalid(null, "request body is required");
        }
        AppRecord app = lock(appId);
        AppSettings updated = app.settings().apply(patch);
        SettingsValidator.validate(updated, "");
        List<IngestKeyRecord> active = keys.findActive(appId);
        if (updated.equals(app.settings())) {
            return new AppDetails(app, active);
        }
        return saveAndPublish(app.withChange(updated, now()), active);
    }

    private AppRecord lock(String appId) {
        AppRecord app = apps.lock(appId).orElseThrow(() -> ApiException.unknownApp(appId));
        knownApps.remember(appId);
        return app;
    }

    private AppDetails saveAndPublish(AppRecord changed, List<IngestKeyRecord> activeKeys) {
        apps.update(changed);
        appConfigOutbox.enqueue(changed, activeKeys);
        return new AppDetails(changed, activeKeys);
    }

    // PostgreSQL keeps microseconds; truncating keeps answers equal to what a later read returns.
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
