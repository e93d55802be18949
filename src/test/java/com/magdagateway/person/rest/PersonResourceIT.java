package com.magdagateway.person.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.Personas;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged application, configured only through the contract's environment variables. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = MagdaSimulatorResource.class, restrictToAnnotatedClass = true)
class PersonResourceIT {

    @Test
    void servesAPersonFromTheSimulatedMagda() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200)
                .header("X-Magda-Reference", notNullValue())
                .body("data.lastName", equalTo("Peeters"))
                .body("source.service", equalTo("GeefPersoon"));
    }

    @Test
    void mapsMagdaErrorsToProblems() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.NOT_FOUND).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("PERSON_NOT_FOUND"));
        Api.consult().get("/api/v1/persons/{insz}", Personas.BUSY).then().statusCode(503)
                .body("code", equalTo("BACKEND_BUSY"));
    }

    @Test
    void rejectsAnInvalidInsz() {
        Api.consult().get("/api/v1/persons/{insz}", "12345678901").then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("INSZ_INVALID"));
    }

    @Test
    void unknownPathIsAProblem() {
        Api.consult().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
    }
}
