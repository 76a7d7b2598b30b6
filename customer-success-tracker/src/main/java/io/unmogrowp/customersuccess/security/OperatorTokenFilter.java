package io.unmogrowp.customersuccess.security;

import io.unmogrowp.customersuccess.common.rest.ApiError;
import io.unmogrowp.customersuccess.config.CstConfig;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Guards every {@code /api/v1/**} call with the operator bearer token. */
public class OperatorTokenFilter {

    private static final String API_PREFIX = "/api/v1";
    private static final String BEARER = "Bearer ";

    private final byte[] expectedDigest;

    public OperatorTokenFilter(CstConfig config) {
        this.expectedDigest = sha256(config.adminToken());
    }

    @ServerRequestFilter(preMatching = true)
    public Response authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (!path.equals(API_PREFIX) && !path.startsWith(API_PREFIX + "/")) {
            return null;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return unauthorized("missing bearer token");
        }
        String presented = header.substring(BEARER.length()).trim();
        // Comparing digests keeps the comparison constant-time and independent of the token's length.
        if (!MessageDigest.isEqual(expectedDigest, sha256(presented))) {
            return unauthorized("invalid operator token");
        }
        return null;
    }

    private static Response unauthorized(String reason) {
        return Response.status(401)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new ApiError(401, "unauthorized", "authorization", reason))
                .build();
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
