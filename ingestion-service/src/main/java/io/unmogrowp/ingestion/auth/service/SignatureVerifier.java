package io.unmogrowp.ingestion.auth.service;

import io.unmogrowp.ingestion.apps.service.AppConfig;
import io.unmogrowp.ingestion.config.IngestionConfig;
import io.unmogrowp.ingestion.errors.RequestRejected;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 request signing: {@code X-Signature} is the hex HMAC, under one of the app's signing
 * secrets, of {@code X-Timestamp + "." + body}. The timestamp (epoch seconds) must be within the
 * window of the server clock, and a signature is accepted once.
 */
@ApplicationScoped
public class SignatureVerifier {

    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private final Duration window;
    private final ReplayCache replays;

    public SignatureVerifier(IngestionConfig config) {
        this.window = config.signature().window();
        this.replays = new ReplayCache(config.signature().replayCacheSize());
    }

    /** Returns true when the request was signed (and verified); throws when it must be refused. */
    public boolean verify(AppConfig app, String timestamp, String signature, byte[] body, Instant now) {
        boolean present = timestamp != null || signature != null;
        if (!present) {
            if (app.requireSignature()) {
                throw RequestRejected.unauthorized("signature_required", SIGNATURE_HEADER,
                        "this app requires signed requests: send X-Timestamp and X-Signature");
            }
            return false;
        }
        if (timestamp == null || signature == null) {
            String missing = timestamp == null ? TIMESTAMP_HEADER : SIGNATURE_HEADER;
            throw RequestRejected.unauthorized("signature_required", missing,
                    "X-Timestamp and X-Signature must be sent together; " + missing + " is missing");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw RequestRejected.unauthorized("invalid_timestamp", TIMESTAMP_HEADER,
                    "X-Timestamp must be epoch seconds, not '" + abbreviate(timestamp) + "'");
        }
        Instant signedAt = Instant.ofEpochSecond(seconds);
        if (Duration.between(signedAt, now).abs().compareTo(window) > 0) {
            throw RequestRejected.unauthorized("signature_expired", TIMESTAMP_HEADER,
                    "X-Timestamp is more than " + window.toMinutes() + " minutes away from the server time "
                            + now.getEpochSecond());
        }
        byte[] presented = parseHex(signature.trim().toLowerCase(Locale.ROOT));
        if (presented == null || !matchesAnySecret(app, timestamp.trim(), body, presented)) {
            throw RequestRejected.unauthorized("invalid_signature", SIGNATURE_HEADER,
                    "X-Signature is not the hex HMAC-SHA256 of X-Timestamp + \".\" + body under any of the app's signing secrets");
        }
        if (!replays.firstUse(app.appId() + ":" + signature.trim().toLowerCase(Locale.ROOT),
                signedAt.plus(window).plusSeconds(1), now)) {
            throw RequestRejected.unauthorized("signature_replayed", SIGNATURE_HEADER,
                    "this signature was already used; sign every request afresh");
        }
        return true;
    }

    private static boolean matchesAnySecret(AppConfig app, String timestamp, byte[] body, byte[] presented) {
        boolean matched = false;
        for (AppConfig.SigningSecret secret : app.signingSecrets()) {
            // Check every secret so timing does not reveal which one matched.
            matched |= MessageDigest.isEqual(hmac(secret.secret(), timestamp, body), presented);
        }
        return matched;
    }

    public static byte[] hmac(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static byte[] parseHex(String hex) {
        if (hex.length() != 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 32 ? text : text.substring(0, 32) + "...";
    }
}
