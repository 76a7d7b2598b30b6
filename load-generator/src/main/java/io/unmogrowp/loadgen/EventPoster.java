package io.unmogrowp.loadgen;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * Posts event batches over a fixed pool of keep-alive HTTP/1.1 connections driven by one Vert.x
 * event loop. The JDK's HttpClient opened a connection per concurrent request and added its own
 * scheduling delay to the measured tail; a bounded pool with a wait queue adds neither.
 */
final class EventPoster implements AutoCloseable {

    private final Vertx vertx;
    private final HttpClient client;
    private final RequestOptions template;
    /** From hand-off to a free pooled connection (µs): time a request waits in the generator before it is sent. */
    private final Recorder connectionWaits = LatencyMicros.recorder();

    EventPoster(String url, String apiKey, int connections) {
        URI uri = URI.create(url);
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
                .setBlockedThreadCheckInterval(TimeUnit.MINUTES.toMillis(10)));
        this.client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5000)
                .setIdleTimeout(0), new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
        this.template = new RequestOptions().setMethod(HttpMethod.POST).setHost(uri.getHost())
                .setPort(uri.getPort() < 0 ? 80 : uri.getPort()).setURI(uri.getRawPath())
                .putHeader("Content-Type", "application/json").putHeader("X-Api-Key", apiKey)
                .setTimeout(TimeUnit.SECONDS.toMillis(30));
    }

    /** Completes with the response status once the whole response has been read. */
    CompletionStage<Integer> post(Buffer body) {
        CompletableFuture<Integer> status = new CompletableFuture<>();
        long handedOff = System.nanoTime();
        client.request(new RequestOptions(template))
                .compose(request -> {
                    connectionWaits.recordValue(LatencyMicros.clamp((System.nanoTime() - handedOff) / 1000));
                    return request.send(body);
                })
                .compose(response -> response.body().map(ignored -> response.statusCode()))
                .onComplete(result -> {
                    if (result.succeeded()) {
                        status.complete(result.result());
                    } else {
                        status.completeExceptionally(result.cause());
                    }
                });
        return status;
    }

    /** The connection waits since the last call. */
    Histogram connectionWaits() {
        return connectionWaits.getIntervalHistogram();
    }

    @Override
    public void close() {
        client.close().toCompletionStage().toCompletableFuture().join();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
