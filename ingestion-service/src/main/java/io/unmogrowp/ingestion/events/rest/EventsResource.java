package io.unmogrowp.ingestion.events.rest;

import io.unmogrowp.ingestion.auth.service.ApiKeyAuthenticator;
import io.unmogrowp.ingestion.auth.service.SignatureVerifier;
import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.events.service.IngestRequest;
import io.unmogrowp.ingestion.events.service.IngestResult;
import io.unmogrowp.ingestion.events.service.IngestionService;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import io.unmogrowp.ingestion.net.ClientAddressResolver;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /v1/events}: a JSON batch or NDJSON; 202 once every record is acknowledged by Kafka.
 * The body was read, within its size limit, by {@link EventsBodyReader}.
 */
@Path(EventsResource.PATH)
public class EventsResource {

    static final String PATH = "/v1/events";

    private final IngestionService ingestion;
    private final ClientAddressResolver addresses;
    private final IngestionMetrics metrics;

    public EventsResource(IngestionService ingestion, ClientAddressResolver addresses, IngestionMetrics metrics) {
        this.ingestion = ingestion;
        this.addresses = addresses;
        this.metrics = metrics;
    }

    /**
     * Runs on the event loop: parsing, validating and handing records to the producer never block
     * (see RecordSender), and the answer is written when the producer's callbacks report every
     * acknowledgement. A worker thread per request, parked on the acknowledgements, cost a quarter
     * of the service's CPU in hand-offs and thread switches (measured: 134k -> 178k events per CPU-second).
     */
    @POST
    @NonBlocking
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public CompletionStage<Response> ingest(@Context RoutingContext routing,
            @HeaderParam(ApiKeyAuthenticator.HEADER) String apiKey,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(SignatureVerifier.TIMESTAMP_HEADER) String timestamp,
            @HeaderParam(SignatureVerifier.SIGNATURE_HEADER) String signature,
            @HeaderParam("X-Forwarded-For") String forwardedFor,
            @Context HttpServerRequest http) {
        Long received = routing.get(EventsBodyReader.RECEIVED);
        long start = received == null ? System.nanoTime() : received;
        // Taken out, not just read: the routing context lives until the answer, the body need not.
        byte[] body = routing.remove(EventsBodyReader.BODY);
        metrics.requestStarted();
        CompletionStage<IngestResult> result;
        try {
            String clientIp = addresses.resolve(http.remoteAddress() == null ? null : http.remoteAddress().hostAddress(),
                    forwardedFor);
            result = ingestion.ingest(new IngestRequest(apiKey, contentType, timestamp, signature,
                    body == null ? new byte[0] : body, clientIp));
        } catch (RuntimeException e) {
            metrics.requestFinished(start, e instanceof RequestRejected rejected ? rejected.outcome() : "error");
            throw e;
        }
        // Acknowledgements arrive on the producer's I/O thread: answer on the request's own event loop, so writing
        // responses and counting metrics never delays the producer's network loop.
        io.vertx.core.Context requestContext = Vertx.currentContext();
        CompletableFuture<Response> response = new CompletableFuture<>();
        result.whenComplete((accepted, failure) -> {
            if (requestContext == null) {
                answer(response, start, accepted, failure);
            } else {
                requestContext.runOnContext(ignored -> answer(response, start, accepted, failure));
            }
        });
        return response;
    }

    private void answer(CompletableFuture<Response> response, long start, IngestResult accepted, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause == null) {
            metrics.requestFinished(start, accepted.partial() ? "partial" : "accepted");
            response.complete(Response.accepted(accepted).build());
        } else {
            metrics.requestFinished(start, cause instanceof RequestRejected rejected ? rejected.outcome() : "error");
            response.completeExceptionally(cause);
        }
    }
}
