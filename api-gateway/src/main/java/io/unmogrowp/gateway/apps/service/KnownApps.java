package io.unmogrowp.gateway.apps.service;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * App ids this instance has seen in PostgreSQL. Per-app metric tags use only these, so a client
 * sending random ids cannot blow up metric cardinality. Apps are never deleted, so ids only accumulate.
 */
@ApplicationScoped
public class KnownApps {

    private final Set<String> appIds = ConcurrentHashMap.newKeySet();

    public void remember(String appId) {
        appIds.add(appId);
    }

    public boolean contains(String appId) {
        return appIds.contains(appId);
    }
}
