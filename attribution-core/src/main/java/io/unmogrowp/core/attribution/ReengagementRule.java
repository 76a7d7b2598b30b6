package io.unmogrowp.core.attribution;

import java.time.Duration;
import java.time.Instant;

/** Decides whether an app open counts as a re-engagement. */
public final class ReengagementRule {

    /**
     * True when the device was inactive for at least {@code reengagementInactivity} (inclusive:
     * exactly 7 days of silence counts). Without earlier activity an open is not a re-engagement.
     */
    public boolean isReengagement(Instant lastActivity, Instant openTime, AttributionSettings s) {
        if (lastActivity == null || openTime == null) {
            return false;
        }
        return Duration.between(lastActivity, openTime).compareTo(s.reengagementInactivity()) >= 0;
    }
}
