package com.magdagateway.dmfa.rest;

import static com.magdagateway.support.WireMockSupport.allRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.DmfaPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class DmfaResourceTest {

    private static final String PATH = "/api/v1/persons/{insz}/dmfa";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response get(String insz, String fromQuarter, String toQuarter) {
        RequestSpecification request = Api.consult();
        if (fromQuarter != null) {
            request.queryParam("fromQuarter", fromQuarter);
        }
        if (toQuarter != null) {
            request.queryParam("toQuarter", toQuarter);
        }
        return request.get(PATH, insz);
    }

    private static List<String> quarters(Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("data.attestations.quarter");
    }

    @Test
    void answersTheAttestationsOfTheAskedQuartersInOrder() {
        get(DmfaPersonas.FULL, "2023Q1", "2023Q2").then().statusCode(200)
                .contentType("application/json")
                .header("X-Magda-Reference", notNullValue())
                .body("data.insz", equalTo(DmfaPersonas.FULL))
                .body("data.attestations.quarter", contains("2023Q1", "2023Q2"))
                .body("data.attestations[0].number", equalTo("600000000203"))
                .body("data.attestations[0].version", equalTo("1"))
                .body("data.attestations[0].status.code", equalTo("0"))
                .body("data.attestations[0].status.description", equalTo("Nieuw"))
                .body("data.attestations[0].employer.nssoNumber", equalTo("128765903"))
                .body("data.attestations[0].employer.enterpriseNumber", equalTo("0876543270"))
                .body("data.attestations[0].workerLines[0].category", equalTo("484"))
                .body("data.attestations[0].workerLines[0].workerCode", equalTo("840"))
                .body("data.attestations[0].workerLines[0].from", equalTo("2023-01-01"))
                .body("data.attestations[0].workerLines[0].to", equalTo("2023-03-31"))
                .body("data.attestations[1].workerLines[0].category", equalTo("010"))
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefDmfaVoorWerknemer"))
                .body("source.version", equalTo("03.00.0000"));
    }

    @Test
    void withoutBoundsAnswersEveryAttestationByQuarter() {
        assertThat(quarters(get(DmfaPersonas.FULL, null, null)))
                .containsExactly("2022Q4", "2023Q1", "2023Q2", "2023Q3");
    }

    @Test
    void eitherBoundAloneAndASingleQuarter() {
        assertThat(quarters(get(DmfaPersonas.FULL, "2023Q3", null))).containsExactly("2023Q3");
        assertThat(quarters(get(DmfaPersonas.FULL, null, "2023Q1"))).containsExactly("2022Q4", "2023Q1");
        assertThat(quarters(get(DmfaPersonas.FULL, "2022Q4", "2022Q4"))).containsExactly("2022Q4");
    }

    @Test
    void fromAfterToIsRejectedBeforeAnyMagdaCall() {
        get(DmfaPersonas.FULL, "2023Q3", "2023Q2").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", equalTo("'fromQuarter' must not be after 'toQuarter'"))
                .header("X-Magda-Reference", nullValue());
        assertThat(allRequests(wiremock)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "20232", "2023Q5", "2023Q0", "2023q2", "2023-Q2", "Q2" })
    void aMalformedQuarterIsRejectedBeforeAnyMagdaCall(String bad) {
        get(DmfaPersonas.FULL, bad, null).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
        get(DmfaPersonas.FULL, null, bad).then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void badInputIsNotAuditedAsALookup() {
        String requestId = RequestIds.fresh("dmfa-bad-");
        Api.consult().header("X-Request-Id", requestId).queryParam("fromQuarter", "2023Q9")
                .get(PATH, DmfaPersonas.FULL).then().statusCode(400);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).isEmpty();
    }

    @Test
    void anInvalidInszIsRejectedBeforeAnyMagdaCall() {
        get("79641111118", null, null).then().statusCode(400).body("code", equalTo("INSZ_INVALID"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void noDataIsAnEmptyListAndNotRegisteredIsAConflict() {
        get(DmfaPersonas.NO_DATA, null, null).then().statusCode(200)
                .body("data.insz", equalTo(DmfaPersonas.NO_DATA))
                .body("data.attestations", emptyIterable());
        get(DmfaPersonas.NOT_REGISTERED, null, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_REGISTERED"))
                .body("magda.code", equalTo("40003"));
    }

    @Test
    void passesWarningsOnBesideTheData() {
        get(DmfaPersonas.WARNING, null, null).then().statusCode(200)
                .body("data.attestations.quarter", contains("2024Q1"))
                .body("warnings[0].code", equalTo("99984"))
                .body("warnings[0].type", equalTo("WARNING"));
    }

    @Test
    void busyIs503WithRetryAfterAndSoapFaultIs502() {
        get(DmfaPersonas.BUSY, null, null).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
        get(DmfaPersonas.SOAP_FAULT, null, null).then().statusCode(502).body("code", equalTo("BACKEND_ERROR"));
    }

    @Test
    void aLookupIsAuditedUnderItsOwnServiceName() {
        String requestId = RequestIds.fresh("dmfa-ok-");
        Response response = Api.consult().header("X-Request-Id", requestId).get(PATH, DmfaPersonas.FULL);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("GeefDmfaVoorWerknemer");
            assertThat(row.insz()).isEqualTo(DmfaPersonas.FULL);
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.magdaReference()).isEqualTo(response.header("X-Magda-Reference"));
        });
    }

    @Test
    void aMissingRoleIsForbiddenWithoutCallingMagda() {
        Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY).get(PATH, DmfaPersonas.FULL).then()
                .statusCode(403).body("code", equalTo("FORBIDDEN"));
        assertThat(allRequests(wiremock)).isZero();
    }
}
