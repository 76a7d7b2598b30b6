package io.unmogrowp.ingestion.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.events.service.BatchParser;
import io.unmogrowp.ingestion.events.service.RawEvent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchParserTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheExactTextOfEachEventIncludingNonAscii() {
        List<RawEvent> events = BatchParser.parseJsonBatch(bytes("{ \"events\" : [ {\"a\": \"café\"} ,  7, {\"b\":[1,2]}]}"), 10);
        assertEquals(List.of("{\"a\": \"café\"}", "7", "{\"b\":[1,2]}"), events.stream().map(RawEvent::text).toList());
        assertEquals(Map.of("a", "café"), events.get(0).tree());
    }

    @Test
    void decimalsStayExact() {
        List<RawEvent> events = BatchParser.parseJsonBatch(bytes("{\"events\":[{\"revenue\":0.1}]}"), 10);
        assertEquals(new BigDecimal("0.1"), ((Map<?, ?>) events.get(0).tree()).get("revenue"));
    }

    @Test
    void wholeBatchErrorsNameTheirReason() {
        assertEquals("malformed_json", refused("{\"events\":[{]}").reason());
        assertEquals("malformed_json", refused("").reason());
        assertEquals("malformed_json", refused("{\"events\":[]} trailing").reason());
        assertEquals("malformed_json", refused("{\"events\":[{\"a\":1,\"a\":2}]}").reason());
        assertEquals("wrong_type", refused("[1]").reason());
        assertEquals("wrong_type", refused("{\"events\":{}}").reason());
        assertEquals("missing_field", refused("{}").reason());
        RequestRejected unknown = refused("{\"events\":[],\"evnts\":[]}");
        assertEquals("unknown_field", unknown.reason());
        assertEquals("evnts", unknown.field());
        RequestRejected tooMany = refused("{\"events\":[1,2,3,4]}");
        assertEquals(413, tooMany.status());
        assertEquals("too_many_events", tooMany.reason());
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        assertEquals(3, BatchParser.parseJsonBatch(bytes("{\"events\":[1,2,3]}"), 3).size());
        assertEquals(3, BatchParser.parseNdjson(bytes("1\n2\n3\n"), 3).size());
        assertEquals(413, assertThrows(RequestRejected.class, () -> BatchParser.parseNdjson(bytes("1\n2\n3\n4"), 3)).status());
    }

    @Test
    void ndjsonSkipsBlankLinesHandlesCrLfAndMarksBrokenLines() {
        List<RawEvent> events = BatchParser.parseNdjson(bytes("{\"a\":1}\r\n\n{broken\n{\"b\":2}"), 10);
        assertEquals(3, events.size());
        assertEquals("{\"a\":1}", events.get(0).text());
        assertTrue(events.get(0).parsed());
        assertFalse(events.get(1).parsed());
        assertEquals(1, events.get(1).index());
        assertTrue(events.get(1).parseError().startsWith("line 2 is not valid JSON"), events.get(1).parseError());
        assertEquals(Map.of("b", 2), events.get(2).tree());
    }

    private static RequestRejected refused(String body) {
        return assertThrows(RequestRejected.class, () -> BatchParser.parseJsonBatch(bytes(body), 3));
    }
}
