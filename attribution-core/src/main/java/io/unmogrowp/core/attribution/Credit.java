package io.unmogrowp.core.attribution;

/** The share of one conversion a model gives one touchpoint; a path's credits sum to 1. */
public record Credit(AttributionModel model, String touchpointEventId, String mediaSource, String campaign, double credit) {
}
