package io.unmogrowp.core.validation;

import io.unmogrowp.core.event.Event;
import java.util.Objects;

/** The event passed every rule; {@code event} is normalised and carries its receive time. */
public record Valid(Event event) implements ValidationResult {

    public Valid {
        Objects.requireNonNull(event, "event");
    }

    @Override
    public boolean isValid() {
        return true;
    }
}
