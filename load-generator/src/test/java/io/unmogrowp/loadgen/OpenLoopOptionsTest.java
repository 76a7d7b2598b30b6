package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenLoopOptionsTest {

    @Test
    void theRampIsHalfTheWarmUpUnlessGiven() {
        assertEquals(10, LoadGeneratorMain.Options.parse(new String[] {"--warmup", "20"}).rampSeconds());
        assertEquals(0, LoadGeneratorMain.Options.parse(new String[] {"--warmup", "20", "--ramp", "0"}).rampSeconds());
        assertEquals(20, LoadGeneratorMain.Options.parse(new String[] {"--warmup", "20", "--ramp", "20"}).rampSeconds());
    }

    @Test
    void aRampLongerThanTheWarmUpWouldReachIntoTheMeasuredWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LoadGeneratorMain.Options.parse(new String[] {"--warmup", "10", "--ramp", "11"}));
        assertTrue(e.getMessage().contains("--ramp"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> LoadGeneratorMain.Options.parse(new String[] {"--warmup", "10", "--ramp", "-1"}));
    }
}
