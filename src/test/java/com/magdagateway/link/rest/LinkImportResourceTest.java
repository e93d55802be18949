package com.magdagateway.link.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.Links;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** {@code POST /api/v1/admin/links}: per-line validation, a report, idempotence, the admin trail, and no MAGDA call. */
@QuarkusTest
@ConnectWireMock
class LinkImportResourceTest {

    private static final String LINKS = "/api/v1/admin/links";

    WireMock wiremock;

    @BeforeEach
    void reset() {
        Links.seedEntities();
        wiremock.resetRequests();
    }

    private static RequestSpecification admin(String requestId) {
        return Api.as("ops-admin", "admin").header("X-Request-Id", requestId);
    }

    private static String json(String entity, String insz, String relation, String start) {
        return "{\"entity\": \"" + entity + "\", \"insz\": \"" + insz + "\", \"relation\": \"" + relation
                + "\", \"start\": \"" + start + "\"}";
    }

    @Test
    void aJsonImportReportsEachLineAndARepeatAddsNothing() {
        String first = Links.freshInsz();
        String second = Links.freshInsz();
        String body = "[" + json(Links.ENTITY_A, first, "EMPLOYEE", "2024-09-01") + ", "
                + json("link-b", second, "non_employee", "2030-01-01") + ", "
                + json(Links.ENTITY_A, "87671210188", "EMPLOYEE", "2024-09-01") + ", "
                + json("NOPE", first, "EMPLOYEE", "2024-09-01") + ", "
                + json(Links.ENTITY_B, first, "BOSS", "2024-09-01") + ", "
                + json(Links.ENTITY_B, first, "EMPLOYEE", "2024-02-30") + ", "
                + json(Links.ENTITY_A, first, "EMPLOYEE", "2025-01-01") + ", 42]";
        admin(RequestIds.fresh("import-")).contentType("application/json").body(body).post(LINKS).then()
                .statusCode(200).contentType("application/json")
                .body("lines", equalTo(8)).body("created", equalTo(2)).body("unchanged", equalTo(0))
                .body("accepted.line", org.hamcrest.Matchers.contains(1, 2))
                .body("accepted.result", org.hamcrest.Matchers.contains("CREATED", "CREATED"))
                .body("refused.line", org.hamcrest.Matchers.contains(3, 4, 5, 6, 7, 8))
                .body("refused[0].reason", containsString("check digits"))
                .body("refused[1].reason", containsString("No entity"))
                .body("refused[2].reason", containsString("relation"))
                .body("refused[3].reason", containsString("start"))
                .body("refused[4].reason", containsString("line 1"));

        admin(RequestIds.fresh("import-")).contentType("application/json").body(body).post(LINKS).then()
                .statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2))
                .body("accepted.result", org.hamcrest.Matchers.contains("UNCHANGED", "UNCHANGED"));

        Api.as(Api.CLIENT, "consult").header("X-Entity", Links.ENTITY_A).get("/api/v1/persons/{insz}/registration", first)
                .then().statusCode(200).body("data.link.relation", equalTo("EMPLOYEE"))
                .body("data.link.from", equalTo("2024-09-01")).body("data.magdaRegistration.state", equalTo("UNKNOWN"));
        assertThat(Links.requestsAbout(wiremock, first) + Links.requestsAbout(wiremock, second))
                .as("an import never calls MAGDA").isZero();
    }

    @Test
    void aCsvImportNumbersLinesAsInTheFile() {
        String insz = Links.freshInsz();
        String csv = "entity,insz,relation,start\n"
                + Links.ENTITY_A + "," + insz + ",EMPLOYEE,2024-09-01\n"
                + "\n"
                + Links.ENTITY_B + ";" + insz + ";NON_EMPLOYEE;2024-09-01\r\n"
                + "only,three,fields\n"
                + "\"" + Links.ENTITY_B + "\",\"" + insz + "\",\"EMPLOYEE\",\"2024-09-01\"\n";
        admin(RequestIds.fresh("csv-")).contentType("text/csv").body(csv).post(LINKS).then().statusCode(200)
                .body("lines", equalTo(4)).body("created", equalTo(2))
                .body("accepted.line", org.hamcrest.Matchers.contains(2, 4))
                .body("refused.line", org.hamcrest.Matchers.contains(5, 6))
                .body("refused[0].reason", containsString("4 fields"))
                .body("refused[1].reason", containsString("line 4"));
    }

    @Test
    void anImportIsRecordedInTheAdminTrail() {
        String requestId = RequestIds.fresh("trail-");
        String insz = Links.freshInsz();
        admin(requestId).header("X-End-User", "jan.peeters").contentType("application/json")
                .body("[" + json(Links.ENTITY_A, insz, "EMPLOYEE", "2024-09-01") + "]").post(LINKS).then().statusCode(200)
                .body("created", equalTo(1));
        Response trail = Api.as("privacy-officer", "audit").get("/api/v1/audit/admin?action=LINKS_IMPORTED&clientId=ops-admin&size=100");
        trail.then().statusCode(200);
        assertThat(trail.jsonPath().getList("items.findAll { it.requestId == '" + requestId + "' }")).hasSize(1);
        assertThat(trail.asString()).contains(insz).contains("jan.peeters");
    }

    @ParameterizedTest(name = "role {0}")
    @ValueSource(strings = { "consult", "register", "audit" })
    void onlyAdministratorsMayImport(String role) {
        Api.as(Api.CLIENT, role).contentType("application/json").body("[]").post(LINKS).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void withoutTokenIs401() {
        io.restassured.RestAssured.given().contentType("application/json").body("[]").post(LINKS).then().statusCode(401);
    }

    @ParameterizedTest(name = "body {0}")
    @ValueSource(strings = { "{}", "not json", "", "\"x\"" })
    void aJsonBodyThatIsNotAnArrayIs400(String body) {
        admin(RequestIds.fresh("bad-")).contentType("application/json").body(body).post(LINKS).then().statusCode(400)
                .contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void anEmptyArrayIsAnEmptyReport() {
        admin(RequestIds.fresh("empty-")).contentType("application/json").body("[]").post(LINKS).then().statusCode(200)
                .body("lines", equalTo(0)).body("accepted", emptyIterable()).body("refused", hasSize(0));
    }

    @Test
    void anotherMediaTypeIs415() {
        admin(RequestIds.fresh("xml-")).contentType("application/xml").body("<links/>").post(LINKS).then()
                .statusCode(415).contentType("application/problem+json");
    }
}
