package io.unmogrowp.ingestion.events.rest;

import io.unmogrowp.ingestion.auth.service.ApiKeyAuthenticator;
import io.unmogrowp.ingestion.auth.service.SignatureVerifier;
import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.events.service.IngestRequest;
import io.unmogrowp.ingestion.events.service.IngestResult;
import io.unmogrowp.ingestion.events.service.IngestionService;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import io.unmogrowp.ingestion.net.ClientAddressResolver;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code POST /v1/events}: a JSON batch or NDJSON; 202 once every record is acknowledged by Kafka. */
@Path("/v1/events")
public class EventsResource {

    private final IngestionService ingestion;
    private final ClientAddressResolver addresses;
    private final IngestionMetrics metrics;

    public EventsResource(IngestionService ingestion, ClientAddressResolver addresses, IngestionMetrics metrics) {
        this.ingestion = ingestion;
        this.addresses = addresses;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Response ingest(byte[] body,
            @HeaderParam(ApiKeyAuthenticator.HEADER) String apiKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(SignatureVerifier.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignatureVerifier.SIGNATURE_HEADER) String signature,
            @HeaderParam("X-Forwarded-For") String forwardedFor,
            @Context HttpServerRequest http) {
        long start = System.nanoTime();
        metrics.requestStarted();
        String outcome = "accepted";
        try {
            String clientIp = addresses.resolve(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                    forwardedFor);
            IngestResult result = ingestion.ingest(new IngestRequest(apiKey, contentType, timestamp, signature,
                    body == null ? new byte[0] : body, clientIp));
            outcome = result.partial() ? "partial" : "accepted";
            return Response.accepted(result).build();
        } catch (RequestRejected rejected) {
            outcome = rejected.outcome();
            throw rejected;
        } finally {
            metrics.requestFinished(start, outcome);
        }
    }
}
