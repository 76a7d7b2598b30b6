package io.unmogrowp.customersuccess.customers;

import java.util.regex.Pattern;

/**
 * Platform app ids a customer owns. They end up inside ClickHouse SQL (18.16 has no server-side
 * parameters), so only this conservative alphabet is ever accepted or queried.
 */
public final class AppIds {

    public static final String PATTERN = "[A-Za-z0-9._:-]{1,128}";
    public static final String PATTERN_MESSAGE = "must match " + PATTERN;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private AppIds() {
    }

    public static boolean isValid(String appId) {
        return appId != null && COMPILED.matcher(appId).matches();
    }
}
