package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.unmogrowp.core.event.Device;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorDeviceAndCampaignTest {

    private static Map<String, Object> withDevice(String field, Object value) {
        Map<String, Object> event = RawEvents.install();
        RawEvents.device(event).put(field, value);
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withCampaign(String field, Object value) {
        Map<String, Object> event = RawEvents.click();
        ((Map<String, Object>) event.get("campaign")).put(field, value);
        return event;
    }

    @ParameterizedTest
    @CsvSource({
        "192.168.0.1, 192.168.0.1",
        "0.0.0.0, 0.0.0.0",
        "255.255.255.255, 255.255.255.255",
        "2001:db8::1, 2001:db8::1",
        "2001:0DB8:0000:0000:0000:0000:0000:0001, 2001:db8::1",
        "::1, ::1",
        "::, ::",
        "::ffff:203.0.113.7, 203.0.113.7",
        "64:ff9b::203.0.113.7, 64:ff9b::cb00:7107",
    })
    void ipLiteralsAreAcceptedInCanonicalForm(String ip, String canonical) {
        assertEquals(canonical, assertValid(withDevice("ip", ip)).device().ip());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.-4", "0x7f.0.0.1", "localhost", "example.com",
        "2001:db8::1::2", "2001:db8:::1", "12345::1", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "fe80::1%eth0",
        "[::1]", "1.2.3.4:80", "g::1", ":1:2:3:4:5:6:7", "::1.2.3.4.5", "1.2.3.4::"
    })
    void nonLiteralIpsAreInvalid(String ip) {
        assertRejected(withDevice("ip", ip), "device.ip", RejectionReasons.INVALID_VALUE);
    }

    @Test
    void deviceFieldOfWrongTypeIsRejectedWithItsPath() {
        assertRejected(withDevice("advertising_id", 5), "device.advertising_id", RejectionReasons.WRONG_TYPE);
        assertRejected(withDevice("ip", Map.of()), "device.ip", RejectionReasons.WRONG_TYPE);
    }

    @Test
    void deviceStringAtLimitIsAcceptedAndOneMoreIsTooLong() {
        assertEquals(512, assertValid(withDevice("user_agent", "u".repeat(512))).device().userAgent().length());
        assertRejected(withDevice("user_agent", "u".repeat(513)), "device.user_agent", RejectionReasons.TOO_LONG);
    }

    @Test
    void unknownDeviceFieldIsRejected() {
        assertRejected(withDevice("advertisingId", "x"), "device.advertisingId", RejectionReasons.UNKNOWN_FIELD);
    }

    @Test
    void blankDeviceStringsReadAsAbsent() {
        Device device = assertValid(withDevice("advertising_id", " ")).device();
        assertNull(device.advertisingId());
        assertEquals("9774d56d682e549c", device.strongestId().orElseThrow());
    }

    @Test
    void emptyDeviceObjectIsAccepted() {
        Map<String, Object> event = RawEvents.install();
        event.put("device", new LinkedHashMap<>());
        assertEquals(Device.EMPTY, assertValid(event).device());
    }

    @Test
    void campaignFieldsMustBeStrings() {
        assertRejected(withCampaign("media_source", 1), "campaign.media_source", RejectionReasons.WRONG_TYPE);
        assertRejected(withCampaign("site_id", true), "campaign.site_id", RejectionReasons.WRONG_TYPE);
    }

    @Test
    void campaignStringLengthLimit() {
        assertEquals(512, assertValid(withCampaign("campaign", "c".repeat(512))).campaign().campaign().length());
        assertRejected(withCampaign("campaign", "c".repeat(513)), "campaign.campaign", RejectionReasons.TOO_LONG);
    }

    @Test
    void unknownCampaignFieldIsRejected() {
        assertRejected(withCampaign("pid", "x"), "campaign.pid", RejectionReasons.UNKNOWN_FIELD);
    }
}
