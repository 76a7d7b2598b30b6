package io.unmogrowp.core.attribution;

import io.unmogrowp.core.net.IpAddresses;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probabilistic match key: {@code ip|user-agent family|os major.minor}, for example
 * {@code 203.0.113.7|chrome-mobile|14.0}.
 *
 * <p>The IP is written in canonical form so "::ffff:203.0.113.7" and "203.0.113.7" agree. The OS
 * version comes from {@code osVersion} when given, else from the user agent ("Android 14",
 * "OS 17_2 like Mac OS X"), else "unknown". No fingerprint without a valid IP and a user agent.
 */
public final class Fingerprint {

    static final String UNKNOWN_OS = "unknown";

    private static final Pattern VERSION = Pattern.compile("(\\d{1,4})(?:[._](\\d{1,4}))?");
    private static final Pattern UA_ANDROID_VERSION = Pattern.compile("android[ /](\\d{1,4}(?:[._]\\d{1,4})?)");
    private static final Pattern UA_IOS_VERSION = Pattern.compile("(?:cpu (?:iphone )?os|iphone os) (\\d{1,4}(?:_\\d{1,4})?)");
    private static final Pattern UA_DARWIN_VERSION = Pattern.compile("darwin/(\\d{1,4}(?:\\.\\d{1,4})?)");

    private Fingerprint() {
    }

    public static Optional<String> of(String ip, String userAgent, String osVersion) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        Optional<String> canonicalIp = IpAddresses.canonical(ip == null ? null : ip.trim());
        if (canonicalIp.isEmpty()) {
            return Optional.empty();
        }
        String family = UserAgentFamily.of(userAgent);
        String os = normaliseOs(osVersion).or(() -> osFromUserAgent(userAgent)).orElse(UNKNOWN_OS);
        return Optional.of(canonicalIp.get() + "|" + family + "|" + os);
    }

    /** "14" becomes "14.0", "17.2.1" and "iOS 17_2" become "17.2". */
    static Optional<String> normaliseOs(String osVersion) {
        if (osVersion == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(osVersion);
        if (!m.find()) {
            return Optional.empty();
        }
        String major = String.valueOf(Integer.parseInt(m.group(1)));
        String minor = m.group(2) == null ? "0" : String.valueOf(Integer.parseInt(m.group(2)));
        return Optional.of(major + "." + minor);
    }

    private static Optional<String> osFromUserAgent(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (Pattern pattern : new Pattern[] {UA_ANDROID_VERSION, UA_IOS_VERSION}) {
            Matcher m = pattern.matcher(ua);
            if (m.find()) {
                return normaliseOs(m.group(1));
            }
        }
        // CFNetwork user agents carry only the Darwin kernel version; it still separates OS releases.
        Matcher darwin = UA_DARWIN_VERSION.matcher(ua);
        return darwin.find() ? normaliseOs("darwin" + darwin.group(1)).map(v -> "darwin-" + v) : Optional.empty();
    }
}
