package io.unmogrowp.customersuccess.onboarding.service;

import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.StageTransition;
import io.unmogrowp.customersuccess.onboarding.TimeToLaunch;
import io.unmogrowp.customersuccess.onboarding.repository.StageHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class OnboardingService {

    private final CustomerRepository customers;
    private final StageHistoryRepository stageHistory;
    private final Clock clock;

    public OnboardingService(CustomerRepository customers, StageHistoryRepository stageHistory, Clock clock) {
        this.customers = customers;
        this.stageHistory = stageHistory;
        this.clock = clock;
    }

    /** Moves the customer to {@code target}; launching records the time to launch, leaving launch clears it. */
    @Transactional
    public Customer changeStage(String customerId, OnboardingStage target, String reason) {
        Customer current = customers.findByIdForUpdate(customerId).orElseThrow(() -> CustomerService.notFound(customerId));
        StageTransitionPolicy.check(current.stage(), target, reason);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean launching = target == OnboardingStage.LAUNCHED;
        Customer moved = new Customer(
                current.id(), current.companyName(), current.contactEmail(), current.appIds(),
                current.pilotStartedAt(), current.targetLaunchDate(),
                target,
                launching ? now : null,
                launching ? Integer.valueOf(TimeToLaunch.days(current.pilotStartedAt(), now)) : null,
                current.technicalSuccess(), current.businessSuccess(), current.createdAt(), now);
        customers.update(moved);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        stageHistory.record(customerId, current.stage(), target, cleanReason, now);
        return moved;
    }

    public List<StageTransition> history(String customerId) {
        if (!customers.exists(customerId)) {
            throw CustomerService.notFound(customerId);
        }
        return stageHistory.history(customerId);
    }
}
