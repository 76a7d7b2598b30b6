package io.unmogrowp.customersuccess.savings.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.math.BigDecimal;

/** Monthly spend on attribution before the pilot and with UnMoGrowP, in one ISO 4217 currency. */
public record CostSavingsRequest(
        @NotNull @DecimalMin(value = "0.01", message = "must be greater than 0")
        @DecimalMax(value = "999999999999.99", message = "is too large") BigDecimal previousMonthlyCost,
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = "999999999999.99", message = "is too large") BigDecimal currentMonthlyCost,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be a 3-letter ISO 4217 code such as USD") String currency) {
}
