package io.unmogrowp.customersuccess.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** Monthly cost before the pilot (the previous vendor) and now; savings are relative to the previous cost. */
public record CostBaseline(
        String customerId,
        BigDecimal previousMonthlyCost,
        BigDecimal currentMonthlyCost,
        String currency,
        Instant recordedAt) {

    /** (previous - current) / previous x 100; negative when the customer now pays more. */
    public double savingsPercent() {
        return previousMonthlyCost.subtract(currentMonthlyCost)
                .multiply(BigDecimal.valueOf(100))
                .divide(previousMonthlyCost, 4, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
