package io.unmogrowp.ingestion.links.service;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The store URL with the click id in the {@code referrer} parameter: Google Play hands that
 * parameter to the installed app through the Install Referrer API, which is how an install finds
 * its click deterministically.
 */
public final class StoreRedirects {

    private StoreRedirects() {
    }

    public static URI withReferrer(String storeUrl, String clickId) {
        int hash = storeUrl.indexOf('#');
        String base = hash < 0 ? storeUrl : storeUrl.substring(0, hash);
        String fragment = hash < 0 ? "" : storeUrl.substring(hash);
        if (clickId == null) {
            return URI.create(storeUrl);
        }
        String separator = !base.contains("?") ? "?" : base.endsWith("?") || base.endsWith("&") ? "" : "&";
        String referrer = URLEncoder.encode("click_id=" + clickId, StandardCharsets.UTF_8);
        return URI.create(base + separator + "referrer=" + referrer + fragment);
    }
}
