package io.unmogrowp.customersuccess.customers.rest;

import io.unmogrowp.customersuccess.customers.AppIds;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Partial update: fields left out (or null) keep their value. The stage changes only through the stage endpoint. */
public record UpdateCustomerRequest(
        @Size(min = 1, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String companyName,
        @Email @Size(min = 3, max = 320) String contactEmail,
        @Size(max = 50) List<@NotNull @Pattern(regexp = AppIds.PATTERN, message = AppIds.PATTERN_MESSAGE) String> appIds,
        OffsetDateTime pilotStartedAt,
        LocalDate targetLaunchDate,
        Boolean technicalSuccess,
        Boolean businessSuccess) {
}
