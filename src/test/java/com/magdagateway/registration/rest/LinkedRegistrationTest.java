package com.magdagateway.registration.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Concurrently;
import com.magdagateway.support.Links;
import com.magdagateway.support.RegistrationPersonas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Registration follows the links (issue #14): two entities registering and deregistering the same person in every
 * order reach MAGDA only when the first link opens and the last one ends; MAGDA's calls are counted in WireMock's
 * journal. Every person here is fresh, so that no other test's links interfere.
 */
@QuarkusTest
@ConnectWireMock
class LinkedRegistrationTest {

    private static final String REGISTRATION = "/api/v1/persons/{insz}/registration";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    WireMock wiremock;

    private static boolean warm;

    @BeforeEach
    void reset() {
        Links.seedEntities();
        if (!warm) {
            // A cold first registration (JAXB contexts, CXF clients) may time out on a loaded machine.
            employ(Links.ENTITY_A, Links.freshInsz());
            warm = true;
        }
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static RequestSpecification as(String entity, String role) {
        return Api.as(Api.CLIENT, role).header("X-Entity", entity);
    }

    private static Response put(String entity, String insz, String body) {
        RequestSpecification request = as(entity, "register");
        if (body != null) {
            request.contentType("application/json").body(body);
        }
        return request.put(REGISTRATION, insz);
    }

    private static Response employ(String entity, String insz) {
        return put(entity, insz, "{\"relation\": \"EMPLOYEE\"}");
    }

    private static Response end(String entity, String insz, LocalDate effectiveDate) {
        return as(entity, "register").queryParam("effectiveDate", effectiveDate.toString()).delete(REGISTRATION, insz);
    }

    private static Response state(String entity, String insz) {
        return as(entity, "consult").get(REGISTRATION, insz);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "A+ B+ A- B-, REGISTERED KEPT KEPT DEREGISTERED, 1, 1",
            "A+ B+ B- A-, REGISTERED KEPT KEPT DEREGISTERED, 1, 1",
            "B+ A+ A- B-, REGISTERED KEPT KEPT DEREGISTERED, 1, 1",
            "B+ A+ B- A-, REGISTERED KEPT KEPT DEREGISTERED, 1, 1",
            "A+ A- B+ B-, REGISTERED DEREGISTERED REGISTERED DEREGISTERED, 2, 2",
            "B+ B- A+ A-, REGISTERED DEREGISTERED REGISTERED DEREGISTERED, 2, 2" })
    void twoEntitiesInEveryOrderReachMagdaOnlyForTheFirstAndTheLastLink(String steps, String expected,
            int registrations, int deregistrations) {
        String insz = Links.freshInsz();
        List<String> outcomes = new ArrayList<>();
        for (String step : steps.split(" ")) {
            String entity = step.charAt(0) == 'A' ? Links.ENTITY_A : Links.ENTITY_B;
            Response response = step.charAt(1) == '+' ? employ(entity, insz) : end(entity, insz, TODAY);
            response.then().statusCode(200).body("data.insz", equalTo(insz));
            outcomes.add(response.path("data.magdaRegistration"));
        }
        assertThat(String.join(" ", outcomes)).isEqualTo(expected);
        assertThat(Links.registrations(wiremock, insz)).as("RegistreerInschrijving calls").isEqualTo(registrations);
        assertThat(Links.deregistrations(wiremock, insz)).as("RegistreerUitschrijving calls").isEqualTo(deregistrations);
    }

    @Test
    void aKeptDeregistrationSaysSoWithoutMagdaAndWithoutNamingTheOtherEntity() {
        String insz = Links.freshInsz();
        employ(Links.ENTITY_A, insz).then().statusCode(200);
        Response kept = employ(Links.ENTITY_B, insz);
        kept.then().statusCode(200).header("X-Magda-Reference", nullValue())
                .body("data.registered", equalTo(true)).body("data.endDate", nullValue())
                .body("data.magdaRegistration", equalTo("KEPT")).body("source", nullValue())
                .body("warnings", emptyIterable());
        assertThat(kept.asString()).doesNotContain(Links.ENTITY_A);

        String requestId = RequestIds.fresh("kept-");
        Response ended = as(Links.ENTITY_A, "register").header("X-Request-Id", requestId)
                .queryParam("effectiveDate", TODAY.toString()).delete(REGISTRATION, insz);
        ended.then().statusCode(200).body("data.registered", equalTo(true)).body("data.endDate", nullValue())
                .body("data.magdaRegistration", equalTo("KEPT"));
        assertThat(ended.asString()).doesNotContain(Links.ENTITY_B);
        assertThat(Links.deregistrations(wiremock, insz)).isZero();
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistreerUitschrijving");
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.httpStatus()).isEqualTo(200);
            assertThat(row.magdaReference()).isNull();
            assertThat(row.entity()).isEqualTo(Links.ENTITY_A);
        });
        assertThat(AuditRows.reason(requestId)).isEqualTo("NO_MAGDA_CALL");
    }

    @Test
    void twoEntitiesRegisteringAtOnceReachMagdaOnceAndDeregisteringAtOnceOnce() {
        for (int round = 0; round < 3; round++) {
            String insz = Links.freshInsz();
            List<String> registered = Concurrently.run(2, i -> employ(i == 0 ? Links.ENTITY_A : Links.ENTITY_B, insz)
                    .then().statusCode(200).extract().<String> path("data.magdaRegistration")).results();
            assertThat(registered).containsExactlyInAnyOrder("REGISTERED", "KEPT");
            assertThat(Links.registrations(wiremock, insz)).isEqualTo(1);

            List<String> deregistered = Concurrently.run(2, i -> end(i == 0 ? Links.ENTITY_A : Links.ENTITY_B, insz, TODAY)
                    .then().statusCode(200).extract().<String> path("data.magdaRegistration")).results();
            assertThat(deregistered).containsExactlyInAnyOrder("DEREGISTERED", "KEPT");
            assertThat(Links.deregistrations(wiremock, insz)).isEqualTo(1);
        }
    }

    @Test
    void theDeregistrationNeverCutsShortAnotherEntitysTail() {
        String insz = Links.freshInsz();
        employ(Links.ENTITY_A, insz).then().statusCode(200);
        employ(Links.ENTITY_B, insz).then().statusCode(200);
        end(Links.ENTITY_A, insz, TODAY).then().statusCode(200).body("data.magdaRegistration", equalTo("KEPT"));
        // B's employment ended a year earlier, backdated: A's tail still runs two years from today.
        end(Links.ENTITY_B, insz, TODAY.minusYears(1)).then().statusCode(200)
                .body("data.magdaRegistration", equalTo("DEREGISTERED"))
                .body("data.endDate", equalTo(TODAY.plusYears(2).toString()));
    }

    @Test
    void aReHireInsideTheTailRegistersAgainAndLiftsTheEndDate() {
        String insz = Links.freshInsz();
        employ(Links.ENTITY_A, insz).then().statusCode(200);
        end(Links.ENTITY_A, insz, TODAY.minusDays(30)).then().statusCode(200)
                .body("data.endDate", equalTo(TODAY.minusDays(30).plusYears(2).toString()));
        state(Links.ENTITY_A, insz).then().statusCode(200)
                .body("data.link.active", equalTo(false))
                .body("data.link.tailEnd", equalTo(TODAY.minusDays(30).plusYears(2).toString()))
                .body("data.magdaRegistration.state", equalTo("ENDING"));

        employ(Links.ENTITY_A, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("REGISTERED"))
                .body("data.endDate", nullValue());
        assertThat(Links.registrations(wiremock, insz)).isEqualTo(2);
        state(Links.ENTITY_A, insz).then().statusCode(200)
                .body("data.link.active", equalTo(true)).body("data.link.endDate", nullValue())
                .body("data.link.tailEnd", nullValue())
                .body("data.link.registrationReference", notNullValue())
                .body("data.magdaRegistration.state", equalTo("REGISTERED"))
                .body("data.magdaRegistration.endDate", nullValue());
    }

    @Test
    void aReHireAfterTheTailRegistersAgain() {
        String insz = Links.freshInsz();
        employ(Links.ENTITY_A, insz).then().statusCode(200);
        end(Links.ENTITY_A, insz, LocalDate.of(2020, 1, 31)).then().statusCode(200)
                .body("data.endDate", equalTo("2022-01-31"));
        state(Links.ENTITY_A, insz).then().statusCode(200).body("data.magdaRegistration.state", equalTo("NOT_REGISTERED"));

        employ(Links.ENTITY_A, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("REGISTERED"));
        assertThat(Links.registrations(wiremock, insz)).isEqualTo(2);
        state(Links.ENTITY_A, insz).then().body("data.link.active", equalTo(true))
                .body("data.magdaRegistration.state", equalTo("REGISTERED"));
    }

    @Test
    void aNonEmployeeIsRecordedAndNeverRegistered() {
        String insz = Links.freshInsz();
        String requestId = RequestIds.fresh("nonemp-");
        as(Links.ENTITY_A, "register").header("X-Request-Id", requestId).contentType("application/json")
                .body("{\"relation\": \"NON_EMPLOYEE\", \"from\": \"2026-01-01\"}").put(REGISTRATION, insz)
                .then().statusCode(200).body("data.magdaRegistration", equalTo("UNCHANGED"))
                .body("data.registered", equalTo(false)).body("source", nullValue());
        state(Links.ENTITY_A, insz).then().statusCode(200).body("data.link.relation", equalTo("NON_EMPLOYEE"))
                .body("data.link.from", equalTo("2026-01-01")).body("data.magdaRegistration.state", equalTo("UNKNOWN"));
        end(Links.ENTITY_A, insz, TODAY).then().statusCode(200).body("data.magdaRegistration", equalTo("UNCHANGED"));
        assertThat(Links.registrations(wiremock, insz) + Links.deregistrations(wiremock, insz)).isZero();
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistreerInschrijving");
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.magdaReference()).isNull();
        });
    }

    @Test
    void aNonEmployeeLinkDoesNotKeepAnotherEntitysEmployeeRegistered() {
        String insz = Links.freshInsz();
        put(Links.ENTITY_B, insz, "{\"relation\": \"NON_EMPLOYEE\"}").then().statusCode(200);
        employ(Links.ENTITY_A, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("REGISTERED"));
        end(Links.ENTITY_A, insz, TODAY).then().statusCode(200).body("data.magdaRegistration", equalTo("DEREGISTERED"));
        assertThat(Links.deregistrations(wiremock, insz)).isEqualTo(1);
    }

    @Test
    void aFutureStartRegistersNowAndKeepsItsDate() {
        String insz = Links.freshInsz();
        LocalDate start = TODAY.plusDays(60);
        put(Links.ENTITY_A, insz, "{\"relation\": \"EMPLOYEE\", \"from\": \"" + start + "\"}").then().statusCode(200)
                .body("data.magdaRegistration", equalTo("REGISTERED"));
        assertThat(Links.registrations(wiremock, insz)).isEqualTo(1);
        state(Links.ENTITY_A, insz).then().statusCode(200).body("data.link.from", equalTo(start.toString()))
                .body("data.link.active", equalTo(true));
        // A future appointment keeps the person registered for another entity's departure too.
        employ(Links.ENTITY_B, insz).then().statusCode(200).body("data.magdaRegistration", equalTo("KEPT"));
        end(Links.ENTITY_B, insz, TODAY).then().statusCode(200).body("data.magdaRegistration", equalTo("KEPT"));
    }

    @Test
    void aPutWithoutBodyIsAnEmployeeFromToday() {
        String insz = Links.freshInsz();
        put(Links.ENTITY_A, insz, null).then().statusCode(200).body("data.magdaRegistration", equalTo("REGISTERED"));
        state(Links.ENTITY_A, insz).then().body("data.link.relation", equalTo("EMPLOYEE"))
                .body("data.link.from", equalTo(TODAY.toString()));
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = { "{\"relation\": \"BOSS\"}", "{\"from\": \"2026-01-01\"}", "{\"relation\": 1}",
            "{\"relation\": \"EMPLOYEE\", \"from\": \"2026-02-30\"}", "{\"relation\": \"EMPLOYEE\", \"from\": \"01-02-2026\"}",
            "{\"relation\": \"EMPLOYEE\", \"from\": 20260101}", "{\"relation\": \"EMPLOYEE\", \"since\": \"2026-01-01\"}",
            "[]", "\"EMPLOYEE\"", "not json" })
    void aBadBodyIs400BeforeAnyMagdaCall(String body) {
        String insz = Links.freshInsz();
        put(Links.ENTITY_A, insz, body).then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
        assertThat(Links.registrations(wiremock, insz)).isZero();
        state(Links.ENTITY_A, insz).then().statusCode(200).body("data.link", nullValue());
    }

    @Test
    void aRegistrationMagdaRefusesLeavesNoLink() {
        put(Links.ENTITY_A, RegistrationPersonas.REJECTED, "{\"relation\": \"EMPLOYEE\"}").then().statusCode(422)
                .body("code", equalTo("REGISTRATION_REJECTED"));
        state(Links.ENTITY_A, RegistrationPersonas.REJECTED).then().statusCode(200).body("data.link", nullValue());
    }

    @Test
    void theStateShowsOnlyTheCallersOwnLink() {
        String insz = Links.freshInsz();
        employ(Links.ENTITY_B, insz).then().statusCode(200);
        Response response = state(Links.ENTITY_A, insz);
        response.then().statusCode(200).body("data.insz", equalTo(insz)).body("data.link", nullValue())
                .body("data.magdaRegistration.state", equalTo("REGISTERED")).body("source", nullValue());
        assertThat(response.asString()).doesNotContain(Links.ENTITY_B);
        assertThat(Links.registrations(wiremock, insz)).isEqualTo(1);
    }

    @Test
    void theStateIsAuditedWithoutMagda() {
        String requestId = RequestIds.fresh("state-");
        String insz = Links.freshInsz();
        as(Links.ENTITY_A, "register").header("X-Request-Id", requestId).get(REGISTRATION, insz).then().statusCode(200);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.service()).isEqualTo("RegistrationState");
            assertThat(row.outcome()).isEqualTo("SUCCESS");
            assertThat(row.insz()).isEqualTo(insz);
            assertThat(row.magdaReference()).isNull();
        });
    }

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "GET, LINK-A, consult, 200, ''", "GET, LINK-A, register, 200, ''", "GET, LINK-A, audit, 403, FORBIDDEN",
            "GET, LINK-A, admin, 403, FORBIDDEN", "GET, VUTG, consult, 403, ENTITY_EXCLUDED",
            "GET, AGII, consult, 403, ENTITY_NOT_AUTHORIZED", "GET, '', consult, 403, ENTITY_NOT_AUTHORIZED",
            "PUT, LINK-A, consult, 403, FORBIDDEN", "PUT, LINK-A, admin, 403, FORBIDDEN",
            "PUT, KAB-WERK, register, 403, ENTITY_EXCLUDED", "PUT, DEPT-ONGEKOPPELD, register, 403, ENTITY_NOT_AUTHORIZED",
            "DELETE, LINK-A, consult, 403, FORBIDDEN", "DELETE, VUTG, register, 403, ENTITY_EXCLUDED" })
    void authorizationMatrixOfTheRegistrationEndpoints(String method, String entity, String role, int status, String code) {
        String insz = Links.freshInsz();
        String requestId = RequestIds.fresh("matrix-");
        RequestSpecification request = Api.as(Api.CLIENT, role).header("X-Request-Id", requestId)
                .queryParam("effectiveDate", TODAY.toString());
        if (!entity.isEmpty()) {
            request.header("X-Entity", entity);
        }
        Response response = request.request(method, REGISTRATION, insz);
        response.then().statusCode(status);
        if (!code.isEmpty()) {
            response.then().contentType("application/problem+json").body("code", equalTo(code));
            assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement()
                    .satisfies(row -> assertThat(row.outcome()).isEqualTo("DENIED"));
        }
        assertThat(Links.registrations(wiremock, insz) + Links.deregistrations(wiremock, insz)).isZero();
    }

    @Test
    void theLinkNamesWhoCreatedAndWhoEndedItAndTheMagdaReferencesItCaused() throws Exception {
        String insz = Links.freshInsz();
        String registered = as(Links.ENTITY_A, "register").header("X-End-User", "jan.peeters").put(REGISTRATION, insz)
                .then().statusCode(200).extract().header("X-Magda-Reference");
        String deregistered = as(Links.ENTITY_A, "register").header("X-End-User", "an.smet")
                .queryParam("effectiveDate", TODAY.toString()).delete(REGISTRATION, insz)
                .then().statusCode(200).extract().header("X-Magda-Reference");
        try (var connection = AuditRows.connect(); var query = connection.prepareStatement("SELECT created_by_client, "
                + "created_by_end_user, ended_by_client, ended_by_end_user, registration_reference, deregistration_reference "
                + "FROM person_link WHERE entity_code = ? AND insz = ?")) {
            query.setString(1, Links.ENTITY_A);
            query.setString(2, insz);
            try (var row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo(Api.CLIENT);
                assertThat(row.getString(2)).isEqualTo("jan.peeters");
                assertThat(row.getString(3)).isEqualTo(Api.CLIENT);
                assertThat(row.getString(4)).isEqualTo("an.smet");
                assertThat(row.getString(5)).isEqualTo(registered).isNotNull();
                assertThat(row.getString(6)).isEqualTo(deregistered).isNotNull();
            }
        }
    }

    @Test
    void withTheRuleOffAnUnlinkedPersonMayBeLookedUp() {
        String insz = Links.freshInsz();
        as(Links.ENTITY_A, "consult").get("/api/v1/persons/{insz}", insz).then().statusCode(404)
                .body("code", equalTo("PERSON_NOT_FOUND"));
    }
}
