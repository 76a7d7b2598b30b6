package io.unmogrowp.engine.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Reads the test database of the real local ClickHouse over its HTTP interface. */
final class ClickHouseTestClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    static String query(String sql) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:8123/?database=unmogrowp_test&query="
                + URLEncoder.encode(sql, StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("ClickHouse answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().trim();
    }

    /** Polls until the query returns the expected text or the timeout passes; returns the last answer. */
    static String await(String sql, String expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = query(sql);
                if (expected.equals(last)) {
                    return last;
                }
            } catch (IOException e) {
                last = e.getMessage();
            }
            Thread.sleep(250);
        }
        return last;
    }
}
