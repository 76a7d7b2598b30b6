package io.unmogrowp.customersuccess.onboarding.rest;

import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.StageTransition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record StageView(
        String customerId,
        OnboardingStage stage,
        Instant pilotStartedAt,
        LocalDate targetLaunchDate,
        Instant launchedAt,
        Integer timeToLaunchDays,
        List<StageTransition> history) {

    static StageView of(Customer customer, List<StageTransition> history) {
        return new StageView(customer.id(), customer.stage(), customer.pilotStartedAt(), customer.targetLaunchDate(),
                customer.launchedAt(), customer.timeToLaunchDays(), history);
    }
}
