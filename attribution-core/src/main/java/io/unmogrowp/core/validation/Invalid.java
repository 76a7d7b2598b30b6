package io.unmogrowp.core.validation;

import java.util.Objects;

/** The event broke a rule; {@code rejection} is the first one found in the validator's check order. */
public record Invalid(Rejection rejection) implements ValidationResult {

    public Invalid {
        Objects.requireNonNull(rejection, "rejection");
    }

    @Override
    public boolean isValid() {
        return false;
    }
}
