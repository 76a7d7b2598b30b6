package io.unmogrowp.core.attribution;

import java.time.Instant;

/**
 * The device's previous attribution in this app, used for reinstalls and re-engagement.
 *
 * @param lastActivity the device's latest event in the app, for {@link ReengagementRule}
 */
public record PriorAttribution(
        String conversionEventId,
        Instant conversionTime,
        DecisionStatus status,
        String mediaSource,
        Instant lastActivity) {
}
