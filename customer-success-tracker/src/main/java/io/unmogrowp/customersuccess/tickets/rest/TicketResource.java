package io.unmogrowp.customersuccess.tickets.rest;

import io.unmogrowp.customersuccess.tickets.SupportTicket;
import io.unmogrowp.customersuccess.tickets.TicketPriority;
import io.unmogrowp.customersuccess.tickets.service.TicketService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;
import java.util.Optional;

@Path("/api/v1/customers/{id}/tickets")
@Produces(MediaType.APPLICATION_JSON)
public class TicketResource {

    private final TicketService tickets;

    public TicketResource(TicketService tickets) {
        this.tickets = tickets;
    }

    @POST
    @ResponseStatus(201)
    @Consumes(MediaType.APPLICATION_JSON)
    public SupportTicket open(@PathParam("id") String id,
                              @NotNull(message = "a JSON body is required") @Valid OpenTicketRequest request) {
        return tickets.open(id, TicketPriority.fromWire(request.priority()), request.subject());
    }

    @GET
    public List<SupportTicket> list(@PathParam("id") String id, @QueryParam("status") String status) {
        return tickets.list(id, Optional.ofNullable(status));
    }

    @POST
    @Path("/{ticketId}/resolve")
    public SupportTicket resolve(@PathParam("id") String id, @PathParam("ticketId") String ticketId) {
        return tickets.resolve(id, ticketId);
    }
}
