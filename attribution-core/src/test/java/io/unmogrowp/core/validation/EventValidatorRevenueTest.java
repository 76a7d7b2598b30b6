package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.ValidationAssertions.assertRejected;
import static io.unmogrowp.core.validation.ValidationAssertions.assertValid;
import static io.unmogrowp.core.validation.ValidationAssertions.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.unmogrowp.core.event.Event;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventValidatorRevenueTest {

    @Test
    void inAppEventWithRevenueAndCurrencyIsAccepted() {
        Event event = assertValid(RawEvents.purchase());

        assertEquals("purchase", event.eventName());
        assertEquals(new BigDecimal("4.99"), event.revenue());
        assertEquals("USD", event.currency());
    }

    @Test
    void inAppEventWithoutRevenueIsAccepted() {
        Map<String, Object> event = RawEvents.purchase();
        event.remove("revenue");
        event.remove("currency");

        assertNull(assertValid(event).revenue());
    }

    @Test
    void eventNameIsRequiredForInApp() {
        Map<String, Object> event = RawEvents.purchase();
        event.remove("event_name");
        assertRejected(event, "event_name", RejectionReasons.MISSING_FIELD);

        assertRejected(with(RawEvents.purchase(), "event_name", "  "), "event_name", RejectionReasons.MISSING_FIELD);
    }

    @Test
    void eventNameLengthLimit() {
        assertEquals(512, assertValid(with(RawEvents.purchase(), "event_name", "n".repeat(512))).eventName().length());
        assertRejected(with(RawEvents.purchase(), "event_name", "n".repeat(513)), "event_name", RejectionReasons.TOO_LONG);
    }

    @Test
    void eventNameIsOptionalOutsideInApp() {
        assertEquals("first_open", assertValid(with(RawEvents.install(), "event_name", "first_open")).eventName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"click", "impression", "install", "reinstall", "open"})
    void revenueIsOnlyAllowedOnInApp(String type) {
        Map<String, Object> event = RawEvents.purchase();
        event.put("event_type", type);

        assertRejected(event, "revenue", RejectionReasons.REVENUE_NOT_ALLOWED);
    }

    @Test
    void currencyWithoutRevenueOutsideInAppIsNotAllowed() {
        assertRejected(with(RawEvents.install(), "currency", "USD"), "currency", RejectionReasons.REVENUE_NOT_ALLOWED);
    }

    @Test
    void everyJsonNumberTypeIsAcceptedAsRevenue() {
        assertEquals(new BigDecimal("5"), revenueOf(5));
        assertEquals(new BigDecimal("5"), revenueOf(5L));
        assertEquals(new BigDecimal("5"), revenueOf(BigInteger.valueOf(5)));
        assertEquals(new BigDecimal("4.99"), revenueOf(4.99d));
        assertEquals(new BigDecimal("-4.99"), revenueOf(new BigDecimal("-4.99")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4.99", "0", "-1.5", "1e3", "12.50"})
    void numericStringsAreAcceptedAsRevenue(String text) {
        assertEquals(new BigDecimal(text), revenueOf(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "NaN", "Infinity", "4,99", "$4.99", "+4.99", " 4.99", "1.", ".5", "0x10", "1e99999"})
    void nonNumericRevenueStringsAreInvalid(String text) {
        assertRejected(with(RawEvents.purchase(), "revenue", text), "revenue", RejectionReasons.INVALID_VALUE);
    }

    @Test
    void nonFiniteRevenueIsInvalid() {
        assertRejected(with(RawEvents.purchase(), "revenue", Double.NaN), "revenue", RejectionReasons.INVALID_VALUE);
        assertRejected(with(RawEvents.purchase(), "revenue", Double.POSITIVE_INFINITY), "revenue",
                RejectionReasons.INVALID_VALUE);
    }

    @Test
    void absurdRevenueIsInvalid() {
        assertRejected(with(RawEvents.purchase(), "revenue", new BigDecimal("1e12")), "revenue",
                RejectionReasons.INVALID_VALUE);
        assertEquals(new BigDecimal("999999999999.99"), revenueOf(new BigDecimal("999999999999.99")));
    }

    @Test
    void revenueOfWrongTypeIsRejected() {
        assertRejected(with(RawEvents.purchase(), "revenue", true), "revenue", RejectionReasons.WRONG_TYPE);
        assertRejected(with(RawEvents.purchase(), "revenue", Map.of("amount", 1)), "revenue", RejectionReasons.WRONG_TYPE);
    }

    @Test
    void revenueNeedsACurrency() {
        Map<String, Object> event = RawEvents.purchase();
        event.remove("currency");

        assertRejected(event, "currency", RejectionReasons.MISSING_CURRENCY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "EUR", "JPY", "GBP", "BRL", "KWD"})
    void isoCurrenciesAreAccepted(String code) {
        assertEquals(code, assertValid(with(RawEvents.purchase(), "currency", code)).currency());
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "Usd", "US", "USDD", "XYZ", "ABC", "", "U$D", "ＵＳＤ"})
    void nonIsoOrLowerCaseCurrenciesAreInvalid(String code) {
        assertRejected(with(RawEvents.purchase(), "currency", code), "currency", RejectionReasons.INVALID_CURRENCY);
    }

    private static BigDecimal revenueOf(Object revenue) {
        return assertValid(with(RawEvents.purchase(), "revenue", revenue)).revenue();
    }
}
