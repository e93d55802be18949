package com.magdagateway.pipeline;

import java.security.Principal;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.magdagateway.authz.EntityCodes;
import com.magdagateway.http.RequestIds;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/** Who is calling (the token's {@code sub}), on behalf of which entity ({@code X-Entity}), under which request id. */
public record Caller(String clientId, String entity, String requestId) {

    public static final String ENTITY_HEADER = "X-Entity";
    private static final int MAX_ENTITY = 32;
    private static final int MAX_CLIENT = 200;

    public static Caller of(SecurityIdentity identity, RoutingContext http) {
        Principal principal = identity.getPrincipal();
        String client = principal instanceof JsonWebToken jwt && jwt.getSubject() != null ? jwt.getSubject()
                : principal.getName();
        // Entity codes are case-insensitive: "dwse" is DWSE, in the decision and in the audit row alike.
        return new Caller(clip(client, MAX_CLIENT),
                EntityCodes.normalize(clip(http.request().getHeader(ENTITY_HEADER), MAX_ENTITY)),
                RequestIds.of(http));
    }

    /** Keeps hostile header values within the audit columns; an over-long code matches no entity anyway. */
    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
    }
}
