package io.unmogrowp.customersuccess.onboarding.rest;

import io.unmogrowp.customersuccess.customers.Customer;
import io.unmogrowp.customersuccess.customers.service.CustomerService;
import io.unmogrowp.customersuccess.onboarding.OnboardingStage;
import io.unmogrowp.customersuccess.onboarding.service.OnboardingService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/customers/{id}/stage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StageResource {

    private final OnboardingService onboarding;
    private final CustomerService customers;

    public StageResource(OnboardingService onboarding, CustomerService customers) {
        this.onboarding = onboarding;
        this.customers = customers;
    }

    @POST
    public StageView change(@PathParam("id") String id,
                            @NotNull(message = "a JSON body is required") @Valid StageChangeRequest request) {
        OnboardingStage target = OnboardingStage.fromWire(request.stage()).orElseThrow();
        Customer moved = onboarding.changeStage(id, target, request.reason());
        return StageView.of(moved, onboarding.history(id));
    }

    @GET
    public StageView current(@PathParam("id") String id) {
        return StageView.of(customers.get(id), onboarding.history(id));
    }
}
