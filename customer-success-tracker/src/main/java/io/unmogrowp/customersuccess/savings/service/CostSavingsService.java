package io.unmogrowp.customersuccess.savings.service;

import io.unmogrowp.customersuccess.common.rest.ApiException;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.savings.CostBaseline;
import io.unmogrowp.customersuccess.savings.repository.CostBaselineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class CostSavingsService {

    private final CostBaselineRepository baselines;
    private final CustomerRepository customers;
    private final Clock clock;

    public CostSavingsService(CostBaselineRepository baselines, CustomerRepository customers, Clock clock) {
        this.baselines = baselines;
        this.customers = customers;
        this.clock = clock;
    }

    /** Records a new comparison; earlier ones stay as history and the newest one is current. */
    @Transactional
    public CostBaseline record(String customerId, BigDecimal previousMonthlyCost, BigDecimal currentMonthlyCost, String currency) {
        requireCustomer(customerId);
        CostBaseline baseline = new CostBaseline(customerId,
                previousMonthlyCost.setScale(2, RoundingMode.HALF_UP),
                currentMonthlyCost.setScale(2, RoundingMode.HALF_UP),
                currency,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        baselines.insert(baseline);
        return baseline;
    }

    public CostBaseline current(String customerId) {
        requireCustomer(customerId);
        return baselines.latest(customerId)
                .orElseThrow(() -> ApiException.notFound("cost_savings", "no cost savings recorded for customer " + customerId));
    }

    private void requireCustomer(String customerId) {
        if (!customers.exists(customerId)) {
            throw CustomerService.notFound(customerId);
        }
    }
}
