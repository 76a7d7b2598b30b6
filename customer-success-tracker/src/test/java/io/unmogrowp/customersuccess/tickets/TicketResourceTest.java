package io.unmogrowp.customersuccess.tickets;

import io.quarkus.test.junit.QuarkusTest;
import io.unmogrowp.customersuccess.support.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.unmogrowp.customersuccess.support.Api.operator;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class TicketResourceTest {

    private static String open(String customerId, String priority, String subject) {
        return operator().body(Map.of("priority", priority, "subject", subject))
                .post("/api/v1/customers/" + customerId + "/tickets")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void opensListsAndResolvesTickets() {
        String id = Api.createCustomer();
        operator().body(Map.of("priority", "urgent", "subject", "Installs not attributed"))
                .post("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(201)
                .body("id", matchesPattern("tkt_[0-9a-f]{24}"))
                .body("customer_id", equalTo(id))
                .body("priority", equalTo("urgent"))
                .body("status", equalTo("open"))
                .body("opened_at", notNullValue())
                .body("resolved_at", nullValue());
        String low = open(id, "low", "Typo in the dashboard");

        operator().get("/api/v1/customers/" + id + "/tickets").then().statusCode(200).body("$", hasSize(2));

        operator().post("/api/v1/customers/" + id + "/tickets/" + low + "/resolve")
                .then().statusCode(200).body("status", equalTo("resolved")).body("resolved_at", notNullValue());

        operator().queryParam("status", "open").get("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].priority", equalTo("urgent"));
        operator().queryParam("status", "resolved").get("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(low));
    }

    @Test
    void resolvingTwiceIs409() {
        String id = Api.createCustomer();
        String ticket = open(id, "normal", "Question about postbacks");
        operator().post("/api/v1/customers/" + id + "/tickets/" + ticket + "/resolve").then().statusCode(200);
        operator().post("/api/v1/customers/" + id + "/tickets/" + ticket + "/resolve")
                .then().statusCode(409).body("status", is(409)).body("error", equalTo("ticket_already_resolved"));
    }

    @Test
    void anotherCustomersTicketIs404() {
        String owner = Api.createCustomer();
        String stranger = Api.createCustomer();
        String ticket = open(owner, "high", "Data export fails");
        operator().post("/api/v1/customers/" + stranger + "/tickets/" + ticket + "/resolve")
                .then().statusCode(404).body("field", equalTo("ticket_id"));
    }

    @Test
    void unknownTicketIs404() {
        String id = Api.createCustomer();
        operator().post("/api/v1/customers/" + id + "/tickets/tkt_000000000000000000000000/resolve")
                .then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void unknownCustomerIs404() {
        operator().body(Map.of("priority", "low", "subject", "x")).post("/api/v1/customers/cus_aaaaaaaaaaaaaaaaaaaaaaaa/tickets")
                .then().statusCode(404).body("field", equalTo("id"));
        operator().get("/api/v1/customers/cus_aaaaaaaaaaaaaaaaaaaaaaaa/tickets").then().statusCode(404);
    }

    @Test
    void invalidPriorityIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("priority", "critical", "subject", "Down")).post("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(400).body("field", equalTo("priority"))
                .body("reason", equalTo("must be one of low, normal, high, urgent"));
    }

    @Test
    void blankSubjectIs400() {
        String id = Api.createCustomer();
        operator().body(Map.of("priority", "low", "subject", " ")).post("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(400).body("field", equalTo("subject"));
    }

    @Test
    void invalidStatusFilterIs400() {
        String id = Api.createCustomer();
        operator().queryParam("status", "closed").get("/api/v1/customers/" + id + "/tickets")
                .then().statusCode(400).body("field", equalTo("status"));
    }
}
