package io.unmogrowp.customersuccess.health.service;

import io.unmogrowp.customersuccess.config.CstConfig;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.health.CustomerSignals;
import io.unmogrowp.customersuccess.health.HealthScore;
import io.unmogrowp.customersuccess.health.repository.CustomerSignalsRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

@ApplicationScoped
public class HealthScoreService {

    private final CustomerSignalsRepository signals;
    private final HealthScoreCalculator calculator;
    private final CstConfig config;
    private final Clock clock;

    public HealthScoreService(CustomerSignalsRepository signals, HealthScoreCalculator calculator, CstConfig config, Clock clock) {
        this.signals = signals;
        this.calculator = calculator;
        this.config = config;
        this.clock = clock;
    }

    public HealthScore healthOf(String customerId) {
        CustomerSignals customer = signals.findById(customerId, satisfactionSince())
                .orElseThrow(() -> CustomerService.notFound(customerId));
        return calculator.compute(customer, today());
    }

    /** Signals of every customer, oldest first; the metrics refresh and the pilot summary share it. */
    public List<CustomerSignals> allSignals() {
        return signals.findAll(satisfactionSince());
    }

    public HealthScore compute(CustomerSignals customer) {
        return calculator.compute(customer, today());
    }

    private Instant satisfactionSince() {
        return clock.instant().minus(config.metrics().satisfactionWindowDays(), ChronoUnit.DAYS);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
