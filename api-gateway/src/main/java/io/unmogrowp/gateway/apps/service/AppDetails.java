package io.unmogrowp.gateway.apps.service;

import io.unmogrowp.gateway.apps.repository.AppRecord;
import io.unmogrowp.gateway.apps.repository.IngestKeyRecord;

import java.util.List;

/** An app with its active ingest keys (hashes only). */
public record AppDetails(AppRecord app, List<IngestKeyRecord> activeKeys) {
}
