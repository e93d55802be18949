package com.magdagateway.authz;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

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
}
