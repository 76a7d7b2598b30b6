package io.unmogrowp.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class RunReportTest {

    @Test
    void percentilesThroughputAndResultLineComeFromTheHistogram() throws Exception {
        Histogram micros = new Histogram(3);
        for (int i = 1; i <= 100; i++) {
            micros.recordValue(i * 1000L);
        }
        RunReport report = RunReport.of("open", 20_000, 10, 150_000, 1500, 2, Map.of("http_503", 2L), micros);
        assertEquals(15_000, report.eventsPerSecond(), 1e-9);
        assertEquals(50, report.p50Ms(), 0.1);
        assertEquals(99, report.p99Ms(), 0.1);
        assertEquals(100, report.maxMs(), 0.1);
        assertTrue(report.text().contains("achieved=15000 ev/s"), report.text());

        String line = report.resultLine();
        assertTrue(line.startsWith("RESULT "));
        JsonNode json = new ObjectMapper().readTree(line.substring("RESULT ".length()));
        assertEquals(15000.0, json.get("eps").asDouble(), 1e-9);
        assertEquals(2, json.get("failures").get("http_503").asInt());
        assertEquals(95, json.get("p95_ms").asDouble(), 0.1);
    }
}
