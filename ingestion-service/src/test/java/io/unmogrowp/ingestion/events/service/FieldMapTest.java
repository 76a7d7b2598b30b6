package io.unmogrowp.ingestion.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Members in the order sent, a repeated name refused, on both sides of the size where names get hashed. */
class FieldMapTest {

    private static FieldMap filled(int members) {
        FieldMap map = new FieldMap();
        for (int i = 0; i < members; i++) {
            assertTrue(map.add("m" + i, i));
        }
        return map;
    }

    @Test
    void aSmallObjectKeepsOrderAndRefusesARepeatedName() {
        FieldMap map = filled(FieldMap.SCAN_LIMIT);
        assertFalse(map.add("m3", "again"), "repeated name");
        assertEquals(3, map.get("m3"), "the first value stays");
        assertEquals(List.of("m0", "m1", "m2"), new ArrayList<>(map.keySet()).subList(0, 3));
        assertNull(map.get("absent"));
    }

    @Test
    void aLargeObjectFindsEveryMemberAndStillRefusesRepeatedNames() {
        int members = 100_000;
        FieldMap map = filled(members);
        assertEquals(members, map.size());
        assertFalse(map.add("m0", "again"), "a name from before the index was built");
        assertFalse(map.add("m99999", "again"), "a name added after it");
        assertEquals(0, map.get("m0"));
        assertEquals(FieldMap.SCAN_LIMIT, map.get("m" + FieldMap.SCAN_LIMIT));
        assertEquals(99_999, map.get("m99999"));
        assertTrue(map.containsKey("m50000"));
        assertFalse(map.containsKey("m100000"));
        List<String> names = new ArrayList<>(map.keySet());
        assertEquals("m0", names.get(0));
        assertEquals("m99999", names.get(members - 1));
        assertEquals(members, map.entrySet().size());
    }
}
