package io.unmogrowp.customersuccess.tickets.service;

import io.unmogrowp.customersuccess.common.Ids;
import io.unmogrowp.customersuccess.common.rest.ApiException;
import io.unmogrowp.customersuccess.customers.repository.CustomerRepository;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.tickets.SupportTicket;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import io.unmogrowp.customersuccess.tickets.TicketStatus;
import io.unmogrowp.customersuccess.tickets.repository.TicketRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final CustomerRepository customers;
    private final Clock clock;

    public TicketService(TicketRepository tickets, CustomerRepository customers, Clock clock) {
        this.tickets = tickets;
        this.customers = customers;
        this.clock = clock;
    }

    @Transactional
    public SupportTicket open(String customerId, TicketPriority priority, String subject) {
        requireCustomer(customerId);
        SupportTicket ticket = new SupportTicket(Ids.newId("tkt_"), customerId, priority, subject.strip(),
                TicketStatus.OPEN, clock.instant().truncatedTo(ChronoUnit.MICROS), null);
        tickets.insert(ticket);
        return ticket;
    }

    public List<SupportTicket> list(String customerId, Optional<String> status) {
        Optional<TicketStatus> filter = status.map(value -> TicketStatus.fromWire(value)
                .orElseThrow(() -> ApiException.invalid("status", "must be one of open, resolved")));
        requireCustomer(customerId);
        return tickets.list(customerId, filter);
    }

    @Transactional
    public SupportTicket resolve(String customerId, String ticketId) {
        requireCustomer(customerId);
        SupportTicket ticket = tickets.findForUpdate(customerId, ticketId)
                .orElseThrow(() -> ApiException.notFound("ticket_id", "no ticket " + ticketId + " for customer " + customerId));
        if (ticket.status() == TicketStatus.RESOLVED) {
            throw ApiException.conflict("ticket_already_resolved", "ticket_id", "ticket " + ticketId + " is already resolved");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        tickets.markResolved(ticketId, now);
        return new SupportTicket(ticket.id(), ticket.customerId(), ticket.priority(), ticket.subject(),
                TicketStatus.RESOLVED, ticket.openedAt(), now);
    }

    private void requireCustomer(String customerId) {
        if (!customers.exists(customerId)) {
            throw CustomerService.notFound(customerId);
        }
    }
}
