package io.unmogrowp.ingestion.links.rest;

import io.unmogrowp.ingestion.errors.rest.ErrorBody;
import io.unmogrowp.ingestion.links.service.TouchOutcome;
import io.unmogrowp.ingestion.links.service.TouchRequest;
import io.unmogrowp.ingestion.links.service.TrackingLinkService;
import io.unmogrowp.ingestion.links.service.UnknownApp;
import io.unmogrowp.ingestion.net.ClientAddressResolver;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Tracking links placed in ads: {@code GET /v1/click} records a click and sends the user on to the
 * store (302), {@code GET /v1/impression} records an impression (204). Parameter names follow the
 * conventions ad networks already use (pid, c, af_c_id, af_adset, af_ad, af_siteid).
 */
@Path("/v1")
public class TrackingLinksResource {

    private static final String NOT_FOUND_PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Link not found</title></head>
            <body><h1>This link is not valid</h1><p>The app it points to does not exist.</p></body></html>
            """;

    private final TrackingLinkService links;
    private final ClientAddressResolver addresses;

    public TrackingLinksResource(TrackingLinkService links, ClientAddressResolver addresses) {
        this.links = links;
        this.addresses = addresses;
    }

    @GET
    @Path("/click")
    public Response click(@QueryParam("app_id") String appId, @QueryParam("pid") String mediaSource,
            @QueryParam("c") String campaign, @QueryParam("af_c_id") String campaignId,
            @QueryParam("af_adset") String adset, @QueryParam("af_ad") String ad, @QueryParam("af_siteid") String siteId,
            @QueryParam("click_id") String clickId, @QueryParam("advertising_id") String advertisingId,
            @QueryParam("idfv") String idfv, @QueryParam("android_id") String androidId,
            @HeaderParam(HttpHeaders.USER_AGENT) String userAgent, @HeaderParam("X-Forwarded-For") String forwardedFor,
            @Context HttpServerRequest http) {
        TouchOutcome outcome = links.click(new TouchRequest(appId, mediaSource, campaign, campaignId, adset, ad, siteId,
                clickId, advertisingId, idfv, androidId, clientIp(http, forwardedFor), userAgent, http.query()));
        if (outcome.redirect() == null) {
            return Response.noContent().build();
        }
        // The user always reaches the store; a click that broke a rule is in events.rejected, not in the referrer.
        return Response.status(Response.Status.FOUND).location(outcome.redirect())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/impression")
    public Response impression(@QueryParam("app_id") String appId, @QueryParam("pid") String mediaSource,
            @QueryParam("c") String campaign, @QueryParam("af_c_id") String campaignId,
            @QueryParam("af_adset") String adset, @QueryParam("af_ad") String ad, @QueryParam("af_siteid") String siteId,
            @QueryParam("advertising_id") String advertisingId, @QueryParam("idfv") String idfv,
            @QueryParam("android_id") String androidId, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent,
            @HeaderParam("X-Forwarded-For") String forwardedFor, @Context HttpServerRequest http) {
        links.impression(new TouchRequest(appId, mediaSource, campaign, campaignId, adset, ad, siteId, null,
                advertisingId, idfv, androidId, clientIp(http, forwardedFor), userAgent, http.query()));
        return Response.noContent().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @ServerExceptionMapper
    public Response unknownApp(UnknownApp unknown, HttpHeaders headers) {
        boolean wantsJson = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType());
        if (wantsJson) {
            return Response.status(404).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(404, "not_found", "unknown_app", "app_id", unknown.getMessage())).build();
        }
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE).entity(NOT_FOUND_PAGE).build();
    }

    private String clientIp(HttpServerRequest http, String forwardedFor) {
        return addresses.resolve(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(), forwardedFor);
    }
}
