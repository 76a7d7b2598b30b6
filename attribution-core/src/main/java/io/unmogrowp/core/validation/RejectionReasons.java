package io.unmogrowp.core.validation;

import java.util.List;

/** The closed set of rejection codes; clients and dashboards may rely on them never changing. */
public final class RejectionReasons {

    public static final String MISSING_FIELD = "missing_field";
    public static final String WRONG_TYPE = "wrong_type";
    public static final String UNKNOWN_EVENT_TYPE = "unknown_event_type";
    public static final String UNKNOWN_PLATFORM = "unknown_platform";
    public static final String INVALID_VALUE = "invalid_value";
    public static final String TOO_LONG = "too_long";
    public static final String TOO_MANY_PROPERTIES = "too_many_properties";
    public static final String INVALID_TIMESTAMP = "invalid_timestamp";
    public static final String EVENT_IN_FUTURE = "event_in_future";
    public static final String EVENT_TOO_OLD = "event_too_old";
    public static final String APP_MISMATCH = "app_mismatch";
    public static final String INVALID_CURRENCY = "invalid_currency";
    public static final String MISSING_CURRENCY = "missing_currency";
    public static final String REVENUE_NOT_ALLOWED = "revenue_not_allowed";
    public static final String NOT_AN_OBJECT = "not_an_object";
    public static final String UNKNOWN_FIELD = "unknown_field";

    public static final List<String> ALL = List.of(
            MISSING_FIELD, WRONG_TYPE, UNKNOWN_EVENT_TYPE, UNKNOWN_PLATFORM, INVALID_VALUE, TOO_LONG,
            TOO_MANY_PROPERTIES, INVALID_TIMESTAMP, EVENT_IN_FUTURE, EVENT_TOO_OLD, APP_MISMATCH,
            INVALID_CURRENCY, MISSING_CURRENCY, REVENUE_NOT_ALLOWED, NOT_AN_OBJECT, UNKNOWN_FIELD);

    private RejectionReasons() {
    }
}
