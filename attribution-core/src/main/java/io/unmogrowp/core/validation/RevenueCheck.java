package io.unmogrowp.core.validation;

import static io.unmogrowp.core.validation.RejectionReasons.INVALID_VALUE;
import static io.unmogrowp.core.validation.RejectionReasons.WRONG_TYPE;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Revenue amounts: a finite JSON number, or a string holding one (some SDKs send "4.99"). */
final class RevenueCheck {

    /** Larger amounts are typing accidents, and would overflow the analytics decimals. */
    static final BigDecimal MAX_ABS_REVENUE = new BigDecimal("1000000000000");

    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d{1,4})?");

    private RevenueCheck() {
    }

    /** Negative amounts are allowed: refunds are reported as negative revenue. */
    static Checked<BigDecimal> amount(Object value, String path) {
        BigDecimal amount;
        if (value instanceof BigDecimal decimal) {
            amount = decimal;
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            amount = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof BigInteger integer) {
            amount = new BigDecimal(integer);
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (!Double.isFinite(number)) {
                return Checked.fail(path, INVALID_VALUE, path + " must be a finite number");
            }
            amount = BigDecimal.valueOf(number);
        } else if (value instanceof String text) {
            if (!JSON_NUMBER.matcher(text).matches()) {
                return Checked.fail(path, INVALID_VALUE, path + " must be a number; \"" + abbreviate(text)
                        + "\" is not one");
            }
            amount = new BigDecimal(text);
        } else {
            return Checked.fail(path, WRONG_TYPE, path + " must be a number, not " + FieldChecks.jsonType(value));
        }
        if (amount.abs().compareTo(MAX_ABS_REVENUE) >= 0) {
            return Checked.fail(path, INVALID_VALUE, path + " must be smaller than " + MAX_ABS_REVENUE.toPlainString()
                    + " in absolute value");
        }
        return Checked.ok(amount);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
