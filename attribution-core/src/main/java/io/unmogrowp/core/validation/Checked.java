package io.unmogrowp.core.validation;

/** A checked field: its normalised value (may be null when absent) or the rejection that stops validation. */
record Checked<T>(T value, Rejection rejection) {

    /** Most optional fields are absent: their result is shared instead of allocated per field and event. */
    private static final Checked<?> ABSENT = new Checked<>(null, null);

    @SuppressWarnings("unchecked")
    static <T> Checked<T> ok(T value) {
        return value == null ? (Checked<T>) ABSENT : new Checked<>(value, null);
    }

    static <T> Checked<T> fail(String field, String reason, String message) {
        return new Checked<>(null, new Rejection(field, reason, message));
    }

    static <T> Checked<T> fail(Rejection rejection) {
        return new Checked<>(null, rejection);
    }

    boolean failed() {
        return rejection != null;
    }

    ValidationResult invalid() {
        return new Invalid(rejection);
    }
}
