package com.magdagateway.resilience;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RefusalPersonas;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** MAGDA refusing a question, or answering it with a FOUT, is an answer from a working MAGDA, not an outage. */
@QuarkusTest
@ConnectWireMock
class MagdaRefusalsTest {

    /** Far beyond the test profile's breaker window (4 calls, failure ratio 0.5). */
    private static final int IN_A_ROW = 40;

    WireMock wiremock;
    private String prefix;

    @BeforeEach
    void reset() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL); // warm: a cold first call may hit the 4 s timeout
        CircuitBreakerMaintenance.get().resetAll();
        wiremock.resetRequests();
        prefix = "refusal-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private Response lookUp(String insz, String requestId) {
        return Api.consult().header("X-Request-Id", requestId).get("/api/v1/persons/{insz}", insz);
    }

    @ParameterizedTest
    @CsvSource({ "77661510173, 40001", "77661510272, 40005", "77661510371, 40006" })
    void magdaRefusingTheQuestionIsAccessDeniedWithMagdasCodeAndIsAuditedAsDenied(String insz, String code) {
        Response response = lookUp(insz, prefix + code);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("code")).isEqualTo("MAGDA_ACCESS_DENIED");
        assertThat(response.jsonPath().getString("type")).endsWith("/magda-access-denied");
        assertThat(response.jsonPath().getString("magda.code")).isEqualTo(code);
        assertThat(response.jsonPath().getString("magda.diagnosis")).isNotBlank();
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(prefix + code);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).outcome()).isEqualTo("DENIED");
        assertThat(rows.get(0).httpStatus()).isEqualTo(403);
        assertThat(rows.get(0).magdaReference()).as("the question did reach MAGDA").isNotNull();
    }

    @ParameterizedTest
    @CsvSource({ "77661510470, 20005", "77661510569, 50000", "77661510668, 12345" })
    void otherFoutCodesAreBackendErrorsWithMagdasCode(String insz, String code) {
        Response response = lookUp(insz, prefix + code);

        assertThat(response.statusCode()).as(response.asString()).isEqualTo(502);
        assertThat(response.jsonPath().getString("code")).isEqualTo("BACKEND_ERROR");
        assertThat(response.jsonPath().getString("magda.code")).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({ "77661510272", "77661510371", "77661510173", "77661510470", "77661510569", "77661510668" })
    void fortyRefusalsInARowLeaveTheBreakerClosedAndTheNextCallerIsServed(String insz) {
        int expected = lookUp(insz, prefix + "first").statusCode();
        for (int i = 0; i < IN_A_ROW - 1; i++) {
            assertThat(lookUp(insz, prefix + i).statusCode()).as("call %d", i).isEqualTo(expected);
        }
        assertThat(WireMockSupport.requestsFor(wiremock, insz)).as("every refusal was a real MAGDA answer")
                .isEqualTo(IN_A_ROW);

        assertThat(breakerState()).as("magda_circuit_breaker_state{GeefPersoon}: closed").isZero();
        Response next = lookUp(Personas.FULL, prefix + "next");
        assertThat(next.statusCode()).as(next.asString()).isEqualTo(200);
        assertThat(WireMockSupport.requestsFor(wiremock, Personas.FULL)).isEqualTo(1);
    }

    @Test
    void theRefusalStubsEchoTheReferenceTheGatewaySent() {
        Response response = lookUp(RefusalPersonas.ACCESS_REFUSED, prefix + "echo");
        String reference = response.header("X-Magda-Reference");
        assertThat(reference).isNotBlank();
        assertThat(wiremock.getServeEvents()).anySatisfy(event -> assertThat(event.getResponse().getBodyAsString())
                .contains("<Referte>" + reference + "</Referte>").contains("<Identificatie>40005</Identificatie>"));
    }

    private static double breakerState() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^magda_circuit_breaker_state\\{service=\"GeefPersoon\"\\} ([0-9.eE+-]+)$")
                .matcher(metrics);
        assertThat(m.find()).as("the breaker gauge is published").isTrue();
        return Double.parseDouble(m.group(1));
    }
}
