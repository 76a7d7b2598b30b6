package io.unmogrowp.customersuccess.customers;

import io.unmogrowp.customersuccess.onboarding.OnboardingStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A pilot customer as stored. {@code launchedAt} and {@code timeToLaunchDays} are set only while launched. */
public record Customer(
        String id,
        String companyName,
        String contactEmail,
        List<String> appIds,
        Instant pilotStartedAt,
        LocalDate targetLaunchDate,
        OnboardingStage stage,
        Instant launchedAt,
        Integer timeToLaunchDays,
        boolean technicalSuccess,
        boolean businessSuccess,
        Instant createdAt,
        Instant updatedAt) {

    public boolean launched() {
        return stage == OnboardingStage.LAUNCHED;
    }

    /** Pilot counts as a success only when both the technical and the business goals are met. */
    public boolean successful() {
        return technicalSuccess && businessSuccess;
    }
}
