package io.unmogrowp.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36|chrome-mobile",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.119 Mobile/15E148 Safari/604.1|chrome-mobile",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1|safari-mobile",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148|ios-webview",
        "Mozilla/5.0 (Linux; Android 13; SM-S901B; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36|android-webview",
        "Mozilla/5.0 (Linux; Android 13; SM-S901B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36|samsung-browser",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 EdgA/120.0|edge-mobile",
        "Mozilla/5.0 (Android 14; Mobile; rv:121.0) Gecko/121.0 Firefox/121.0|firefox-mobile",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/121.0 Mobile/15E148 Safari/605.1.15|firefox-mobile",
        "okhttp/4.12.0|okhttp",
        "PuzzleQuest/3.1 CFNetwork/1490.0.4 Darwin/23.2.0|cfnetwork",
        "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UD1A.230803.041)|dalvik",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36|chrome",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0|edge",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15|safari",
        "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0|firefox",
        "curl/8.4.0|other",
    })
    void userAgentFamilies(String userAgent, String family) {
        assertEquals(family, UserAgentFamily.of(userAgent));
    }

    @Test
    void fingerprintIsIpFamilyAndOsMajorMinor() {
        assertEquals(Optional.of("203.0.113.7|okhttp|14.0"), Fingerprint.of("203.0.113.7", "okhttp/4.12.0", "14"));
        assertEquals(Optional.of("203.0.113.7|okhttp|17.2"), Fingerprint.of("203.0.113.7", "okhttp/4.12.0", "17.2.1"));
        assertEquals(Optional.of("203.0.113.7|okhttp|17.2"), Fingerprint.of("203.0.113.7", "okhttp/4.12.0", "iOS 17_2"));
    }

    @Test
    void osVersionFallsBackToTheUserAgent() {
        assertEquals(Optional.of("203.0.113.7|safari-mobile|17.2"), Fingerprint.of("203.0.113.7",
                "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
                null));
        assertEquals(Optional.of("203.0.113.7|dalvik|14.0"), Fingerprint.of("203.0.113.7",
                "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/UD1A)", " "));
        assertEquals(Optional.of("203.0.113.7|cfnetwork|darwin-23.2"), Fingerprint.of("203.0.113.7",
                "PuzzleQuest/3.1 CFNetwork/1490.0.4 Darwin/23.2.0", null));
        assertEquals(Optional.of("203.0.113.7|other|unknown"), Fingerprint.of("203.0.113.7", "curl/8.4.0", null));
    }

    @Test
    void equivalentIpSpellingsGiveTheSameFingerprint() {
        assertEquals(Fingerprint.of("2001:db8::1", "okhttp/4", "14"),
                Fingerprint.of("2001:0DB8:0:0:0:0:0:1", "okhttp/4", "14"));
        assertEquals(Fingerprint.of("203.0.113.7", "okhttp/4", "14"),
                Fingerprint.of("::ffff:203.0.113.7", "okhttp/4", "14"));
    }

    @Test
    void noFingerprintWithoutIpOrUserAgent() {
        assertEquals(Optional.empty(), Fingerprint.of(null, "okhttp/4", "14"));
        assertEquals(Optional.empty(), Fingerprint.of("203.0.113.7", null, "14"));
        assertEquals(Optional.empty(), Fingerprint.of("203.0.113.7", "  ", "14"));
        assertEquals(Optional.empty(), Fingerprint.of("not-an-ip", "okhttp/4", "14"));
    }
}
