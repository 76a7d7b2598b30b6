package io.unmogrowp.ingestion.events.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.unmogrowp.ingestion.auth.service.ApiKeyAuthenticator;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import io.unmogrowp.ingestion.errors.rest.ErrorBody;
import io.unmogrowp.ingestion.events.service.IngestionService;
import io.unmogrowp.ingestion.metrics.IngestionMetrics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Reads the body of {@code POST /v1/events} before the endpoint runs, holding at most
 * {@code ingestion.limits.max-body-bytes}. A larger body, declared or chunked, is answered here
 * with the JSON 413 and dead-lettered with its first bytes; the rest is discarded unread into
 * memory and the connection closed. It runs before the HTTP layer's own limit (which would answer
 * a bare 413), so every size gets the documented answer.
 */
@ApplicationScoped
public class EventsBodyReader {

    /** Where the endpoint finds the body in the routing context. */
    static final String BODY = "ingestion.body";
    /** When the request's headers arrived (System.nanoTime): its processing time is measured from receipt. */
    static final String RECEIVED = "ingestion.received";

    private final IngestionService ingestion;
    private final IngestionMetrics metrics;
    private final ObjectMapper json;
    private final int limit;

    public EventsBodyReader(IngestionService ingestion, IngestionMetrics metrics, ObjectMapper json,
            IngestionConfig config) {
        this.ingestion = ingestion;
        this.metrics = metrics;
        this.json = json;
        this.limit = config.limits().maxBodyBytes();
    }

    void register(@Observes Router router) {
        router.post(EventsResource.PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::read);
    }

    private void read(RoutingContext routing) {
        long start = System.nanoTime();
        HttpServerRequest request = routing.request();
        BoundedBody body = new BoundedBody(limit, declaredLength(request), IngestionService.DEAD_LETTER_BODY_BYTES);
        routing.put(RECEIVED, start);
        if (request.isEnded()) {
            routing.put(BODY, body.bytes());
            routing.next();
            return;
        }
        request.handler(chunk -> {
            if (body.add(chunk)) {
                refuse(routing, body, start);
            }
        });
        request.endHandler(ignored -> {
            if (body.tooLarge()) {
                refuse(routing, body, start);
            } else {
                routing.put(BODY, body.bytes());
                routing.next();
            }
        });
        // A sender that gives up mid-body has no one left to answer; the held bytes go with the request.
        request.exceptionHandler(ignored -> { });
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            routing.response().writeContinue();
        }
        request.resume();
    }

    /** Answers once the dead letter is stored (or could not be), as every other refused request is. */
    private void refuse(RoutingContext routing, BoundedBody body, long start) {
        metrics.requestStarted();
        HttpServerRequest request = routing.request();
        // Drain, do not buffer: closing while the sender still writes would make most clients miss the answer.
        request.handler(ignored -> { });
        request.endHandler(ignored -> closeWhenDone(routing));
        RequestRejected rejected = RequestRejected.tooLarge("body_too_large", "body", "the body is "
                + body.sizeText(request.isEnded()) + " bytes; at most " + limit + " are accepted");
        Context context = Vertx.currentContext();
        ingestion.refuseBody(request.getHeader(ApiKeyAuthenticator.HEADER), rejected, body.bytes())
                .whenComplete((ignored, failure) -> context.runOnContext(v -> {
                    answer(routing.response(), rejected);
                    metrics.requestFinished(start, rejected.outcome());
                    closeWhenDone(routing);
                }));
    }

    private void answer(HttpServerResponse response, RequestRejected rejected) {
        try {
            response.setStatusCode(rejected.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(json.writeValueAsBytes(ErrorBody.of(rejected))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an error body is plain strings and numbers", e);
        }
    }

    /** The connection goes once the answer is written and the rest of the body has been read past. */
    private static void closeWhenDone(RoutingContext routing) {
        if (routing.request().isEnded() && routing.response().ended()) {
            routing.request().connection().close();
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec refuses such a request before it gets here
        }
    }
}
