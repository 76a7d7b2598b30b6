package io.unmogrowp.customersuccess.tickets.rest;

import io.unmogrowp.customersuccess.tickets.TicketPriority;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record OpenTicketRequest(
        @NotBlank @Pattern(regexp = TicketPriority.PATTERN, message = "must be one of low, normal, high, urgent") String priority,
        @NotBlank @Size(max = 300) String subject) {
}
