package io.unmogrowp.ingestion.auth.service;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Signatures already seen inside the signing window, so a captured request cannot be replayed.
 * Bounded: entries leave when their window has passed or, under pressure, oldest first.
 */
public class ReplayCache {

    private final int capacity;
    private final LinkedHashMap<String, Instant> expiries = new LinkedHashMap<>();

    public ReplayCache(int capacity) {
        this.capacity = capacity;
    }

    /** Records the signature; false when it was already recorded and has not yet expired. */
    public synchronized boolean firstUse(String signature, Instant expiresAt, Instant now) {
        evictExpired(now);
        Instant previous = expiries.get(signature);
        if (previous != null && previous.isAfter(now)) {
            return false;
        }
        expiries.put(signature, expiresAt);
        while (expiries.size() > capacity) {
            Iterator<String> oldest = expiries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    private void evictExpired(Instant now) {
        Iterator<Map.Entry<String, Instant>> entries = expiries.entrySet().iterator();
        // Insertion order is close to expiry order (same window for all), so stop at the first live one.
        while (entries.hasNext()) {
            if (entries.next().getValue().isAfter(now)) {
                return;
            }
            entries.remove();
        }
    }

    synchronized int size() {
        return expiries.size();
    }
}
