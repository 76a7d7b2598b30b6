package io.unmogrowp.gateway.security;

import io.unmogrowp.gateway.common.error.ErrorResponses;
import io.unmogrowp.gateway.config.GatewayConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** Every /api/v1 call needs {@code Authorization: Bearer <operator token>}; checked before routing. */
public class OperatorTokenFilter {

    private static final String BEARER = "Bearer ";

    private final byte[] expectedDigest;

    public OperatorTokenFilter(GatewayConfig config) {
        this.expectedDigest = sha256(config.adminToken());
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireOperatorToken(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/api/v1") && !path.startsWith("/api/v1/")) {
            return Optional.empty();
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(unauthorized("missing Authorization: Bearer <operator token> header"));
        }
        // Comparing fixed-length digests in constant time reveals neither the token nor its length.
        byte[] presented = sha256(header.substring(BEARER.length()).strip());
        if (!MessageDigest.isEqual(presented, expectedDigest)) {
            return Optional.of(unauthorized("invalid operator token"));
        }
        return Optional.empty();
    }

    private static Response unauthorized(String reason) {
        return Response.fromResponse(ErrorResponses.of(401, "unauthorized", "authorization", reason))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
