package com.magdagateway.selfemployment.rest;

import static com.magdagateway.support.WireMockSupport.allRequests;
import static com.magdagateway.support.WireMockSupport.requestsFor;
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
import com.magdagateway.support.Personas;
import com.magdagateway.support.SelfEmploymentPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class SelfEmploymentResourceTest {

    private static final String PATH = "/api/v1/persons/{insz}/self-employment";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response get(String insz) {
        return Api.consult().get(PATH, insz);
    }

    @Test
    void answersAffiliationsWithTheirCareerPeriods() {
        get(SelfEmploymentPersonas.TWO_FUNDS).then().statusCode(200)
                .contentType("application/json")
                .header("X-Magda-Reference", notNullValue())
                .body("data.insz", equalTo(SelfEmploymentPersonas.TWO_FUNDS))
                .body("data.affiliations.fund.code", contains("051", "072"))
                .body("data.affiliations[0].fund.name", equalTo("Sociaal Verzekeringsfonds Noord"))
                .body("data.affiliations[0].fund.enterpriseNumber", equalTo("0412345614"))
                .body("data.affiliations[0].careers", hasSize(2))
                .body("data.affiliations[0].careers[0].from", equalTo("2009-01-01"))
                .body("data.affiliations[0].careers[0].to", equalTo("2014-12-31"))
                .body("data.affiliations[0].careers[0].contributionCategory.code", equalTo("200"))
                .body("data.affiliations[0].careers[0].contributionCategory.description", equalTo("Bijberoep"))
                .body("data.affiliations[0].careers[0].profession.code", equalTo("421110"))
                .body("data.affiliations[0].careers[0].capacity.code", equalTo("100"))
                .body("data.affiliations[1].careers[0].to", nullValue())
                .body("data.affiliations[1].careers[0].profession", nullValue())
                .body("data.affiliations[1].careers[0].capacity.description", equalTo("Bestuurder van een vennootschap"))
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefLoopbaanARZA"))
                .body("source.version", equalTo("02.01.0000"));
    }

    @Test
    void noDataIsAnEmptyListNotAnError() {
        get(SelfEmploymentPersonas.NO_DATA).then().statusCode(200)
                .body("data.insz", equalTo(SelfEmploymentPersonas.NO_DATA))
                .body("data.affiliations", emptyIterable())
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefLoopbaanARZA"));
        get(Personas.UNKNOWN).then().statusCode(200).body("data.affiliations", emptyIterable());
    }

    @Test
    void noDataIsAuditedAsASuccessfulLookup() {
        String requestId = "se-" + UUID.randomUUID().toString().substring(0, 8);
        Response response = Api.consult().header("X-Request-Id", requestId).get(PATH, SelfEmploymentPersonas.NO_DATA);
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).outcome()).isEqualTo("SUCCESS");
        assertThat(rows.get(0).httpStatus()).isEqualTo(200);
        assertThat(rows.get(0).service()).isEqualTo("GeefLoopbaanARZA");
        assertThat(rows.get(0).magdaReference()).isEqualTo(response.header("X-Magda-Reference"));
    }

    @Test
    void passesWarningsOnBesideTheData() {
        get(SelfEmploymentPersonas.WARNING).then().statusCode(200)
                .body("data.affiliations", hasSize(1))
                .body("warnings[0].code", equalTo("99984"))
                .body("warnings[0].type", equalTo("WARNING"));
    }

    @Test
    void aBisNumberIsAskedLikeAnyOther() {
        get(SelfEmploymentPersonas.BIS).then().statusCode(200).body("data.insz", equalTo(SelfEmploymentPersonas.BIS));
        assertThat(requestsFor(wiremock, SelfEmploymentPersonas.BIS)).isEqualTo(1);
    }

    @Test
    void unregisteredPersonIsAConflict() {
        get(SelfEmploymentPersonas.NOT_REGISTERED).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_REGISTERED"))
                .body("instance", equalTo("/api/v1/persons/" + SelfEmploymentPersonas.NOT_REGISTERED + "/self-employment"))
                .body("magda.code", equalTo("40003"));
    }

    @Test
    void busyIs503WithRetryAfter() {
        get(SelfEmploymentPersonas.BUSY).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
    }

    @Test
    void needsAnEntityItIsGranted() {
        Api.as(Api.CLIENT, "consult").get(PATH, SelfEmploymentPersonas.TWO_FUNDS)
                .then().statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
        Api.as(Api.CLIENT, "consult").header("X-Entity", "KAB-WERK").get(PATH, SelfEmploymentPersonas.TWO_FUNDS)
                .then().statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
        assertThat(allRequests(wiremock)).isZero();
    }
}
