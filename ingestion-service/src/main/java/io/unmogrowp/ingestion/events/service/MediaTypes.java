package io.unmogrowp.ingestion.events.service;

import java.util.Locale;
import java.util.Optional;

/** The two accepted body formats, recognised from Content-Type (parameters such as charset ignored). */
public enum MediaTypes {
    JSON, NDJSON;

    public static Optional<MediaTypes> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/json" -> Optional.of(JSON);
            case "application/x-ndjson", "application/ndjson" -> Optional.of(NDJSON);
            default -> Optional.empty();
        };
    }
}
