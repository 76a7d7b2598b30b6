package io.unmogrowp.engine.topology;

import io.unmogrowp.core.attribution.AttributionSettings;
import io.unmogrowp.engine.codec.AppSettingsCodec;
import io.unmogrowp.engine.codec.Json;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Parsed per-app settings from the global app-config store, re-read at most once a second per app so a
 * settings change applies within a second without parsing JSON on every event.
 */
final class AppSettingsCache {

    static final long REFRESH_MILLIS = 1_000;

    private record Cached(AttributionSettings settings, long loadedAt) {
    }

    private final KeyValueStore<String, byte[]> appConfig;
    private final Clock clock;
    private final Map<String, Cached> cache = new HashMap<>();

    AppSettingsCache(KeyValueStore<String, byte[]> appConfig, Clock clock) {
        this.appConfig = appConfig;
        this.clock = clock;
    }

    /** The app's settings; an app not (yet) in app-config gets the platform defaults. */
    AttributionSettings of(String appId) {
        long now = clock.millis();
        Cached cached = cache.get(appId);
        if (cached == null || now - cached.loadedAt() >= REFRESH_MILLIS) {
            byte[] record = appConfig.get(appId);
            AttributionSettings settings = record == null
                    ? AttributionSettings.defaults()
                    : AppSettingsCodec.fromAppConfig(Json.readMap(record).orElse(null));
            cached = new Cached(settings, now);
            cache.put(appId, cached);
        }
        return cached.settings();
    }
}
