package com.magdagateway.pipeline;

import java.security.Principal;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.magdagateway.authz.EntityCodes;
import com.magdagateway.http.RequestIds;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * Who is calling (the token's client-id claim, {@code sub} by default), on behalf of which entity ({@code X-Entity}),
 * for which person at the keyboard ({@code X-End-User}, optional unless required), under which request id.
 */
public record Caller(String clientId, String entity, String requestId, String endUser) {

    public static final String ENTITY_HEADER = "X-Entity";
    public static final String END_USER_HEADER = "X-End-User";
    private static final Pattern END_USER = Pattern.compile("[A-Za-z0-9._@:-]{1,128}");
    private static final String REQUIRE_END_USER = "gateway.require-end-user";
    private static final int MAX_ENTITY = 32;
    private static final int MAX_CLIENT = 200;
    private static final String CLIENT_ID_CLAIM = "gateway.client-id-claim";

    public static Caller of(SecurityIdentity identity, RoutingContext http) {
        // Entity codes are case-insensitive: "dwse" is DWSE, in the decision and in the audit row alike.
        return new Caller(clip(clientId(identity.getPrincipal()), MAX_CLIENT),
                EntityCodes.normalize(clip(http.request().getHeader(ENTITY_HEADER), MAX_ENTITY)),
                RequestIds.of(http), endUser(http.request().getHeader(END_USER_HEADER)));
    }

    /**
     * The end user as the contract allows it, refused (400) rather than recorded wrongly; absent is fine unless
     * {@code gateway.require-end-user} (see {@link Settings}) makes it mandatory.
     */
    static String endUser(String header) {
        if (header == null || header.isEmpty()) {
            if (Settings.current().requireEndUser()) {
                throw new GatewayException(ErrorCode.BAD_REQUEST, END_USER_HEADER + " is required by this deployment");
            }
            return null;
        }
        if (!END_USER.matcher(header).matches()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST,
                    END_USER_HEADER + " must be 1-128 characters of letters, digits and . _ @ : -");
        }
        return header;
    }

    /**
     * The calling application: the claim {@code gateway.client-id-claim} names ({@code sub} by default; {@code azp}
     * for Keycloak, {@code appid} for Entra ID); see {@link Settings}.
     */
    static String clientId(Principal principal) {
        if (!(principal instanceof JsonWebToken jwt)) {
            return principal.getName();
        }
        String claim = Settings.current().clientIdClaim();
        Object value = jwt.getClaim(claim);
        String client = value == null ? null : value.toString().replaceAll("^\"|\"$", "");
        if (client == null || client.isBlank()) {
            // Never fall back to another claim: a grant given to one id must not be reachable through another.
            throw new GatewayException(ErrorCode.UNAUTHENTICATED, "The token has no '" + claim + "' claim");
        }
        return client;
    }

    /**
     * The two settings every request reads, looked up in the configuration only when the configuration itself is
     * another one (an application started anew, as tests with their own profile do): a lookup by name on every
     * request showed in the profile (issue #13).
     */
    private record Settings(Config config, String clientIdClaim, boolean requireEndUser) {
        private static volatile Settings last;

        static Settings current() {
            Config config = ConfigProvider.getConfig();
            Settings known = last;
            if (known == null || known.config() != config) {
                known = new Settings(config, config.getOptionalValue(CLIENT_ID_CLAIM, String.class).orElse("sub"),
                        config.getOptionalValue(REQUIRE_END_USER, Boolean.class).orElse(false));
                last = known;
            }
            return known;
        }
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
