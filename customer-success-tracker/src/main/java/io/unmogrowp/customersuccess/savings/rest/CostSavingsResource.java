package io.unmogrowp.customersuccess.savings.rest;

import io.unmogrowp.customersuccess.savings.service.CostSavingsService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/customers/{id}/cost-savings")
@Produces(MediaType.APPLICATION_JSON)
public class CostSavingsResource {

    private final CostSavingsService savings;

    public CostSavingsResource(CostSavingsService savings) {
        this.savings = savings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CostSavingsView record(@PathParam("id") String id,
                                  @NotNull(message = "a JSON body is required") @Valid CostSavingsRequest request) {
        return CostSavingsView.of(savings.record(id, request.previousMonthlyCost(), request.currentMonthlyCost(), request.currency()));
    }

    @GET
    public CostSavingsView current(@PathParam("id") String id) {
        return CostSavingsView.of(savings.current(id));
    }
}
