package com.magdagateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;

/** The person at the keyboard ({@code X-End-User}) is kept on the audit row of the lookup made for them. */
@QuarkusTest
@ConnectWireMock
class EndUserAuditTest {

    WireMock wiremock;
    private String requestId;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        requestId = RequestIds.fresh("eu-");
    }

    @Test
    void theEndUserIsOnTheAuditRowAndSearchable() {
        String endUser = "clerk." + UUID.randomUUID().toString().substring(0, 8) + "@werk.vlaanderen";
        Api.consult().header("X-End-User", endUser).header("X-Request-Id", requestId)
                .get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);

        assertThat(AuditRows.endUser(requestId)).isEqualTo(endUser);
        Api.as("privacy-officer", "audit").get("/api/v1/audit?endUser={endUser}", endUser).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].endUser", equalTo(endUser))
                .body("items[0].requestId", equalTo(requestId))
                .body("items[0].insz", equalTo(Personas.FULL));
    }

    @Test
    void withoutTheHeaderTheRowHasNoEndUserAndTheCallIsServed() {
        Api.consult().header("X-Request-Id", requestId).get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).hasSize(1);
        assertThat(AuditRows.endUser(requestId)).isNull();
    }

    @Test
    void aRefusalKeepsTheEndUserToo() {
        Api.as(Api.CLIENT, "consult").header("X-Entity", "VUTG").header("X-End-User", "clerk.refused").header("X-Request-Id", requestId)
                .get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(403);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo("DENIED"));
        assertThat(AuditRows.endUser(requestId)).isEqualTo("clerk.refused");
    }

    @Test
    void anEndUserOutsideTheContractIsA400WithoutLookup() {
        for (String bad : new String[] { "jan peeters", "x".repeat(129), "<script>", "jan;drop" }) {
            Api.consult().header("X-End-User", bad).header("X-Request-Id", requestId)
                    .get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(400)
                    .contentType("application/problem+json").body("code", equalTo("BAD_REQUEST"));
        }
        assertThat(AuditRows.withRequestIdPrefix(requestId)).isEmpty();
        assertThat(WireMockSupport.allRequests(wiremock)).isZero();
    }

    @Test
    void theAuditSearchRefusesAMalformedEndUser() {
        Api.as("privacy-officer", "audit").get("/api/v1/audit?endUser={endUser}", "a b").then().statusCode(400);
        Api.as("privacy-officer", "audit").get("/api/v1/audit?endUser=nobody.at.all").then().statusCode(200)
                .body("items.endUser", everyItem(equalTo("nobody.at.all"))).body("total", equalTo(0));
    }
}
