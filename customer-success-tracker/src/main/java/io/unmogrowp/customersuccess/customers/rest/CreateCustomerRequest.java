package io.unmogrowp.customersuccess.customers.rest;

import io.unmogrowp.customersuccess.customers.AppIds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new pilot customer. {@code pilot_started_at} defaults to now and {@code target_launch_date} to the
 * pilot start plus the time-to-launch target (14 days).
 */
public record CreateCustomerRequest(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Email @Size(max = 320) String contactEmail,
        @Size(max = 50) List<@NotNull @Pattern(regexp = AppIds.PATTERN, message = AppIds.PATTERN_MESSAGE) String> appIds,
        OffsetDateTime pilotStartedAt,
        LocalDate targetLaunchDate,
        Boolean technicalSuccess,
        Boolean businessSuccess) {
}
