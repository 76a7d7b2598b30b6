package io.unmogrowp.customersuccess.savings.rest;

import io.unmogrowp.customersuccess.savings.CostBaseline;

import java.math.BigDecimal;
import java.time.Instant;

public record CostSavingsView(
        String customerId,
        BigDecimal previousMonthlyCost,
        BigDecimal currentMonthlyCost,
        String currency,
        double savingsPercent,
        Instant recordedAt) {

    static CostSavingsView of(CostBaseline baseline) {
        return new CostSavingsView(baseline.customerId(), baseline.previousMonthlyCost(), baseline.currentMonthlyCost(),
                baseline.currency(), baseline.savingsPercent(), baseline.recordedAt());
    }
}
