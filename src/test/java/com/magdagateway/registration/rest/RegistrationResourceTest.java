package com.magdagateway.registration.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.magdagateway.support.WireMockSupport.allRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RegistrationPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@ConnectWireMock
class RegistrationResourceTest {

    private static final String REGISTRATION = "/api/v1/persons/{insz}/registration";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static RequestSpecification registrar() {
        return Api.as(Api.CLIENT, "register").header("X-Entity", Api.ENTITY);
    }

    private static Response register(String insz) {
        return registrar().put(REGISTRATION, insz);
    }

    private static Response deregister(String insz, String effectiveDate) {
        return registrar().queryParam("effectiveDate", effectiveDate).delete(REGISTRATION, insz);
    }

    /** Requests about this person that reached the simulated MAGDA, whichever element carries the INSZ. */
    private int requestsAbout(String insz) {
        return wiremock.find(postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH)).withRequestBody(containing(">" + insz + "<")))
                .size();
    }

    @Test
    void putRegistersWithoutEndDateInTheContractEnvelope() {
        register(RegistrationPersonas.ACCEPTED).then().statusCode(200)
                .contentType("application/json")
                .header("X-Magda-Reference", notNullValue())
                .body("data.insz", equalTo(RegistrationPersonas.ACCEPTED))
                .body("data.registered", equalTo(true))
                .body("data", hasKey("endDate"))
                .body("data.endDate", nullValue())
                .body("warnings", emptyIterable())
                .body("source.service", equalTo("RegistreerInschrijving"))
                .body("source.version", equalTo("02.01.0000"));
        assertThat(requestsAbout(RegistrationPersonas.ACCEPTED)).isEqualTo(1);
    }

    @Test
    void putIsIdempotentAlreadyRegisteredIsASuccessWithTheWarning() {
        for (int i = 0; i < 2; i++) {
            register(RegistrationPersonas.ALREADY_REGISTERED).then().statusCode(200)
                    .body("data.registered", equalTo(true))
                    .body("warnings[0].code", equalTo("40143"))
                    .body("warnings[0].type", equalTo("WARNING"))
                    .body("warnings[0].origin", equalTo("MAGDA"));
        }
    }

    @Test
    void resultaatZeroIs422RegistrationRejected() {
        register(RegistrationPersonas.REJECTED).then().statusCode(422).contentType("application/problem+json")
                .body("code", equalTo("REGISTRATION_REJECTED"))
                .body("type", equalTo("https://magda-gateway.dev/problems/registration-rejected"))
                .body("instance", equalTo("/api/v1/persons/" + RegistrationPersonas.REJECTED + "/registration"));
        deregister(RegistrationPersonas.REJECTED, "2024-06-30").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("REGISTRATION_REJECTED"));
    }

    @Test
    void busyIs503WithRetryAfterAndTheWriteIsNotRepeated() {
        register(RegistrationPersonas.BUSY).then().statusCode(503).header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_BUSY")).body("magda.code", equalTo("99996"));
        deregister(RegistrationPersonas.BUSY, "2024-06-30").then().statusCode(503).body("code", equalTo("BACKEND_BUSY"));
        assertThat(requestsAbout(RegistrationPersonas.BUSY)).as("one request per call: writes are never retried")
                .isEqualTo(2);
    }

    @Test
    void anAnswerThatConfirmsNothingIs502NotSuccess() {
        register(RegistrationPersonas.NO_RESULT).then().statusCode(502).body("code", equalTo("BACKEND_ERROR"));
        deregister(RegistrationPersonas.NO_RESULT, "2024-06-30").then().statusCode(502)
                .body("code", equalTo("BACKEND_ERROR"));
    }

    @ParameterizedTest(name = "effectiveDate {0} ends the registration on {1}")
    @CsvSource({ "2024-02-29,2026-02-28", "2023-01-31,2025-01-31", "2024-12-31,2026-12-31" })
    void deleteEndsTheRegistrationTwoYearsAfterTheEffectiveDate(String effectiveDate, String endDate) {
        deregister(RegistrationPersonas.ACCEPTED, effectiveDate).then().statusCode(200)
                .body("data.insz", equalTo(RegistrationPersonas.ACCEPTED))
                .body("data.registered", equalTo(false))
                .body("data.endDate", equalTo(endDate))
                .body("source.service", equalTo("RegistreerUitschrijving"))
                .body("source.version", equalTo("02.00.0000"));
        wiremock.verifyThat(1, postRequestedFor(urlPathEqualTo(Personas.MAGDA_PATH))
                .withRequestBody(matchingXPath("//Uitschrijving/INSZ[text()='" + RegistrationPersonas.ACCEPTED + "']"))
                .withRequestBody(matchingXPath("//Uitschrijving/Periode/Einde[text()='" + endDate + "']")));
    }

    @Test
    void deleteOfAnAlreadyRegisteredPersonPassesTheWarningOn() {
        deregister(RegistrationPersonas.ALREADY_REGISTERED, "2024-06-30").then().statusCode(200)
                .body("data.registered", equalTo(false))
                .body("data.endDate", equalTo("2026-06-30"))
                .body("warnings[0].code", equalTo("40143"));
    }

    @Test
    void deleteOfAPersonWithoutRegistrationIsASuccessWithTheWarning() {
        deregister(RegistrationPersonas.NOT_REGISTERED, "2024-06-30").then().statusCode(200)
                .body("data.registered", equalTo(false)).body("data.endDate", nullValue())
                .body("warnings[0].code", equalTo("40003"));
    }

    @Test
    void deleteWithoutEffectiveDateIs400BeforeAnyMagdaCall() {
        registrar().delete(REGISTRATION, RegistrationPersonas.ACCEPTED).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", equalTo("'effectiveDate' is required (YYYY-MM-DD)"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @ParameterizedTest(name = "effectiveDate ''{0}''")
    @ValueSource(strings = { "", " ", "2024-02-30", "2023-02-29", "30-06-2024", "2024-6-30", "2024-06-30T00:00",
            "+12024-06-30", "9998-01-01", "yesterday" })
    void malformedEffectiveDateIs400BeforeAnyMagdaCall(String effectiveDate) {
        deregister(RegistrationPersonas.ACCEPTED, effectiveDate).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void invalidInszIs400BeforeAnyMagdaCall() {
        register("87671210188").then().statusCode(400).body("code", equalTo("INSZ_INVALID"));
        deregister("87671210188", "2024-06-30").then().statusCode(400).body("code", equalTo("INSZ_INVALID"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void theConsultRoleMayNotRegisterNorDeregister() {
        Api.consult().put(REGISTRATION, RegistrationPersonas.ACCEPTED).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        Api.consult().queryParam("effectiveDate", "2024-06-30").delete(REGISTRATION, RegistrationPersonas.ACCEPTED)
                .then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void theRegisterRoleIsStillBoundByTheEntityRules() {
        Api.as(Api.CLIENT, "register").header("X-Entity", "VUTG").put(REGISTRATION, RegistrationPersonas.ACCEPTED)
                .then().statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
        Api.as(Api.CLIENT, "register").put(REGISTRATION, RegistrationPersonas.ACCEPTED)
                .then().statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void everyRegistrationCallLeavesOneAuditRowWithItsServiceAndOutcome() {
        String prefix = "reg-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        Response ok = registrar().header("X-Request-Id", prefix + "put").put(REGISTRATION, RegistrationPersonas.ACCEPTED);
        ok.then().statusCode(200);
        registrar().header("X-Request-Id", prefix + "delete").queryParam("effectiveDate", "2024-02-29")
                .delete(REGISTRATION, RegistrationPersonas.REJECTED).then().statusCode(422);
        Api.as(Api.CLIENT, "register").header("X-Entity", "VUTG").header("X-Request-Id", prefix + "denied")
                .put(REGISTRATION, RegistrationPersonas.ACCEPTED).then().statusCode(403);

        List<AuditRows.Row> put = AuditRows.withRequestIdPrefix(prefix + "put");
        assertThat(put).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistreerInschrijving");
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.httpStatus()).isEqualTo(200);
            assertThat(row.clientId()).isEqualTo(Api.CLIENT);
            assertThat(row.entity()).isEqualTo(Api.ENTITY);
            assertThat(row.insz()).isEqualTo(RegistrationPersonas.ACCEPTED);
            assertThat(row.magdaReference()).isEqualTo(ok.header("X-Magda-Reference"));
        });
        assertThat(AuditRows.withRequestIdPrefix(prefix + "delete")).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistreerUitschrijving");
            assertThat(row.outcome()).isEqualTo("CLIENT_ERROR");
            assertThat(row.httpStatus()).isEqualTo(422);
            assertThat(row.insz()).isEqualTo(RegistrationPersonas.REJECTED);
        });
        assertThat(AuditRows.withRequestIdPrefix(prefix + "denied")).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistreerInschrijving");
            assertThat(row.outcome()).isEqualTo("DENIED");
            assertThat(row.magdaReference()).isNull();
        });
    }
}
