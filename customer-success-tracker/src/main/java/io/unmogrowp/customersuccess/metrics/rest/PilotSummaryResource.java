package io.unmogrowp.customersuccess.metrics.rest;

import io.unmogrowp.customersuccess.metrics.PilotSummary;
import io.unmogrowp.customersuccess.metrics.service.PilotSummaryService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/pilot-summary")
@Produces(MediaType.APPLICATION_JSON)
public class PilotSummaryResource {

    private final PilotSummaryService summary;

    public PilotSummaryResource(PilotSummaryService summary) {
        this.summary = summary;
    }

    @GET
    public PilotSummary summary() {
        return summary.summary();
    }
}
