package com.magdagateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/** Only tokens our identity provider issued for us: right issuer, right audience, our key. */
@QuarkusTest
class TokenAcceptanceTest {

    private static final String PERSON = "/api/v1/persons/{insz}";

    @Test
    void aTokenForUsIsAccepted() {
        call(token().audience(Api.AUDIENCE)).then().statusCode(200);
    }

    @Test
    void aTokenForAnotherAudienceIs401() {
        call(token().audience("payroll-service")).then().statusCode(401)
                .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenWithoutAudienceIs401() {
        call(token()).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void aTokenFromAnotherIssuerIs401EvenForOurAudience() {
        String token = Jwt.issuer("https://idp.other.example").audience(Api.AUDIENCE).subject(Api.CLIENT)
                .groups(Set.of("consult")).expiresAt(Instant.now().plus(Duration.ofHours(1))).sign(Api.key());
        given().auth().oauth2(token).header("X-Entity", Api.ENTITY).get(PERSON, Personas.FULL).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    /** Signed with the right key by the right issuer; only the audience varies. */
    private static JwtClaimsBuilder token() {
        return Jwt.issuer(Api.ISSUER).subject(Api.CLIENT).groups(Set.of("consult"))
                .expiresAt(Instant.now().plus(Duration.ofHours(1)));
    }

    private static io.restassured.response.Response call(JwtClaimsBuilder claims) {
        return given().auth().oauth2(claims.sign(Api.key())).header("X-Entity", Api.ENTITY).get(PERSON, Personas.FULL);
    }
}
