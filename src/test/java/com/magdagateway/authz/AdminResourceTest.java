package com.magdagateway.authz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Managing entities and grants, and the effect on who may look people up. */
@QuarkusTest
class AdminResourceTest {

    private static RequestSpecification admin() {
        return Api.as("admin-user", "admin");
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void createsReadsAndUpdatesAnEntity() {
        String code = uniqueCode();
        admin().contentType(ContentType.JSON).body("{\"name\":\"Test agency\",\"kind\":\"AGENCY\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code).then().statusCode(201)
                .body("code", equalTo(code)).body("kind", equalTo("AGENCY")).body("kszLookup", equalTo(true))
                .body("excluded", equalTo(false));
        admin().contentType(ContentType.JSON).body("{\"name\":\"Test cabinet\",\"kind\":\"CABINET\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code).then().statusCode(200).body("excluded", equalTo(true));
        admin().get("/api/v1/admin/entities/{code}", code).then().statusCode(200).body("name", equalTo("Test cabinet"));
        admin().get("/api/v1/admin/entities").then().statusCode(200).body("code", hasItem(code));
    }

    @Test
    void grantingAndRevokingChangesWhoMayLookUp() {
        String code = uniqueCode();
        String client = "app-" + code.toLowerCase();
        admin().contentType(ContentType.JSON).body("{\"name\":\"Dept\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code).then().statusCode(201);
        Api.as(client, "consult").header("X-Entity", code).get("/api/v1/persons/{i}", Personas.FULL).then()
                .statusCode(403).body("code", equalTo("ENTITY_NOT_AUTHORIZED"));

        admin().put("/api/v1/admin/clients/{c}/entities/{e}", client, code).then().statusCode(201)
                .body("entities", hasItem(code));
        admin().put("/api/v1/admin/clients/{c}/entities/{e}", client, code).then().statusCode(200);
        Api.as(client, "consult").header("X-Entity", code).get("/api/v1/persons/{i}", Personas.FULL).then()
                .statusCode(200);

        admin().delete("/api/v1/admin/clients/{c}/entities/{e}", client, code).then().statusCode(204);
        admin().get("/api/v1/admin/clients/{c}/entities", client).then().body("entities", not(hasItem(code)));
        Api.as(client, "consult").header("X-Entity", code).get("/api/v1/persons/{i}", Personas.FULL).then()
                .statusCode(403);
    }

    @Test
    void unknownEntitiesAre404() {
        admin().get("/api/v1/admin/entities/{code}", "NOSUCH").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        admin().put("/api/v1/admin/clients/{c}/entities/{e}", "some-app", "NOSUCH").then().statusCode(404);
    }

    @Test
    void invalidInputIsAProblem() {
        String code = uniqueCode();
        String[] bodies = { "{\"name\":\"x\",\"kszLookup\":true}", "{\"name\":\"x\",\"kind\":\"MINISTRY\",\"kszLookup\":true}",
                "{\"name\":\"  \",\"kind\":\"AGENCY\",\"kszLookup\":true}", "{\"name\":\"x\",\"kind\":\"AGENCY\"}",
                "{not json", "", "[]" };
        for (String body : bodies) {
            admin().contentType(ContentType.JSON).body(body).put("/api/v1/admin/entities/{code}", code).then()
                    .statusCode(400).contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        }
        admin().contentType(ContentType.TEXT).body("name=x").put("/api/v1/admin/entities/{code}", code).then()
                .statusCode(415).contentType("application/problem+json").body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        admin().contentType(ContentType.JSON).body("{\"name\":\"x\",\"kind\":\"AGENCY\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", "bad code!").then().statusCode(400);
    }

    @Test
    void codesAreCaseInsensitiveInAdminPathsToo() {
        String code = uniqueCode();
        String client = "app-" + code.toLowerCase();
        admin().contentType(ContentType.JSON).body("{\"name\":\"Dept\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code.toLowerCase()).then().statusCode(201).body("code", equalTo(code));
        admin().contentType(ContentType.JSON).body("{\"name\":\"Dept 2\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", " " + code + " ").then().statusCode(200).body("code", equalTo(code));
        admin().get("/api/v1/admin/entities/{code}", code.toLowerCase()).then().statusCode(200).body("name", equalTo("Dept 2"));
        admin().put("/api/v1/admin/clients/{c}/entities/{e}", client, code.toLowerCase()).then().statusCode(201)
                .body("entities", hasItem(code));
        Api.as(client, "consult").header("X-Entity", code.toLowerCase()).get("/api/v1/persons/{i}", Personas.FULL)
                .then().statusCode(200);
        admin().delete("/api/v1/admin/clients/{c}/entities/{e}", client, code.toLowerCase()).then().statusCode(204);
        admin().get("/api/v1/admin/clients/{c}/entities", client).then().body("entities", not(hasItem(code)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "vutg", "Vutg", "VUTG", " VUTG " })
    void vutgCanNeverBeMadeConsultable(String spelling) {
        admin().contentType(ContentType.JSON)
                .body("{\"name\":\"Agentschap Uitbetaling Groeipakket\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", spelling).then().statusCode(200)
                .body("code", equalTo("VUTG")).body("kszLookup", equalTo(false)).body("excluded", equalTo(true));
        admin().get("/api/v1/admin/entities").then().body("findAll { it.code.toUpperCase() == 'VUTG' }.size()", equalTo(1));
        // hr-app holds a grant for VUTG (seed): still no KSZ data, whatever the spelling.
        Api.as("hr-app", "consult").header("X-Entity", spelling).get("/api/v1/persons/{i}", Personas.FULL).then()
                .statusCode(403).body("code", equalTo("ENTITY_EXCLUDED"));
    }

    @Test
    void everyChangeIsInTheAdminTrailWithActorBeforeAndAfter() {
        String code = uniqueCode();
        String client = "app-" + code.toLowerCase();
        String requestId = "trail-" + code;
        admin().header("X-End-User", "jan.peeters@vlaanderen.be").header("X-Request-Id", requestId)
                .contentType(ContentType.JSON).body("{\"name\":\"Kabinet\",\"kind\":\"CABINET\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code).then().statusCode(201);
        admin().contentType(ContentType.JSON).body("{\"name\":\"Kabinet\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", code).then().statusCode(200).body("excluded", equalTo(false));
        admin().put("/api/v1/admin/clients/{c}/entities/{e}", client, code).then().statusCode(201);
        admin().delete("/api/v1/admin/clients/{c}/entities/{e}", client, code).then().statusCode(204);

        var trail = auditor().get("/api/v1/audit/admin?clientId=admin-user&size=200").then().statusCode(200)
                .extract().jsonPath();
        String mine = "items.findAll { it.target.contains('" + code + "') }";
        assertThat(trail.getList(mine + ".action", String.class))
                .containsExactly("GRANT_REVOKED", "GRANT_ADDED", "CABINET_RECLASSIFIED", "ENTITY_CREATED");
        assertThat(trail.getString(mine + "[3].endUser")).isEqualTo("jan.peeters@vlaanderen.be");
        assertThat(trail.getString(mine + "[3].requestId")).isEqualTo(requestId);
        assertThat(trail.getString(mine + "[3].after.kind")).isEqualTo("CABINET");
        assertThat(trail.getString(mine + "[2].before.kind")).isEqualTo("CABINET");
        assertThat(trail.getString(mine + "[2].after.kind")).isEqualTo("DEPARTMENT");
        // The revoked grant keeps its history: who granted it and when, and who revoked it.
        assertThat(trail.getString(mine + "[0].before.clientId")).isEqualTo(client);
        assertThat(trail.getString(mine + "[0].before.grantedAt")).isNotNull();
        assertThat(trail.getString(mine + "[0].after")).isNull();
        assertThat(trail.getString(mine + "[0].clientId")).isEqualTo("admin-user");
    }

    @Test
    void searchingTheAuditLogIsOnRecord() {
        String officer = "officer-" + uniqueCode().toLowerCase();
        Api.as(officer, "audit").header("X-End-User", "privacy.officer").get("/api/v1/audit?insz=85611512387&size=5")
                .then().statusCode(200);
        Api.as(officer, "audit").get("/api/v1/audit/admin?size=1").then().statusCode(200);
        auditor().get("/api/v1/audit/admin?clientId={c}&action=AUDIT_SEARCH", officer).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items[1].target", equalTo("/api/v1/audit?insz=85611512387&size=5"))
                .body("items[1].endUser", equalTo("privacy.officer"))
                .body("items[0].target", equalTo("/api/v1/audit/admin?size=1"));
    }

    @Test
    void onlyAuditorsReadTheTrail() {
        admin().get("/api/v1/audit/admin").then().statusCode(403).body("code", equalTo("FORBIDDEN"));
        Api.as("hr-app", "consult").get("/api/v1/audit/admin").then().statusCode(403);
        io.restassured.RestAssured.given().get("/api/v1/audit/admin").then().statusCode(401);
        auditor().header("X-End-User", "bad value!").get("/api/v1/audit/admin").then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST"));
    }

    private static RequestSpecification auditor() {
        return Api.as("privacy-officer", "audit");
    }
}
