package io.unmogrowp.customersuccess.health.rest;

import io.unmogrowp.customersuccess.health.HealthScore;
import io.unmogrowp.customersuccess.health.service.HealthScoreService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/customers/{id}/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthScoreResource {

    private final HealthScoreService health;

    public HealthScoreResource(HealthScoreService health) {
        this.health = health;
    }

    @GET
    public HealthScore health(@PathParam("id") String id) {
        return health.healthOf(id);
    }
}
