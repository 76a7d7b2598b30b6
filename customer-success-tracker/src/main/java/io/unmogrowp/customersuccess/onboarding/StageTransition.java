package io.unmogrowp.customersuccess.onboarding;

import java.time.Instant;

/** One recorded move in the funnel; {@code fromStage} is null for the customer's entry into discovery. */
public record StageTransition(OnboardingStage fromStage, OnboardingStage toStage, String reason, Instant transitionedAt) {
}
