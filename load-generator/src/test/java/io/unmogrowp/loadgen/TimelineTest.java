package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void closingPrintsTheLastPartialSecondWithItsCountAndTail() throws Exception {
        String out = stderrOf(() -> {
            Timeline timeline = Timeline.start();
            for (int i = 1; i <= 99; i++) {
                timeline.record(1_000); // 1 ms
            }
            timeline.record(250_000); // one request of 250 ms
            timeline.close();
        });
        // Normally one line; a stalled test machine may split the requests over two seconds.
        int requests = 0;
        Matcher line = Pattern.compile("(?m)^timeline s=\\d+ requests=(\\d+) p50_ms=\\S+ p99_ms=\\S+ max_ms=(\\S+)$").matcher(out);
        double max = 0;
        while (line.find()) {
            requests += Integer.parseInt(line.group(1));
            max = Math.max(max, Double.parseDouble(line.group(2)));
        }
        assertEquals(100, requests, out);
        assertEquals(250.0, max, 0.5, out);
        assertTrue(out.contains("p99_ms=1.0"), out);
    }

    @Test
    void aSilentTimelineRecordsAndPrintsNothing() throws Exception {
        String out = stderrOf(() -> {
            Timeline timeline = Timeline.silent();
            timeline.record(1_000);
            timeline.record(Long.MAX_VALUE); // clamped, not thrown
            timeline.close();
        });
        assertEquals("", out);
    }

    interface TimelineUse {
        void run() throws Exception;
    }

    /** What {@code use} printed to standard error, where timelines print. */
    private static String stderrOf(TimelineUse use) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            use.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
