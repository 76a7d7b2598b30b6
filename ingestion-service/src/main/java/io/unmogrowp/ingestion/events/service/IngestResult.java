package io.unmogrowp.ingestion.events.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The 202 answer: how many events were accepted and why each other one was not. */
public record IngestResult(int accepted, List<RejectedEvent> rejected) {

    /** One refused event of the batch; {@code error} is the reason code. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RejectedEvent(int index, @JsonProperty("event_id") String eventId, String field, String error, String message) {
    }

    public boolean partial() {
        return !rejected.isEmpty();
    }
}
