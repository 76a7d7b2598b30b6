package io.unmogrowp.e2e.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;

/** Creates apps through the gateway and waits until ingestion has received their config. */
public final class TestApps {

    public record App(String appId, String ingestKey) {
    }

    private TestApps() {
    }

    public static App create(Platform platform, String name) throws InterruptedException {
        Response created = given().baseUri(platform.gateway.baseUrl())
                .header("Authorization", "Bearer " + Platform.ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "platform", "android",
                        "store_url", "https://play.google.com/store/apps/details?id=com.example.e2e"))
                .post("/api/v1/apps");
        if (created.statusCode() != 201) {
            throw new AssertionError("creating an app answered " + created.statusCode() + ": " + created.asString());
        }
        App app = new App(created.path("app_id"), created.path("ingest_key"));
        // The config travels gateway -> outbox -> app-config topic -> ingestion's local view.
        int status = Await.until(() -> given().baseUri(platform.ingestion.baseUrl())
                        .header("X-Api-Key", app.ingestKey()).contentType(ContentType.JSON)
                        .body(Map.of("events", java.util.List.of())).post("/v1/events").statusCode(),
                s -> s != 401, Duration.ofSeconds(30));
        if (status == 401) {
            throw new AssertionError("ingestion never learned the key of " + app.appId());
        }
        return app;
    }
}
