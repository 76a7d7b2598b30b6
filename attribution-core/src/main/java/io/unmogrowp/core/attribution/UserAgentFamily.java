package io.unmogrowp.core.attribution;

import java.util.Locale;

/**
 * A coarse user-agent family for fingerprints. Hand-written on purpose: the fingerprint needs only
 * a stable family name, and the checks run in a fixed order because many user agents name several
 * browsers (Edge and Samsung Internet also say "Chrome/", Chrome says "Safari/").
 */
final class UserAgentFamily {

    static final String OKHTTP = "okhttp";
    static final String CFNETWORK = "cfnetwork";
    static final String DALVIK = "dalvik";
    static final String ANDROID_WEBVIEW = "android-webview";
    static final String IOS_WEBVIEW = "ios-webview";
    static final String EDGE_MOBILE = "edge-mobile";
    static final String SAMSUNG_BROWSER = "samsung-browser";
    static final String FIREFOX_MOBILE = "firefox-mobile";
    static final String CHROME_MOBILE = "chrome-mobile";
    static final String SAFARI_MOBILE = "safari-mobile";
    static final String EDGE = "edge";
    static final String FIREFOX = "firefox";
    static final String CHROME = "chrome";
    static final String SAFARI = "safari";
    static final String OTHER = "other";

    private UserAgentFamily() {
    }

    static String of(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        boolean ios = ua.contains("iphone") || ua.contains("ipad") || ua.contains("ipod");
        boolean android = ua.contains("android");
        boolean mobile = ios || android || ua.contains("mobile");
        if (ua.startsWith("okhttp")) {
            return OKHTTP;
        }
        if (ua.contains("cfnetwork")) {
            return CFNETWORK;
        }
        if (ua.startsWith("dalvik")) {
            return DALVIK;
        }
        if (android && (ua.contains("; wv)") || (ua.contains("version/4.0") && ua.contains("chrome/")))) {
            return ANDROID_WEBVIEW;
        }
        if (ua.contains("edga/") || ua.contains("edgios/")) {
            return EDGE_MOBILE;
        }
        if (ua.contains("edg/") || ua.contains("edge/")) {
            return mobile ? EDGE_MOBILE : EDGE;
        }
        if (ua.contains("samsungbrowser/")) {
            return SAMSUNG_BROWSER;
        }
        if (ua.contains("fxios/") || ua.contains("firefox/")) {
            return mobile ? FIREFOX_MOBILE : FIREFOX;
        }
        if (ua.contains("crios/") || ua.contains("chrome/")) {
            return mobile ? CHROME_MOBILE : CHROME;
        }
        if (ios && ua.contains("applewebkit/")) {
            // Mobile Safari names itself; an in-app WKWebView leaves out "Version/" and "Safari/".
            return ua.contains("safari/") && ua.contains("version/") ? SAFARI_MOBILE : IOS_WEBVIEW;
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return SAFARI;
        }
        return OTHER;
    }
}
