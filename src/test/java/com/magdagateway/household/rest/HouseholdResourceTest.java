package com.magdagateway.household.rest;

import static com.magdagateway.support.WireMockSupport.allRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.HouseholdPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class HouseholdResourceTest {

    private static final String PATH = "/api/v1/persons/{insz}/household";

    WireMock wiremock;
    String prefix;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
        prefix = "hh-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private static Response get(String insz) {
        return Api.consult().get(PATH, insz);
    }

    @Test
    void answersTheHouseholdOrderedByPosition() {
        get(HouseholdPersonas.FAMILY).then().statusCode(200)
                .contentType("application/json")
                .header("X-Magda-Reference", notNullValue())
                .body("data.insz", equalTo(HouseholdPersonas.FAMILY))
                .body("data.members.insz", contains(HouseholdPersonas.FAMILY_HEAD, HouseholdPersonas.FAMILY,
                        HouseholdPersonas.FAMILY_CHILD_1, HouseholdPersonas.FAMILY_CHILD_2))
                .body("data.members.relation.code", contains("01", "02", "03", "03"))
                .body("data.members[0].relation.description", equalTo("gezinshoofd"))
                .body("data.members[0].lastName", equalTo("Janssens"))
                .body("data.members[0].since", equalTo("2005-09-01"))
                .body("data.members[1].firstNames", contains("Sofie", "Anna"))
                .body("data.members[1].since", equalTo("2006-00-00"))
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefGezinssamenstelling"))
                .body("source.version", equalTo("02.02.0000"))
                .body("source.retrievedAt", notNullValue());
    }

    @Test
    void answersRelationDatesAndTheHouseholdAddress() {
        get(HouseholdPersonas.EVERY_ELEMENT).then().statusCode(200)
                .body("data.members.relation.code", contains("01", "02", "03", "16"))
                .body("data.members[1].relation.from", equalTo("2010-05-01"))
                .body("data.members[3].relation.to", equalTo("2024-06-30"))
                .body("data.members[3].relation.description", equalTo("schoonvader/schoonmoeder"))
                .body("data.members[0].gender", equalTo("MALE"))
                .body("data.members[0].birthDate", equalTo("1980-02-02"))
                .body("data.address.street", equalTo("Kerkstraat"))
                .body("data.address.municipalityNisCode", equalTo("44021"))
                .body("data.address.language", equalTo("nl"))
                .body("data.address.from", equalTo("2010-05-01"));
        get(HouseholdPersonas.MINIMAL).then().statusCode(200)
                .body("data.members", hasSize(1))
                .body("data.address", nullValue());
    }

    @Test
    void passesWarningsOnBesideTheData() {
        get(HouseholdPersonas.WARNING).then().statusCode(200)
                .body("data.members", hasSize(2))
                .body("warnings[0].code", equalTo("99984"))
                .body("warnings[0].type", equalTo("WARNING"));
    }

    @Test
    void unknownPersonIsNotFound() {
        get(HouseholdPersonas.NOT_FOUND).then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_FOUND"))
                .body("instance", equalTo("/api/v1/persons/" + HouseholdPersonas.NOT_FOUND + "/household"))
                .body("magda.code", equalTo("30001"));
    }

    @Test
    void unregisteredPersonIsAConflict() {
        get(HouseholdPersonas.NOT_REGISTERED).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_REGISTERED"))
                .body("magda.code", equalTo("40003"));
    }

    @Test
    void busyIs503WithRetryAfter() {
        get(HouseholdPersonas.BUSY).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
    }

    @Test
    void bisNumberIsRefusedAndAuditedWithoutCallingMagda() {
        String requestId = prefix + "bis";
        Api.consult().header("X-Request-Id", requestId).get(PATH, HouseholdPersonas.BIS).then().statusCode(422)
                .contentType("application/problem+json")
                .header("X-Magda-Reference", nullValue())
                .body("code", equalTo("BIS_NOT_SUPPORTED"))
                .body("type", equalTo("https://magda-gateway.dev/problems/bis-not-supported"))
                .body("requestId", equalTo(requestId));
        Api.consult().header("X-Request-Id", prefix + "bis20").get(PATH, HouseholdPersonas.BIS_GENDER_UNKNOWN)
                .then().statusCode(422).body("code", equalTo("BIS_NOT_SUPPORTED"));

        assertThat(allRequests(wiremock)).as("requests that reached MAGDA").isZero();
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(2);
        AuditRows.Row row = rows.get(0);
        assertThat(row.requestId()).isEqualTo(requestId);
        assertThat(row.outcome()).isEqualTo("CLIENT_ERROR");
        assertThat(row.httpStatus()).isEqualTo(422);
        assertThat(row.service()).isEqualTo("GeefGezinssamenstelling");
        assertThat(row.insz()).isEqualTo(HouseholdPersonas.BIS);
        assertThat(row.entity()).isEqualTo(Api.ENTITY);
        assertThat(row.magdaReference()).as("nothing was sent to MAGDA").isNull();
        assertThat(rows.get(1).insz()).isEqualTo(HouseholdPersonas.BIS_GENDER_UNKNOWN);
    }

    @Test
    void anEntityRefusalComesBeforeTheBisRefusal() {
        Api.as(Api.CLIENT, "consult").header("X-Entity", "VUTG").get(PATH, HouseholdPersonas.BIS)
                .then().statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void successIsAuditedWithTheReferenceSentToMagda() {
        String requestId = prefix + "ok";
        Response response = Api.consult().header("X-Request-Id", requestId).get(PATH, HouseholdPersonas.FAMILY);
        assertThat(response.statusCode()).isEqualTo(200);
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).outcome()).isEqualTo("SUCCESS");
        assertThat(rows.get(0).service()).isEqualTo("GeefGezinssamenstelling");
        assertThat(rows.get(0).magdaReference()).isEqualTo(response.header("X-Magda-Reference"))
                .isEqualTo(response.jsonPath().getString("source.reference"));
    }

    @Test
    void needsTheConsultRoleAndAnEntity() {
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).get(PATH, HouseholdPersonas.FAMILY)
                .then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.as(Api.CLIENT, "consult").get(PATH, HouseholdPersonas.FAMILY)
                .then().statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
        given().get(PATH, HouseholdPersonas.FAMILY)
                .then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void invalidInszIsRejectedBeforeAnyBackendCall() {
        get("78632212336").then().statusCode(400).body("code", equalTo("INSZ_INVALID"));
        assertThat(allRequests(wiremock)).isZero();
    }
}
