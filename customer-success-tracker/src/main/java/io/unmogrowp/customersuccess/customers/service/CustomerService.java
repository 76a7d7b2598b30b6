package io.unmogrowp.customersuccess.customers.service;

import io.unmogrowp.customersuccess.common.Ids;
import io.unmogrowp.customersuccess.common.rest.ApiException;
import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.customers.repository.DuplicateCompanyNameException;
import io.unmogrowp.customersuccess.customers.rest.CreateCustomerRequest;
import io.unmogrowp.customersuccess.customers.rest.UpdateCustomerRequest;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.TimeToLaunch;
import io.unmogrowp.customersuccess.onboarding.repository.StageHistoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CustomerService {

    private final CustomerRepository customers;
    private final StageHistoryRepository stageHistory;
    private final CstConfig config;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, StageHistoryRepository stageHistory, CstConfig config, Clock clock) {
        this.customers = customers;
        this.stageHistory = stageHistory;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Customer create(CreateCustomerRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant pilotStartedAt = Optional.ofNullable(request.pilotStartedAt()).map(OffsetDateTime::toInstant).orElse(now);
        LocalDate targetLaunchDate = Optional.ofNullable(request.targetLaunchDate())
                .orElse(startDate(pilotStartedAt).plusDays(config.targets().timeToLaunchDays()));
        Customer customer = new Customer(
                Ids.newId("cus_"),
                request.companyName().strip(),
                request.contactEmail().strip(),
                request.appIds() == null ? List.of() : List.copyOf(request.appIds()),
                pilotStartedAt,
                targetLaunchDate,
                OnboardingStage.DISCOVERY,
                null,
                null,
                Boolean.TRUE.equals(request.technicalSuccess()),
                Boolean.TRUE.equals(request.businessSuccess()),
                now,
                now);
        requireTargetNotBeforeStart(customer);
        try {
            customers.insert(customer);
        } catch (DuplicateCompanyNameException e) {
            throw duplicateName(customer.companyName());
        }
        stageHistory.record(customer.id(), null, OnboardingStage.DISCOVERY, null, now);
        return customer;
    }

    public Customer get(String id) {
        return customers.findById(id).orElseThrow(() -> notFound(id));
    }

    public List<Customer> list(Optional<String> stage) {
        Optional<OnboardingStage> filter = stage.map(value -> OnboardingStage.fromWire(value)
                .orElseThrow(() -> ApiException.invalid("stage", "must be one of " + OnboardingStage.allowedValues())));
        return customers.list(filter);
    }

    @Transactional
    public Customer update(String id, UpdateCustomerRequest request) {
        Customer current = customers.findByIdForUpdate(id).orElseThrow(() -> notFound(id));
        Instant pilotStartedAt = request.pilotStartedAt() == null ? current.pilotStartedAt() : request.pilotStartedAt().toInstant();
        // A moved pilot start changes how long a launched customer took to launch.
        Integer timeToLaunchDays = current.launched()
                ? Integer.valueOf(TimeToLaunch.days(pilotStartedAt, current.launchedAt()))
                : null;
        Customer updated = new Customer(
                current.id(),
                request.companyName() == null ? current.companyName() : request.companyName().strip(),
                request.contactEmail() == null ? current.contactEmail() : request.contactEmail().strip(),
                request.appIds() == null ? current.appIds() : List.copyOf(request.appIds()),
                pilotStartedAt,
                request.targetLaunchDate() == null ? current.targetLaunchDate() : request.targetLaunchDate(),
                current.stage(),
                current.launchedAt(),
                timeToLaunchDays,
                request.technicalSuccess() == null ? current.technicalSuccess() : request.technicalSuccess(),
                request.businessSuccess() == null ? current.businessSuccess() : request.businessSuccess(),
                current.createdAt(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        requireTargetNotBeforeStart(updated);
        try {
            customers.update(updated);
        } catch (DuplicateCompanyNameException e) {
            throw duplicateName(updated.companyName());
        }
        return updated;
    }

    @Transactional
    public void delete(String id) {
        if (!customers.delete(id)) {
            throw notFound(id);
        }
    }

    private static void requireTargetNotBeforeStart(Customer customer) {
        if (customer.targetLaunchDate().isBefore(startDate(customer.pilotStartedAt()))) {
            throw ApiException.invalid("target_launch_date", "must not be before the pilot start date");
        }
    }

    private static LocalDate startDate(Instant pilotStartedAt) {
        return LocalDate.ofInstant(pilotStartedAt, ZoneOffset.UTC);
    }

    private static ApiException duplicateName(String companyName) {
        return ApiException.conflict("duplicate_company_name", "company_name",
                "a customer named '" + companyName + "' already exists");
    }

    public static ApiException notFound(String id) {
        return ApiException.notFound("id", "no customer with id " + id);
    }
}
