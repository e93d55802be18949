package com.magdagateway.audit;

import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With {@code GATEWAY_REQUIRE_END_USER=true} a call that names no end user is refused before anything happens. */
@QuarkusTest
@ConnectWireMock
@TestProfile(RequiredEndUserTest.EndUserRequired.class)
class RequiredEndUserTest {

    /** The deployment setting under test. */
    public static class EndUserRequired implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.require-end-user", "true");
        }
    }

    @Test
    void aLookupWithoutEndUserIsA400() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("X-End-User"));
    }

    @Test
    void aLookupWithEndUserIsServed() {
        Api.consult().header("X-End-User", "clerk.one").get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
    }

    @Test
    void anAuditSearchNeedsOneToo() {
        Api.as("privacy-officer", "audit").get("/api/v1/audit?size=1").then().statusCode(400);
        Api.as("privacy-officer", "audit").header("X-End-User", "officer.one").get("/api/v1/audit?size=1").then()
                .statusCode(200);
    }
}
