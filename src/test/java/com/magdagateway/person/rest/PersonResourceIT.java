package com.magdagateway.person.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.HouseholdPersonas;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.Personas;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged application on an empty database, configured only through the contract's environment variables. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = MagdaSimulatorResource.class, restrictToAnnotatedClass = true)
class PersonResourceIT {

    /** The registry starts empty; an administrator registers the entity and grants it (both idempotent). */
    @BeforeEach
    void registerTheEntityAndGrantIt() {
        Api.as("it-admin", "admin").contentType(ContentType.JSON)
                .body("{\"name\":\"Departement Werk en Sociale Economie\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", Api.ENTITY).then().statusCode(anyOf(is(200), is(201)));
        Api.as("it-admin", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, Api.ENTITY)
                .then().statusCode(anyOf(is(200), is(201)));
        // Production's employee rule is on: the entity employs the personas it looks up (an idempotent import).
        StringBuilder links = new StringBuilder("entity,insz,relation,start\n");
        for (String insz : new String[] { Personas.FULL, Personas.NOT_FOUND, Personas.BUSY, Personas.WARNING,
                Personas.EVERY_ELEMENT, HouseholdPersonas.EVERY_ELEMENT }) {
            links.append(Api.ENTITY).append(',').append(insz).append(",EMPLOYEE,2020-01-01\n");
        }
        Api.as("it-admin", "admin").contentType("text/csv").body(links.toString()).post("/api/v1/admin/links")
                .then().statusCode(200).body("refused", org.hamcrest.Matchers.empty());
    }

    @Test
    void servesAPersonFromTheSimulatedMagda() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200)
                .header("X-Magda-Reference", notNullValue())
                .body("data.lastName", equalTo("Peeters"))
                .body("source.service", equalTo("GeefPersoon"));
    }

    @Test
    void servesThePartnerAddressesAndReplacedInszOfAPerson() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.EVERY_ELEMENT).then().statusCode(200)
                .body("data.replacedBy", equalTo(Personas.EVERY_ELEMENT_NEW_INSZ))
                .body("warnings[0].code", equalTo("30004"))
                .body("data.deathDate", equalTo("2025-11-02"))
                .body("data.civilStatus.partner.insz", equalTo(Personas.EVERY_ELEMENT_PARTNER))
                .body("data.civilStatus.partner.lastName", equalTo("Claes"))
                .body("data.civilStatusHistory", hasSize(2))
                .body("data.legalCohabitation.date", equalTo("2015-09-01"))
                .body("data.legalCohabitation.termination.date", equalTo("2018-06-16"))
                .body("data.nationalities[1].from", equalTo("2001-06-01"))
                .body("data.addresses.kind", contains("MAIN_RESIDENCE", "CONTACT", "RESIDENCE_ABROAD", "POSTAL_ABROAD",
                        "DECLARED_ABROAD"))
                .body("data.addresses[1].language", equalTo("fr"));
    }

    @Test
    void servesTheRelationDatesAndAddressOfAHousehold() {
        Api.consult().get("/api/v1/persons/{insz}/household", HouseholdPersonas.EVERY_ELEMENT).then().statusCode(200)
                .body("data.members.relation.code", contains("01", "02", "03", "16"))
                .body("data.members[3].relation.from", equalTo("2015-01-01"))
                .body("data.members[3].relation.to", equalTo("2024-06-30"))
                .body("data.address.street", equalTo("Kerkstraat"))
                .body("data.address.postalCode", equalTo("9000"))
                .body("data.address.from", equalTo("2010-05-01"));
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
    void refusesWithoutTokenOrGrant() {
        given().header("X-Entity", Api.ENTITY).get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
        Api.as("stranger-app", "consult").header("X-Entity", Api.ENTITY).get("/api/v1/persons/{insz}", Personas.FULL)
                .then().statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
    }

    @Test
    void recordsLookupsInTheAuditLog() {
        Api.consult().header("X-Request-Id", "it-audit-1").get("/api/v1/persons/{insz}", Personas.WARNING)
                .then().statusCode(200);
        Api.as("it-auditor", "audit").queryParam("insz", Personas.WARNING).get("/api/v1/audit").then().statusCode(200)
                .body("items[0].requestId", equalTo("it-audit-1"))
                .body("items[0].outcome", equalTo("SUCCESS"))
                .body("items[0].entity", equalTo(Api.ENTITY));
    }

    @Test
    void unknownPathIsAProblem() {
        given().get("/api/v1/unknown").then().statusCode(404).contentType("application/problem+json");
    }
}
