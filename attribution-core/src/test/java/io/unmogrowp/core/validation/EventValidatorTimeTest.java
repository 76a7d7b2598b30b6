package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static io.unmogrowp.core.validation.ValidationAssertions.with;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.unmogrowp.core.event.Timestamps;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorTimeTest {

    private static final Instant RECEIVED = RawEvents.RECEIVED_AT;

    private static Instant eventTimeOf(Object value) {
        return assertValid(with(RawEvents.install(), "event_time", value)).eventTime();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-12-03T17:00:00Z, 2026-12-03T17:00:00Z",
        "2026-12-03T17:00:00.5Z, 2026-12-03T17:00:00.500Z",
        "2026-12-03T17:00:00.123Z, 2026-12-03T17:00:00.123Z",
        "2026-12-03T17:00:00.123999999Z, 2026-12-03T17:00:00.123Z",
        "2026-12-03t17:00:00z, 2026-12-03T17:00:00Z",
        "2026-12-03T19:00:00+02:00, 2026-12-03T17:00:00Z",
        "2026-12-03T12:30:00-04:30, 2026-12-03T17:00:00Z",
        "2026-12-03T17:00:00+00:00, 2026-12-03T17:00:00Z",
    })
    void rfc3339FormsAreAcceptedAndNormalisedToUtcMillis(String wire, String expected) {
        assertEquals(Instant.parse(expected), eventTimeOf(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-12-03 17:00:00Z", "2026-12-03T17:00:00", "2026-12-03T17:00Z", "2026-12-03", "yesterday",
        "2026-02-30T10:00:00Z", "2026-12-03T24:00:00Z", "2026-12-03T17:00:60Z", "2026-12-03T17:00:00+25:00",
        "2026-12-03T17:00:00.Z", "2026-12-03T17:00:00.1234567891Z", "1764781200000", ""
    })
    void malformedTimesAreInvalid(String wire) {
        assertRejected(with(RawEvents.install(), "event_time", wire), "event_time", RejectionReasons.INVALID_TIMESTAMP);
    }

    @Test
    void epochMillisInAnyIntegralJsonNumberTypeIsAccepted() {
        long millis = Instant.parse("2026-12-03T17:00:00.250Z").toEpochMilli();
        Instant expected = Instant.ofEpochMilli(millis);

        assertEquals(expected, eventTimeOf(millis));
        assertEquals(expected, eventTimeOf(BigInteger.valueOf(millis)));
        assertEquals(expected, eventTimeOf(new BigDecimal(millis + ".000")));
        assertEquals(expected, eventTimeOf((double) millis));
    }

    @Test
    void smallEpochMillisFitInAnIntegerButAreTooOld() {
        assertRejected(with(RawEvents.install(), "event_time", 1000), "event_time", RejectionReasons.EVENT_TOO_OLD);
    }

    @Test
    void negativeEpochMillisAreInvalid() {
        assertRejected(with(RawEvents.install(), "event_time", -1L), "event_time", RejectionReasons.INVALID_TIMESTAMP);
    }

    @Test
    void fractionalEpochMillisAreInvalid() {
        long millis = RECEIVED.toEpochMilli();
        assertRejected(with(RawEvents.install(), "event_time", new BigDecimal(millis + ".5")), "event_time",
                RejectionReasons.INVALID_TIMESTAMP);
        assertRejected(with(RawEvents.install(), "event_time", millis + 0.5), "event_time",
                RejectionReasons.INVALID_TIMESTAMP);
    }

    @Test
    void absurdEpochMillisAreInvalid() {
        assertRejected(with(RawEvents.install(), "event_time", Timestamps.MAX_EPOCH_MILLIS + 1), "event_time",
                RejectionReasons.INVALID_TIMESTAMP);
        assertRejected(with(RawEvents.install(), "event_time", new BigInteger("99999999999999999999999")),
                "event_time", RejectionReasons.INVALID_TIMESTAMP);
        assertRejected(with(RawEvents.install(), "event_time", Double.NaN), "event_time",
                RejectionReasons.INVALID_TIMESTAMP);
        assertRejected(with(RawEvents.install(), "event_time", 1e300), "event_time",
                RejectionReasons.INVALID_TIMESTAMP);
    }

    @Test
    void exactlyMaxFutureIsAccepted() {
        Instant limit = RECEIVED.plus(Duration.ofHours(1));
        assertEquals(limit, eventTimeOf(limit.toEpochMilli()));
    }

    @Test
    void oneMillisecondBeyondMaxFutureIsRejected() {
        Instant beyond = RECEIVED.plus(Duration.ofHours(1)).plusMillis(1);
        Rejection rejection = assertRejected(with(RawEvents.install(), "event_time", beyond.toEpochMilli()),
                "event_time", RejectionReasons.EVENT_IN_FUTURE);
        assertEquals(true, rejection.message().contains("1h 1ms"), rejection.message());
    }

    @Test
    void oneMillisecondInsideMaxFutureIsAccepted() {
        Instant inside = RECEIVED.plus(Duration.ofHours(1)).minusMillis(1);
        assertEquals(inside, eventTimeOf(Timestamps.format(inside)));
    }

    @Test
    void exactlyMaxPastIsAccepted() {
        Instant limit = RECEIVED.minus(Duration.ofDays(30));
        assertEquals(limit, eventTimeOf(Timestamps.format(limit)));
    }

    @Test
    void oneMillisecondOlderThanMaxPastIsRejected() {
        Instant beyond = RECEIVED.minus(Duration.ofDays(30)).minusMillis(1);
        assertRejected(with(RawEvents.install(), "event_time", Timestamps.format(beyond)), "event_time",
                RejectionReasons.EVENT_TOO_OLD);
    }

    @Test
    void oneMillisecondYoungerThanMaxPastIsAccepted() {
        Instant inside = RECEIVED.minus(Duration.ofDays(30)).plusMillis(1);
        assertEquals(inside, eventTimeOf(inside.toEpochMilli()));
    }

    @Test
    void maxPastIsConfigurable() {
        EventValidator strict = new EventValidator(ValidationLimits.defaults().withMaxPast(Duration.ofDays(2)));
        Instant threeDaysAgo = RECEIVED.minus(Duration.ofDays(3));

        assertRejected(strict.validate(with(RawEvents.install(), "event_time", Timestamps.format(threeDaysAgo)),
                RawEvents.APP, RECEIVED), "event_time", RejectionReasons.EVENT_TOO_OLD);
        assertValid(with(RawEvents.install(), "event_time", Timestamps.format(threeDaysAgo)));
    }

    @Test
    void receivedAtIsTruncatedToMillisecondsLikeEveryWireTime() {
        EventValidator validator = new EventValidator(ValidationLimits.defaults());
        Instant receivedWithNanos = RECEIVED.plusNanos(1_234_567);

        assertEquals(RECEIVED.plusMillis(1), assertValid(validator.validate(RawEvents.install(), RawEvents.APP,
                receivedWithNanos)).receivedAt());
    }
}
