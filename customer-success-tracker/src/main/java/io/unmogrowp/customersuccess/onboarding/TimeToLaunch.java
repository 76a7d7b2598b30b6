package io.unmogrowp.customersuccess.onboarding;

import java.time.Duration;
import java.time.Instant;

/** Whole days from the pilot start to a moment (launch, or now while not launched); never negative. */
public final class TimeToLaunch {

    private TimeToLaunch() {
    }

    public static int days(Instant pilotStartedAt, Instant until) {
        long days = Duration.between(pilotStartedAt, until).toDays();
        return (int) Math.max(0, days);
    }
}
