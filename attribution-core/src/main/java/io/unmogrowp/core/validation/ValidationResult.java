package io.unmogrowp.core.validation;

/** Outcome of validating one event: {@link Valid} with the normalised event, or {@link Invalid}. */
public sealed interface ValidationResult permits Valid, Invalid {

    boolean isValid();
}
