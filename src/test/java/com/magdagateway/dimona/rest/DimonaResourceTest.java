package com.magdagateway.dimona.rest;

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
import com.magdagateway.support.DimonaPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class DimonaResourceTest {

    private static final String PATH = "/api/v1/persons/{insz}/dimona";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response get(String insz, String from, String to) {
        RequestSpecification request = Api.consult();
        if (from != null) {
            request.queryParam("from", from);
        }
        if (to != null) {
            request.queryParam("to", to);
        }
        return request.get(PATH, insz);
    }

    private static List<String> numbers(Response response) {
        return response.then().statusCode(200).extract().jsonPath().getList("data.declarations.dimonaNumber");
    }

    @Test
    void answersTheDeclarationsOverlappingThePeriodByStartDate() {
        get(DimonaPersonas.FULL, "2023-01-01", "2023-12-31").then().statusCode(200)
                .contentType("application/json")
                .header("X-Magda-Reference", notNullValue())
                .body("data.insz", equalTo(DimonaPersonas.FULL))
                .body("data.declarations.dimonaNumber",
                        contains("300000000102", "300000000104", "300000000105", "300000000106"))
                .body("data.declarations.from", contains("2022-09-01", "2023-04-01", "2023-05-15", "2023-12-31"))
                .body("data.declarations[0].to", equalTo("2023-01-01"))
                .body("data.declarations[0].employer.nssoNumber", equalTo("128765903"))
                .body("data.declarations[0].employer.enterpriseNumber", equalTo("0876543270"))
                .body("data.declarations[0].jointCommittee", equalTo("124"))
                .body("data.declarations[0].workerType", equalTo("OTH"))
                .body("data.declarations[0].cancelled", equalTo(false))
                .body("data.declarations[0].lastAction.code", equalTo("O"))
                .body("data.declarations[0].lastAction.description", equalTo("Uit dienst"))
                .body("data.declarations[2].cancelled", equalTo(true))
                .body("data.declarations[3].to", nullValue())
                .body("data.declarations[3].employer.nssoNumber", equalTo("070123456"))
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("GeefWerkrelaties"))
                .body("source.version", equalTo("02.00.0000"));
    }

    @Test
    void withoutBoundsAnswersEveryDeclarationInOrder() {
        assertThat(numbers(get(DimonaPersonas.FULL, null, null))).containsExactly("300000000101", "300000000102",
                "300000000103", "300000000104", "300000000105", "300000000106", "300000000107");
    }

    @Test
    void eitherBoundAlone() {
        assertThat(numbers(get(DimonaPersonas.FULL, "2024-01-01", null))).containsExactly("300000000106", "300000000107");
        assertThat(numbers(get(DimonaPersonas.FULL, null, "2022-12-31")))
                .containsExactly("300000000101", "300000000102", "300000000103");
    }

    @Test
    void aDeclarationEndingOnFromOverlapsButOneEndingTheDayBeforeDoesNot() {
        assertThat(numbers(get(DimonaPersonas.FULL, "2023-01-01", "2023-01-01"))).containsExactly("300000000102");
        assertThat(numbers(get(DimonaPersonas.FULL, "2023-01-02", "2023-03-31"))).isEmpty();
    }

    @Test
    void fromAfterToIsRejectedBeforeAnyMagdaCall() {
        get(DimonaPersonas.FULL, "2023-12-31", "2023-01-01").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", equalTo("'from' must not be after 'to'"))
                .header("X-Magda-Reference", nullValue());
        assertThat(allRequests(wiremock)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2023-02-30", "2023-13-01", "31/12/2023", "2023-1-1", "tomorrow" })
    void anUnparseableDateIsRejectedBeforeAnyMagdaCall(String bad) {
        get(DimonaPersonas.FULL, bad, null).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
        get(DimonaPersonas.FULL, null, bad).then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void badInputIsNotAuditedAsALookup() {
        String requestId = RequestIds.fresh("dimona-bad-");
        Api.consult().header("X-Request-Id", requestId).queryParam("from", "2023-12-31").queryParam("to", "2023-01-01")
                .get(PATH, DimonaPersonas.FULL).then().statusCode(400);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).isEmpty();
    }

    @Test
    void anInvalidInszIsRejectedBeforeAnyMagdaCall() {
        get("78631410107", null, null).then().statusCode(400).body("code", equalTo("INSZ_INVALID"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void noDataIsAnEmptyListAndNotRegisteredIsAConflict() {
        get(DimonaPersonas.NO_DATA, null, null).then().statusCode(200)
                .body("data.insz", equalTo(DimonaPersonas.NO_DATA))
                .body("data.declarations", emptyIterable());
        get(DimonaPersonas.NOT_REGISTERED, null, null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_REGISTERED"))
                .body("type", equalTo("https://magda-gateway.dev/problems/person-not-registered"))
                .body("magda.code", equalTo("40003"));
    }

    @Test
    void passesWarningsOnBesideTheData() {
        get(DimonaPersonas.WARNING, null, null).then().statusCode(200)
                .body("data.declarations.dimonaNumber", contains("300000000301", "300000000302"))
                .body("warnings[0].code", equalTo("30030"))
                .body("warnings[0].origin", equalTo("KSZ"))
                .body("warnings[0].type", equalTo("WARNING"));
    }

    @Test
    void busyIs503WithRetryAfterAndSoapFaultIs502() {
        get(DimonaPersonas.BUSY, null, null).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
        get(DimonaPersonas.SOAP_FAULT, null, null).then().statusCode(502).body("code", equalTo("BACKEND_ERROR"));
    }

    @Test
    void aLookupIsAuditedUnderItsOwnServiceName() {
        String ok = RequestIds.fresh("dimona-ok-");
        String conflict = RequestIds.fresh("dimona-409-");
        Response response = Api.consult().header("X-Request-Id", ok).get(PATH, DimonaPersonas.FULL);
        Api.consult().header("X-Request-Id", conflict).get(PATH, DimonaPersonas.NOT_REGISTERED).then().statusCode(409);

        assertThat(AuditRows.withRequestIdPrefix(ok)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("GeefWerkrelaties");
            assertThat(row.insz()).isEqualTo(DimonaPersonas.FULL);
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.magdaReference()).isEqualTo(response.header("X-Magda-Reference"));
        });
        assertThat(AuditRows.withRequestIdPrefix(conflict)).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo("CLIENT_ERROR");
            assertThat(row.httpStatus()).isEqualTo(409);
        });
    }

    @Test
    void anExcludedEntityIsRefusedWithoutCallingMagda() {
        Api.as(Api.CLIENT, "consult").header("X-Entity", "VUTG").get(PATH, DimonaPersonas.FULL).then()
                .statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
        assertThat(allRequests(wiremock)).isZero();
    }
}
