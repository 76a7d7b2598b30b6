package io.unmogrowp.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void describeShowsTheTwoLargestNonZeroUnits() {
        assertEquals("8d 2h", DurationText.describe(Duration.ofDays(8).plusHours(2).plusMinutes(13)));
        assertEquals("7d 1ms", DurationText.describe(Duration.ofDays(7).plusMillis(1)));
        assertEquals("45s", DurationText.describe(Duration.ofSeconds(45)));
        assertEquals("0s", DurationText.describe(Duration.ZERO));
        assertEquals("-5m", DurationText.describe(Duration.ofMinutes(-5)));
    }

    @Test
    void windowNamesReadAsAdjectives() {
        assertEquals("7-day", DurationText.window(Duration.ofDays(7)));
        assertEquals("24-hour", DurationText.window(Duration.ofHours(24)));
        assertEquals("6-hour", DurationText.window(Duration.ofHours(6)));
        assertEquals("90-day", DurationText.window(Duration.ofDays(90)));
        assertEquals("30-minute", DurationText.window(Duration.ofMinutes(30)));
        assertEquals("10-second", DurationText.window(Duration.ofSeconds(10)));
    }
}
