package io.unmogrowp.customersuccess.onboarding.rest;

import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code reason} is required only when moving back one stage. */
public record StageChangeRequest(
        @NotBlank @Pattern(regexp = OnboardingStage.PATTERN,
                message = "must be one of discovery, setup, integration, testing, launched") String stage,
        @Size(max = 1000) String reason) {
}
