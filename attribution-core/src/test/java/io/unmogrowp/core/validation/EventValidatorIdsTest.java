package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static io.unmogrowp.core.validation.ValidationAssertions.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "click_id"})
    void idAtMaximumLengthIsAccepted(String field) {
        String id = "a".repeat(128);
        String expectedApp = field.equals("app_id") ? id : RawEvents.APP;
        EventValidator validator = new EventValidator(ValidationLimits.defaults());

        var event = assertValid(validator.validate(with(RawEvents.install(), field, id), expectedApp,
                RawEvents.RECEIVED_AT));
        assertEquals(id, switch (field) {
            case "event_id" -> event.eventId();
            case "app_id" -> event.appId();
            default -> event.clickId();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "click_id"})
    void idOneCharacterTooLongIsRejected(String field) {
        assertRejected(with(RawEvents.install(), field, "a".repeat(129)), field, RejectionReasons.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"event_id", "app_id", "click_id"})
    void blankIdIsRejected(String field) {
        assertRejected(with(RawEvents.install(), field, "  "), field, RejectionReasons.INVALID_VALUE);
        assertRejected(with(RawEvents.install(), field, ""), field, RejectionReasons.INVALID_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evt 1", "evt\t1", "evt\n1", "évt-1", "evt\u00001", "evt\u007f"})
    void idWithWhitespaceControlOrNonAsciiIsRejected(String id) {
        assertRejected(with(RawEvents.install(), "event_id", id), "event_id", RejectionReasons.INVALID_VALUE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evt-1", "EVT_1.2:3", "a", "~!@#$%^&*()+={}[]|\\;'<>,?/`\""})
    void printableAsciiIdsAreAccepted(String id) {
        assertEquals(id, assertValid(with(RawEvents.install(), "event_id", id)).eventId());
    }
}
