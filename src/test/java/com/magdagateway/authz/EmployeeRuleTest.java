package com.magdagateway.authz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Links;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The employee rule with {@code GATEWAY_REQUIRE_LINK=true}: person data only for an entity with an active EMPLOYEE link
 * or one inside its two-year tail (a future start included); otherwise 403 PERSON_NOT_LINKED, audited, MAGDA untouched.
 * A fresh person is unknown to the simulated MAGDA, so "allowed" shows as its 404, "refused" as the 403.
 */
@QuarkusTest
@TestProfile(RequireLinkProfile.class)
@ConnectWireMock
class EmployeeRuleTest {

    private static final String REGISTRATION = "/api/v1/persons/{insz}/registration";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    WireMock wiremock;

    private static boolean warm;

    @BeforeEach
    void reset() {
        Links.seedEntities();
        if (!warm) {
            // A cold first MAGDA call (JAXB contexts, CXF clients) may time out on a loaded machine.
            Api.consult().get("/api/v1/persons/{insz}", Personas.FULL);
            warm = true;
        }
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static Response lookUp(String entity, String path, String insz) {
        return Api.as(Api.CLIENT, "consult").header("X-Entity", entity).get(path, insz);
    }

    private static Response person(String entity, String insz) {
        return lookUp(entity, "/api/v1/persons/{insz}", insz);
    }

    private static void put(String entity, String insz, String body) {
        Api.as(Api.CLIENT, "register").header("X-Entity", entity).contentType("application/json").body(body)
                .put(REGISTRATION, insz).then().statusCode(200);
    }

    private static void end(String entity, String insz, LocalDate effectiveDate) {
        Api.as(Api.CLIENT, "register").header("X-Entity", entity).queryParam("effectiveDate", effectiveDate.toString())
                .delete(REGISTRATION, insz).then().statusCode(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/persons/{insz}", "/api/v1/persons/{insz}/household",
            "/api/v1/persons/{insz}/self-employment", "/api/v1/persons/{insz}/dimona", "/api/v1/persons/{insz}/dmfa" })
    void everyPersonDataLookupOfAnUnlinkedPersonIsRefusedAuditedAndNeverSent(String path) {
        String insz = Links.freshInsz();
        String requestId = RequestIds.fresh("unlinked-");
        Api.as(Api.CLIENT, "consult").header("X-Entity", Links.ENTITY_A).header("X-Request-Id", requestId)
                .get(path, insz).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("PERSON_NOT_LINKED"))
                .body("type", equalTo("https://magda-gateway.dev/problems/person-not-linked"));
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement().satisfies(row -> {
            assertThat(row.outcome()).isEqualTo("DENIED");
            assertThat(row.httpStatus()).isEqualTo(403);
            assertThat(row.magdaReference()).isNull();
        });
        assertThat(Links.requestsAbout(wiremock, insz)).isZero();
    }

    @Test
    void theDevSeedLinksTheReadmePersonas() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
    }

    @Test
    void anEmployeeLinkAllowsTheLookupAndAnotherEntitysLinkDoesNot() {
        String insz = Links.freshInsz();
        put(Links.ENTITY_A, insz, "{\"relation\": \"EMPLOYEE\"}");
        person(Links.ENTITY_A, insz).then().statusCode(404).body("code", equalTo("PERSON_NOT_FOUND"));
        person(Links.ENTITY_B, insz).then().statusCode(403).body("code", equalTo("PERSON_NOT_LINKED"))
                .body("detail", not(org.hamcrest.Matchers.containsString(Links.ENTITY_A)));
    }

    @Test
    void aNonEmployeeLinkDoesNotAllowTheLookup() {
        String insz = Links.freshInsz();
        put(Links.ENTITY_A, insz, "{\"relation\": \"NON_EMPLOYEE\"}");
        person(Links.ENTITY_A, insz).then().statusCode(403).body("code", equalTo("PERSON_NOT_LINKED"));
    }

    @Test
    void aFutureStartAllowsTheLookup() {
        String insz = Links.freshInsz();
        put(Links.ENTITY_A, insz, "{\"relation\": \"EMPLOYEE\", \"from\": \"" + TODAY.plusMonths(3) + "\"}");
        person(Links.ENTITY_A, insz).then().statusCode(404);
    }

    @Test
    void anEndedLinkAllowsTheLookupInsideItsTailOnly() {
        String inside = Links.freshInsz();
        put(Links.ENTITY_A, inside, "{\"relation\": \"EMPLOYEE\"}");
        end(Links.ENTITY_A, inside, TODAY.minusYears(1));
        person(Links.ENTITY_A, inside).then().statusCode(404);

        String after = Links.freshInsz();
        put(Links.ENTITY_A, after, "{\"relation\": \"EMPLOYEE\"}");
        end(Links.ENTITY_A, after, TODAY.minusYears(2).minusDays(1));
        person(Links.ENTITY_A, after).then().statusCode(403).body("code", equalTo("PERSON_NOT_LINKED"));

        // A re-hire after the tail restores the right to look the person up.
        put(Links.ENTITY_A, after, "{\"relation\": \"EMPLOYEE\"}");
        person(Links.ENTITY_A, after).then().statusCode(404);
    }

    @Test
    void registrationCallsAreNotSubjectToTheRule() {
        String insz = Links.freshInsz();
        Api.as(Api.CLIENT, "register").header("X-Entity", Links.ENTITY_A).put(REGISTRATION, insz).then().statusCode(200)
                .body("data.magdaRegistration", equalTo("REGISTERED"));
        Api.as(Api.CLIENT, "consult").header("X-Entity", Links.ENTITY_B).get(REGISTRATION, insz).then().statusCode(200);
    }

    @Test
    void entityRefusalsStillComeFirst() {
        person("VUTG", Personas.FULL).then().statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
    }
}
