package io.unmogrowp.gateway.attributions.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.unmogrowp.gateway.attributions.service.AttributionLookupService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/** The decision for one install or conversion; 404 not_decided until the engine has decided it. */
@Path("/api/v1/apps/{app_id}/attributions")
@Produces(MediaType.APPLICATION_JSON)
public class AttributionResource {

    private final AttributionLookupService lookup;

    public AttributionResource(AttributionLookupService lookup) {
        this.lookup = lookup;
    }

    @GET
    @Path("/{conversion_event_id}")
    public Map<String, JsonNode> decision(@PathParam("app_id") String appId,
                                          @PathParam("conversion_event_id") String conversionEventId) {
        return lookup.decision(appId, conversionEventId);
    }
}
