package io.unmogrowp.ingestion.events.service;

/** The parts of an HTTP request that ingestion looks at. */
public record IngestRequest(String apiKey, String contentType, String timestamp, String signature, byte[] body,
        String clientIp) {
}
