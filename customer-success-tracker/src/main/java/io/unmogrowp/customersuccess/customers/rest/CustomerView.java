package io.unmogrowp.customersuccess.customers.rest;

import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record CustomerView(
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
        boolean successful,
        Instant createdAt,
        Instant updatedAt) {

    public static CustomerView of(Customer customer) {
        return new CustomerView(customer.id(), customer.companyName(), customer.contactEmail(), customer.appIds(),
                customer.pilotStartedAt(), customer.targetLaunchDate(), customer.stage(), customer.launchedAt(),
                customer.timeToLaunchDays(), customer.technicalSuccess(), customer.businessSuccess(),
                customer.successful(), customer.createdAt(), customer.updatedAt());
    }
}
