package com.magdagateway.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * An answer to another question (another reference, another person) is never served: 502, no data, an audit row
 * that says why, and a counter that operations can alert on.
 */
@QuarkusTest
@ConnectWireMock
class AnswerCorrelationTest {

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static RequestSpecification as(String role) {
        return Api.as(Api.CLIENT, role).header("X-Entity", Api.ENTITY);
    }

    private static Response call(String method, String path, String insz, String requestId) {
        RequestSpecification request = as(method.equals("GET") ? "consult" : "register").header("X-Request-Id", requestId);
        return switch (method) {
            case "PUT" -> request.put(path, insz);
            case "DELETE" -> request.queryParam("effectiveDate", "2026-01-31").delete(path, insz);
            default -> request.get(path, insz);
        };
    }

    private static double mismatches(String service) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        String series = "magda_answer_mismatch_total{service=\"" + service + "\"}";
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as("series %s is exported", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static void refusedAsMismatch(String service, String method, String path, String insz) {
        double before = mismatches(service);
        String requestId = RequestIds.fresh("mismatch-");
        call(method, path, insz, requestId).then().statusCode(502).contentType("application/problem+json")
                .body("code", equalTo("BACKEND_ERROR"))
                .body("detail", containsString("does not match the question"))
                .body("$", not(hasKey("data")));
        assertThat(mismatches(service)).as("magda_answer_mismatch_total of %s", service).isEqualTo(before + 1);
        var rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).outcome()).isEqualTo("BACKEND_ERROR");
        assertThat(rows.get(0).httpStatus()).isEqualTo(502);
        assertThat(rows.get(0).magdaReference()).isNotNull();
        assertThat(AuditRows.reason(requestId)).isEqualTo("ANSWER_MISMATCH");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "GeefPersoon, GET, /api/v1/persons/{insz}",
            "GeefGezinssamenstelling, GET, /api/v1/persons/{insz}/household",
            "GeefLoopbaanARZA, GET, /api/v1/persons/{insz}/self-employment",
            "GeefWerkrelaties, GET, /api/v1/persons/{insz}/dimona",
            "GeefDmfaVoorWerknemer, GET, /api/v1/persons/{insz}/dmfa",
            "RegistreerInschrijving, PUT, /api/v1/persons/{insz}/registration",
            "RegistreerUitschrijving, DELETE, /api/v1/persons/{insz}/registration" })
    void anAnswerToAnotherReferenceIsRefused(String service, String method, String path) {
        refusedAsMismatch(service, method, path, Personas.ANOTHER_REFERENCE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "GeefPersoon, GET, /api/v1/persons/{insz}",
            "GeefGezinssamenstelling, GET, /api/v1/persons/{insz}/household",
            "GeefLoopbaanARZA, GET, /api/v1/persons/{insz}/self-employment",
            "GeefWerkrelaties, GET, /api/v1/persons/{insz}/dimona",
            "GeefDmfaVoorWerknemer, GET, /api/v1/persons/{insz}/dmfa" })
    void anAnswerAboutAnotherPersonIsRefused(String service, String method, String path) {
        refusedAsMismatch(service, method, path, Personas.ANOTHER_PERSON);
    }

    @Test
    void notFoundForAnotherReferenceIsNotTrustedEither() {
        refusedAsMismatch("GeefPersoon", "GET", "/api/v1/persons/{insz}", Personas.NOT_FOUND_ANOTHER_REFERENCE);
    }

    @Test
    void theRightAnswerStillPasses() {
        double before = mismatches("GeefPersoon");
        as("consult").get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200)
                .body("data.insz", equalTo(Personas.FULL));
        assertThat(mismatches("GeefPersoon")).isEqualTo(before);
    }
}
