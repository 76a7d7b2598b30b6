package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static io.unmogrowp.core.validation.ValidationAssertions.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.unmogrowp.core.event.Campaign;
import io.unmogrowp.core.event.Device;
import io.unmogrowp.core.event.Event;
import io.unmogrowp.core.event.EventType;
import io.unmogrowp.core.event.Platform;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorStructureTest {

    @Test
    void validInstallIsNormalisedIntoAnEvent() {
        Event event = assertValid(RawEvents.install());

        assertEquals("evt-install-1", event.eventId());
        assertEquals(RawEvents.APP, event.appId());
        assertEquals(EventType.INSTALL, event.eventType());
        assertEquals(Instant.parse("2026-12-03T17:59:00Z"), event.eventTime());
        assertEquals(Platform.ANDROID, event.platform());
        assertEquals("38400000-8cf0-11bd-b23e-10b96e40000d", event.device().advertisingId());
        assertEquals("203.0.113.7", event.device().ip());
        assertEquals("clk-123", event.clickId());
        assertEquals(Campaign.EMPTY, event.campaign());
        assertEquals(RawEvents.RECEIVED_AT, event.receivedAt());
        assertTrue(event.properties().isEmpty());
    }

    @Test
    void minimalEventNeedsOnlyTheFourRequiredFields() {
        Event event = assertValid(Map.of("event_id", "e1", "app_id", RawEvents.APP, "event_type", "open",
                "event_time", "2026-12-03T17:00:00Z"));

        assertEquals(Device.EMPTY, event.device());
        assertNull(event.platform());
        assertNull(event.clickId());
    }

    @Test
    void validClickKeepsItsCampaign() {
        Event event = assertValid(RawEvents.click());

        assertEquals(new Campaign("googleadwords_int", "summer_sale", "c-1", "as-1", "ad-1", "site-9"), event.campaign());
    }

    @ParameterizedTest
    @ValueSource(strings = {"just text", "42"})
    void nonObjectEventIsRejected(String raw) {
        assertRejected(raw, Rejection.WHOLE_EVENT, RejectionReasons.NOT_AN_OBJECT);
    }

    @Test
    void arrayAndNullEventsAreRejected() {
        assertRejected(List.of(RawEvents.install()), Rejection.WHOLE_EVENT, RejectionReasons.NOT_AN_OBJECT);
        assertRejected((Object) null, Rejection.WHOLE_EVENT, RejectionReasons.NOT_AN_OBJECT);
    }

    @Test
    void unknownTopLevelFieldIsRejectedSoTyposAreCaught() {
        Map<String, Object> event = RawEvents.install();
        event.put("evnt_name", "purchase");

        Rejection rejection = assertRejected(event, "evnt_name", RejectionReasons.UNKNOWN_FIELD);
        assertTrue(rejection.message().contains("evnt_name"));
    }

    @Test
    void receivedAtIsSetByIngestionNotByClients() {
        Map<String, Object> event = RawEvents.install();
        event.put("received_at", "2026-12-03T17:59:00Z");

        assertRejected(event, "received_at", RejectionReasons.UNKNOWN_FIELD);
    }

    @Test
    void unknownFieldIsReportedBeforeMissingRequiredFields() {
        assertRejected(Map.of("colour", "blue"), "colour", RejectionReasons.UNKNOWN_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "event_type", "event_time"})
    void eachRequiredFieldMissingIsRejected(String field) {
        Map<String, Object> event = RawEvents.install();
        event.remove(field);

        assertRejected(event, field, RejectionReasons.MISSING_FIELD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "event_type", "event_time"})
    void eachRequiredFieldExplicitNullIsMissing(String field) {
        Map<String, Object> event = RawEvents.install();
        event.put(field, null);

        assertRejected(event, field, RejectionReasons.MISSING_FIELD);
    }

    @Test
    void firstFailingFieldInDocumentedOrderIsReported() {
        Map<String, Object> event = RawEvents.install();
        event.put("event_type", "swipe");
        event.put("event_id", 7);

        assertRejected(event, "event_id", RejectionReasons.WRONG_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "event_type", "platform", "click_id", "event_name", "currency"})
    void stringFieldsGivenANumberAreWrongType(String field) {
        Map<String, Object> event = RawEvents.purchase();
        event.put(field, 12);

        assertRejected(event, field, RejectionReasons.WRONG_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"device", "campaign", "properties"})
    void objectFieldsGivenAStringOrArrayAreWrongType(String field) {
        Map<String, Object> event = RawEvents.purchase();
        event.put(field, "x");
        assertRejected(event, field, RejectionReasons.WRONG_TYPE);

        event.put(field, List.of("x"));
        assertRejected(event, field, RejectionReasons.WRONG_TYPE);
    }

    @Test
    void eventTimeGivenABooleanIsWrongType() {
        assertRejected(ValidationAssertions.with(RawEvents.install(), "event_time", true), "event_time",
                RejectionReasons.WRONG_TYPE);
    }

    @Test
    void appIdMustMatchTheIngestKeysApp() {
        Map<String, Object> event = RawEvents.install();
        event.put("app_id", "app_other");

        assertRejected(event, "app_id", RejectionReasons.APP_MISMATCH);
    }

    @Test
    void nullKeyAppSkipsTheAppCheck() {
        EventValidator validator = new EventValidator(ValidationLimits.defaults());
        Map<String, Object> event = RawEvents.install();
        event.put("app_id", "app_other");

        assertEquals("app_other", ValidationAssertions.assertValid(validator.validate(event, null, RawEvents.RECEIVED_AT)).appId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"click", "impression", "install", "reinstall", "open"})
    void everyEventTypeIsAccepted(String type) {
        Event event = assertValid(ValidationAssertions.with(RawEvents.install(), "event_type", type));

        assertEquals(type, event.eventType().wireName());
    }

    @Test
    void inAppEventTypeIsAccepted() {
        assertEquals(EventType.IN_APP, assertValid(RawEvents.purchase()).eventType());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Install", "INSTALL", "purchase", "", "in-app"})
    void unknownEventTypesAreRejected(String type) {
        assertRejected(ValidationAssertions.with(RawEvents.install(), "event_type", type), "event_type",
                RejectionReasons.UNKNOWN_EVENT_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios", "web"})
    void everyPlatformIsAccepted(String platform) {
        assertEquals(platform, assertValid(ValidationAssertions.with(RawEvents.install(), "platform", platform))
                .platform().wireName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Android", "windows", ""})
    void unknownPlatformsAreRejected(String platform) {
        assertRejected(ValidationAssertions.with(RawEvents.install(), "platform", platform), "platform",
                RejectionReasons.UNKNOWN_PLATFORM);
    }

    @Test
    void nullOptionalFieldReadsAsAbsent() {
        Map<String, Object> event = RawEvents.install();
        event.put("platform", null);
        event.put("click_id", null);
        event.put("campaign", null);

        Event valid = assertValid(event);
        assertNull(valid.platform());
        assertNull(valid.clickId());
        assertEquals(Campaign.EMPTY, valid.campaign());
    }

    @Test
    void validationNeverThrowsOnOddKeyTypes() {
        Map<Object, Object> event = new java.util.LinkedHashMap<>(RawEvents.install());
        event.put(42, "x");

        assertRejected(validate(event), "42", RejectionReasons.UNKNOWN_FIELD);
    }
}
