package io.unmogrowp.customersuccess.surveys.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;

public record SubmitSurveyRequest(
        @NotNull @Min(value = 0, message = "must be between 0 and 10") @Max(value = 10, message = "must be between 0 and 10") Integer score,
        @Size(max = 2000) String comment,
        OffsetDateTime submittedAt) {
}
