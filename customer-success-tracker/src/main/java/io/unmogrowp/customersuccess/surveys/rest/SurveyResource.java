package io.unmogrowp.customersuccess.surveys.rest;

import io.unmogrowp.customersuccess.surveys.SurveyResponse;
import io.unmogrowp.customersuccess.surveys.service.SurveyService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.ResponseStatus;

import java.util.List;

@Path("/api/v1/customers/{id}/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final SurveyService surveys;

    public SurveyResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    @POST
    @ResponseStatus(201)
    public SurveyResponse submit(@PathParam("id") String id,
                                 @NotNull(message = "a JSON body is required") @Valid SubmitSurveyRequest request) {
        return surveys.submit(id, request.score(), request.comment(),
                request.submittedAt() == null ? null : request.submittedAt().toInstant());
    }

    @GET
    public List<SurveyResponse> list(@PathParam("id") String id) {
        return surveys.list(id);
    }
}
