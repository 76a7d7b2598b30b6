package io.unmogrowp.core.attribution;

import static io.unmogrowp.core.attribution.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unmogrowp.core.event.EventType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every explained candidate names the lookback that applied to it and its length, as the settings have it. */
class ExplainWindowTest {

    private static Decision decide(CandidateSet candidates) {
        return new Attributor().decide(conversion(EventType.INSTALL, null), candidates, null,
                AttributionSettings.defaults(), NOW);
    }

    @Test
    void eachCandidateCarriesItsWindow() {
        Decision decision = decide(found(clickByDevice("click", hours(2)), impressionByDevice("view", hours(1)),
                clickByFingerprint("fp", hours(3)), clickByDevice("stale", days(8))));

        assertWindow(decision, "click", "click lookback", Duration.ofDays(7));
        assertWindow(decision, "view", "impression lookback", Duration.ofHours(24));
        assertWindow(decision, "fp", "fingerprint lookback", Duration.ofHours(6));
        assertWindow(decision, "stale", "click lookback", Duration.ofDays(7));
        assertEquals("lost", explainOf(decision, "stale").outcome());
    }

    @Test
    void aTouchpointOfAnotherAppLosesWithTheWindowItWouldHaveHad() {
        Decision decision = decide(found(withApp(clickByDevice("foreign", hours(1)), "app_other")));
        assertEquals(DecisionStatus.ORGANIC, decision.status());
        assertWindow(decision, "foreign", "click lookback", Duration.ofDays(7));
    }

    private static void assertWindow(Decision decision, String id, String name, Duration length) {
        ExplainEntry entry = explainOf(decision, id);
        assertEquals(name, entry.window(), id);
        assertEquals(length, entry.lookback(), id);
    }
}
