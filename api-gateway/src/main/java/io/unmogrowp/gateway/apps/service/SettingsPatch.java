package io.unmogrowp.gateway.apps.service;

import java.util.List;

/** Settings sent by a client: every field is optional and only the given ones change. */
public record SettingsPatch(
        Integer clickLookbackHours,
        Integer impressionLookbackHours,
        Integer fingerprintLookbackHours,
        Integer reattributionWindowDays,
        Integer reengagementInactivityDays,
        String defaultModel,
        String fraudPolicy,
        List<String> blockedIpRanges,
        Integer minCtitSeconds,
        Boolean requireSignature,
        Integer rateLimitPerSecond) {
}
