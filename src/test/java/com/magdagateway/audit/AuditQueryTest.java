package com.magdagateway.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/** The privacy officer's view: filters, paging, newest first. */
@QuarkusTest
class AuditQueryTest {

    private String client;

    private RequestSpecification auditor() {
        return Api.as("privacy-officer", "audit");
    }

    @BeforeEach
    void fiveLookupsByAFreshClient() {
        client = "audit-query-" + UUID.randomUUID().toString().substring(0, 8);
        Api.as("admin-user", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", client, Api.ENTITY)
                .then().statusCode(201);
        String[] insz = { Personas.FULL, Personas.WARNING, Personas.FULL, Personas.NOT_FOUND, Personas.FULL };
        for (int i = 0; i < insz.length; i++) {
            Api.as(client, "consult").header("X-Entity", Api.ENTITY).header("X-Request-Id", client + "-" + i)
                    .get("/api/v1/persons/{insz}", insz[i]);
        }
    }

    @Test
    void filtersByClientNewestFirst() {
        auditor().queryParam("clientId", client).get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(20))
                .body("items.requestId", contains(client + "-4", client + "-3", client + "-2", client + "-1", client + "-0"))
                .body("items.clientId", everyItem(equalTo(client)));
    }

    @Test
    void filtersByInszAndEntity() {
        auditor().queryParam("clientId", client).queryParam("insz", Personas.FULL).queryParam("entity", Api.ENTITY)
                .get("/api/v1/audit").then().statusCode(200)
                .body("total", equalTo(3)).body("items.insz", everyItem(equalTo(Personas.FULL)));
        auditor().queryParam("clientId", client).queryParam("entity", "AGII").get("/api/v1/audit").then()
                .body("total", equalTo(0));
    }

    @Test
    void pagesThroughTheResults() {
        auditor().queryParam("clientId", client).queryParam("size", 2).queryParam("page", 1).get("/api/v1/audit")
                .then().statusCode(200).body("total", equalTo(5)).body("items", hasSize(2))
                .body("items.requestId", contains(client + "-2", client + "-1"));
        auditor().queryParam("clientId", client).queryParam("size", 2).queryParam("page", 2).get("/api/v1/audit")
                .then().body("items.requestId", contains(client + "-0"));
    }

    @Test
    void filtersByTime() {
        String today = LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1).toString();
        auditor().queryParam("clientId", client).queryParam("from", today).queryParam("to", today).get("/api/v1/audit")
                .then().body("total", equalTo(5));
        auditor().queryParam("clientId", client).queryParam("from", tomorrow).get("/api/v1/audit")
                .then().body("total", equalTo(0));
        auditor().queryParam("clientId", client).queryParam("to", "2000-01-01T00:00:00Z").get("/api/v1/audit")
                .then().body("total", equalTo(0));
    }

    @Test
    void rejectsMalformedFilters() {
        String[][] bad = { { "from", "yesterday" }, { "size", "0" }, { "size", "500" }, { "page", "abc" },
                { "insz", "123" } };
        for (String[] param : bad) {
            auditor().queryParam(param[0], param[1]).get("/api/v1/audit").then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        }
        auditor().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").get("/api/v1/audit").then()
                .statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }
}
