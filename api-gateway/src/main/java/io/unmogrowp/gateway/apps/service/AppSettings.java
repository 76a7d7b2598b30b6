package io.unmogrowp.gateway.apps.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The full attribution settings of an app, as published in the app-config record. */
public record AppSettings(
        int clickLookbackHours,
        int impressionLookbackHours,
        int fingerprintLookbackHours,
        int reattributionWindowDays,
        int reengagementInactivityDays,
        String defaultModel,
        String fraudPolicy,
        List<String> blockedIpRanges,
        int minCtitSeconds,
        boolean requireSignature,
        int rateLimitPerSecond) {

    /** Platform defaults from docs/contracts.md. */
    public static final AppSettings DEFAULTS = new AppSettings(168, 24, 6, 90, 7, "last_touch", "flag", List.of(), 10, false, 5000);

    public AppSettings {
        // Not List.copyOf: a null entry sent by a client must reach the validator and become a 400.
        blockedIpRanges = Collections.unmodifiableList(new ArrayList<>(blockedIpRanges));
    }

    public AppSettings apply(SettingsPatch patch) {
        if (patch == null) {
            return this;
        }
        return new AppSettings(
                orElse(patch.clickLookbackHours(), clickLookbackHours),
                orElse(patch.impressionLookbackHours(), impressionLookbackHours),
                orElse(patch.fingerprintLookbackHours(), fingerprintLookbackHours),
                orElse(patch.reattributionWindowDays(), reattributionWindowDays),
                orElse(patch.reengagementInactivityDays(), reengagementInactivityDays),
                orElse(patch.defaultModel(), defaultModel),
                orElse(patch.fraudPolicy(), fraudPolicy),
                orElse(patch.blockedIpRanges(), blockedIpRanges),
                orElse(patch.minCtitSeconds(), minCtitSeconds),
                orElse(patch.requireSignature(), requireSignature),
                orElse(patch.rateLimitPerSecond(), rateLimitPerSecond));
    }

    private static <T> T orElse(T value, T current) {
        return value == null ? current : value;
    }
}
