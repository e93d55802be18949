package com.magdagateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/** Keycloak style: the calling application is in {@code azp}; {@code sub} is a service-account id. */
@QuarkusTest
@TestProfile(ClientIdClaimTest.KeycloakClaims.class)
class ClientIdClaimTest {

    /** {@code GATEWAY_CLIENT_ID_CLAIM=azp}, roles under Keycloak's {@code realm_access/roles}. */
    public static class KeycloakClaims implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.client-id-claim", "azp", "smallrye.jwt.path.groups", "realm_access/roles");
        }
    }

    @Test
    void theGrantOfTheAzpApplicationApplies() {
        // Base 36: a caller id with a run of eleven digits would be replaced (it could be an INSZ).
        String requestId = "azp-" + Long.toString(System.nanoTime(), Character.MAX_RADIX);
        given().auth().oauth2(keycloakToken("service-account-7f3a", Api.CLIENT, "consult"))
                .header("X-Entity", Api.ENTITY).header("X-Request-Id", requestId)
                .get("/api/v1/persons/{insz}", Personas.FULL).then()
                // Authorized as hr-app; a cold first MAGDA call on a loaded machine may still time out (504).
                .statusCode(not(anyOf(is(401), is(403))));
        given().auth().oauth2(keycloakToken("service-account-auditor", "audit-app", "audit"))
                .queryParam("insz", Personas.FULL).get("/api/v1/audit").then().statusCode(200)
                .body("items.find { it.requestId == '" + requestId + "' }.clientId", equalTo(Api.CLIENT));
    }

    @Test
    void subjectIsNotTheClientWhenAzpIsConfigured() {
        // sub names the granted application, azp does not: the grant must not be reachable through sub.
        given().auth().oauth2(keycloakToken(Api.CLIENT, "unknown-app", "consult")).header("X-Entity", Api.ENTITY)
                .get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(403)
                .body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
    }

    @Test
    void aTokenWithoutTheClaimIs401() {
        String token = Jwt.issuer(Api.ISSUER).audience(Api.AUDIENCE).subject(Api.CLIENT)
                .claim("realm_access", Map.of("roles", java.util.List.of("consult")))
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(Api.key());
        given().auth().oauth2(token).header("X-Entity", Api.ENTITY).get("/api/v1/persons/{insz}", Personas.FULL)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    private static String keycloakToken(String subject, String azp, String role) {
        return Jwt.issuer(Api.ISSUER).audience(Api.AUDIENCE).subject(subject).claim("azp", azp)
                .claim("realm_access", Map.of("roles", java.util.List.of(role)))
                .expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(Api.key());
    }
}
