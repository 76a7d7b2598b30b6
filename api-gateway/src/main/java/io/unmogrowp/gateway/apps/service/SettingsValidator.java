package io.unmogrowp.gateway.apps.service;

import io.unmogrowp.gateway.common.error.ApiException;

import java.util.List;
import java.util.Set;

/** Rejects settings the attribution engine could not honour, naming the offending field. */
final class SettingsValidator {

    static final Set<String> MODELS = Set.of("last_touch", "first_touch", "linear", "time_decay", "position_based");
    static final Set<String> FRAUD_POLICIES = Set.of("flag", "reject");
    private static final int MAX_BLOCKED_RANGES = 1000;

    private SettingsValidator() {
    }

    static void validate(AppSettings settings, String prefix) {
        // Maxima keep windows within what the engine's state stores retain (30-day click lookback, one year otherwise).
        range(prefix + "click_lookback_hours", settings.clickLookbackHours(), 1, 720);
        range(prefix + "impression_lookback_hours", settings.impressionLookbackHours(), 1, 168);
        range(prefix + "fingerprint_lookback_hours", settings.fingerprintLookbackHours(), 1, 48);
        range(prefix + "reattribution_window_days", settings.reattributionWindowDays(), 1, 365);
        range(prefix + "reengagement_inactivity_days", settings.reengagementInactivityDays(), 1, 365);
        range(prefix + "min_ctit_seconds", settings.minCtitSeconds(), 0, 3600);
        range(prefix + "rate_limit_per_second", settings.rateLimitPerSecond(), 1, 1_000_000);
        if (!MODELS.contains(settings.defaultModel())) {
            throw ApiException.invalid(prefix + "default_model",
                    "must be one of last_touch, first_touch, linear, time_decay, position_based");
        }
        if (!FRAUD_POLICIES.contains(settings.fraudPolicy())) {
            throw ApiException.invalid(prefix + "fraud_policy", "must be one of flag, reject");
        }
        List<String> ranges = settings.blockedIpRanges();
        if (ranges.size() > MAX_BLOCKED_RANGES) {
            throw ApiException.invalid(prefix + "blocked_ip_ranges", "at most " + MAX_BLOCKED_RANGES + " ranges");
        }
        for (int i = 0; i < ranges.size(); i++) {
            int index = i;
            CidrRange.problemWith(ranges.get(i)).ifPresent(problem -> {
                throw ApiException.invalid(prefix + "blocked_ip_ranges[" + index + "]", problem);
            });
        }
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.invalid(field, "must be between " + min + " and " + max);
        }
    }
}
