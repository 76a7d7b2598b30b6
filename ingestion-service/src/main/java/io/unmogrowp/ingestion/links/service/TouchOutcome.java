package io.unmogrowp.ingestion.links.service;

import java.net.URI;

/**
 * What a tracking link did: whether the touch was recorded (false when it broke a rule and went to
 * events.rejected), its click id, and where to send the user (null when the app has no store URL).
 */
public record TouchOutcome(boolean recorded, String clickId, URI redirect) {
}
