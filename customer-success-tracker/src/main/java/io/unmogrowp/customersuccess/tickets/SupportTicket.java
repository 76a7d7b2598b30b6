package io.unmogrowp.customersuccess.tickets;

import java.time.Instant;

public record SupportTicket(
        String id,
        String customerId,
        TicketPriority priority,
        String subject,
        TicketStatus status,
        Instant openedAt,
        Instant resolvedAt) {
}
