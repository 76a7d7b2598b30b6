package io.unmogrowp.gateway.apps.rest;

import io.unmogrowp.gateway.apps.service.AppDraft;
import io.unmogrowp.gateway.apps.service.AppService;
import io.unmogrowp.gateway.apps.service.IssuedKey;
import io.unmogrowp.gateway.apps.service.SettingsPatch;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.List;

/** Apps, ingest keys and settings; operator token required (see OperatorTokenFilter). */
@Path("/api/v1/apps")
@Produces(MediaType.APPLICATION_JSON)
public class AppResource {

    private final AppService apps;

    public AppResource(AppService apps) {
        this.apps = apps;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AppDraft draft, @Context UriInfo uriInfo) {
        IssuedKey created = apps.create(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.details().app().appId()).build())
                .entity(CreatedAppView.of(created))
                .build();
    }

    @GET
    public List<AppView> list() {
        return apps.list().stream().map(AppView::of).toList();
    }

    @GET
    @Path("/{app_id}")
    public AppView get(@PathParam("app_id") String appId) {
        return AppView.of(apps.get(appId));
    }

    @POST
    @Path("/{app_id}/keys")
    public Response rotateKey(@PathParam("app_id") String appId) {
        return Response.status(Response.Status.CREATED).entity(IssuedKeyView.of(apps.rotateKey(appId))).build();
    }

    @DELETE
    @Path("/{app_id}/keys/{key_id}")
    public Response revokeKey(@PathParam("app_id") String appId, @PathParam("key_id") String keyId) {
        apps.revokeKey(appId, keyId);
        return Response.noContent().build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{app_id}/settings")
    public AppView updateSettings(@PathParam("app_id") String appId, SettingsPatch patch) {
        return AppView.of(apps.updateSettings(appId, patch));
    }
}
