package io.unmogrowp.gateway.apps.service;

/** The body of POST /api/v1/apps. */
public record AppDraft(String name, String platform, String storeUrl, SettingsPatch settings) {
}
