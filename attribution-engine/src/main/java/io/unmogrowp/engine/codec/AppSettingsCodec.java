package io.unmogrowp.engine.codec;

import io.unmogrowp.core.attribution.AttributionModel;
import io.unmogrowp.core.attribution.AttributionSettings;
import io.unmogrowp.core.attribution.FraudPolicy;
import io.unmogrowp.core.fraud.IpRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code settings} of an app-config record (docs/contracts.md) into core settings. A missing
 * or unreadable value falls back to the platform default for that one setting: the gateway validates
 * settings before publishing, so this only guards against older or hand-written records.
 */
public final class AppSettingsCodec {

    private AppSettingsCodec() {
    }

    @SuppressWarnings("unchecked")
    public static AttributionSettings fromAppConfig(Map<String, Object> appConfig) {
        Object raw = appConfig == null ? null : appConfig.get("settings");
        if (!(raw instanceof Map<?, ?>)) {
            return AttributionSettings.defaults();
        }
        Map<String, Object> s = (Map<String, Object>) raw;
        AttributionSettings d = AttributionSettings.defaults();
        return new AttributionSettings(
                hours(s, "click_lookback_hours").orElse(d.clickLookback()),
                hours(s, "impression_lookback_hours").orElse(d.impressionLookback()),
                hours(s, "fingerprint_lookback_hours").orElse(d.fingerprintLookback()),
                days(s, "reattribution_window_days").orElse(d.reattributionWindow()),
                days(s, "reengagement_inactivity_days").orElse(d.reengagementInactivity()),
                Optional.ofNullable(s.get("default_model")).flatMap(m -> AttributionModel.fromWire(m.toString()))
                        .orElse(d.defaultModel()),
                Optional.ofNullable(s.get("fraud_policy")).flatMap(p -> FraudPolicy.fromWire(p.toString()))
                        .orElse(d.fraudPolicy()),
                ipRanges(s.get("blocked_ip_ranges")),
                number(s, "min_ctit_seconds").map(Duration::ofSeconds).orElse(d.minCtit()));
    }

    private static Optional<Duration> hours(Map<String, Object> s, String key) {
        return number(s, key).map(Duration::ofHours);
    }

    private static Optional<Duration> days(Map<String, Object> s, String key) {
        return number(s, key).map(Duration::ofDays);
    }

    private static Optional<Long> number(Map<String, Object> s, String key) {
        return s.get(key) instanceof Number n && n.longValue() >= 0 ? Optional.of(n.longValue()) : Optional.empty();
    }

    private static List<IpRange> ipRanges(Object raw) {
        List<IpRange> ranges = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object item : list) {
                if (item != null) {
                    IpRange.parse(item.toString()).ifPresent(ranges::add);
                }
            }
        }
        return ranges;
    }
}
