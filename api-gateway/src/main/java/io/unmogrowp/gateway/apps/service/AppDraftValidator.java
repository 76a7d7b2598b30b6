package io.unmogrowp.gateway.apps.service;

import io.unmogrowp.gateway.common.error.ApiException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/** Checks a new app's name, platform and store URL. */
final class AppDraftValidator {

    private static final Set<String> PLATFORMS = Set.of("android", "ios", "web");
    private static final int MAX_NAME_LENGTH = 200;
    private static final int MAX_URL_LENGTH = 2048;

    private AppDraftValidator() {
    }

    static void validate(AppDraft draft) {
        if (draft == null) {
            throw ApiException.invalid(null, "request body is required");
        }
        if (draft.name() == null || draft.name().isBlank()) {
            throw ApiException.invalid("name", "is required");
        }
        if (draft.name().length() > MAX_NAME_LENGTH) {
            throw ApiException.invalid("name", "must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (draft.platform() == null || !PLATFORMS.contains(draft.platform())) {
            throw ApiException.invalid("platform", "must be one of android, ios, web");
        }
        validateStoreUrl(draft.storeUrl());
    }

    private static void validateStoreUrl(String storeUrl) {
        if (storeUrl == null || storeUrl.isBlank()) {
            throw ApiException.invalid("store_url", "is required");
        }
        if (storeUrl.length() > MAX_URL_LENGTH) {
            throw ApiException.invalid("store_url", "must be at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(storeUrl);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null) {
                throw ApiException.invalid("store_url", "must be an absolute http or https URL");
            }
        } catch (URISyntaxException e) {
            throw ApiException.invalid("store_url", "must be an absolute http or https URL");
        }
    }
}
