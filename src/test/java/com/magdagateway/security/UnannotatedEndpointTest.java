package com.magdagateway.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;

import io.quarkus.test.junit.QuarkusTest;

/** A resource without a security annotation is denied to everyone, whatever roles the token carries. */
@QuarkusTest
class UnannotatedEndpointTest {

    private static final String PATH = "/api/v1/test-only/unannotated";

    @Test
    void anonymousIs401() {
        given().get(PATH).then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void evenAnAdministratorIs403() {
        Api.as("hr-app", "consult", "register", "audit", "admin").get(PATH).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }
}
