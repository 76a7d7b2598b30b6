package io.unmogrowp.engine.topology;

import io.unmogrowp.core.event.Event;
import io.unmogrowp.engine.codec.EventWriter;
import io.unmogrowp.engine.codec.Json;

/** The {@code events.attributed} JSON (docs/contracts.md): the event, and the attribution it inherits. */
final class AttributedEventCodec {

    private AttributedEventCodec() {
    }

    /** An event of a device without a known attribution is written as {@code unattributed}. */
    static byte[] write(Event event, DeviceAttribution attribution) {
        return Json.stream(json -> {
            json.writeStartObject();
            EventWriter.writeFields(json, event);
            json.writeObjectFieldStart("attribution");
            json.writeStringField("status", attribution == null ? "unattributed" : attribution.status().wireName());
            json.writeStringField("media_source", attribution == null ? null : attribution.mediaSource());
            json.writeStringField("campaign", attribution == null ? null : attribution.campaign());
            json.writeStringField("match_type", attribution == null ? null : attribution.matchType());
            json.writeStringField("conversion_event_id", attribution == null ? null : attribution.conversionEventId());
            json.writeBooleanField("is_reengagement", attribution != null && attribution.reengagement());
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
