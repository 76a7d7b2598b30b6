package io.unmogrowp.ingestion.links.service;

/** A tracking link named an app that does not exist; nothing is recorded. */
public class UnknownApp extends RuntimeException {

    public UnknownApp(String appId) {
        super("no app with id '" + appId + "' exists", null, false, false);
    }
}
