package io.unmogrowp.customersuccess.tickets;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

public enum TicketPriority {
    LOW,
    NORMAL,
    HIGH,
    URGENT;

    /** Regex for request validation; keep in sync with the constants. */
    public static final String PATTERN = "low|normal|high|urgent";

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketPriority fromWire(String value) {
        return Arrays.stream(values())
                .filter(priority -> priority.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ticket priority " + value));
    }
}
