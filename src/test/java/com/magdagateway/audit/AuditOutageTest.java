package com.magdagateway.audit;

import static com.magdagateway.support.WireMockSupport.allRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.DatabaseOutageResource;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/** Fail closed: when the audit log cannot be written, nobody gets data and MAGDA is not asked. */
@QuarkusTest
@TestProfile(AuditOutageTest.ProxiedDatabase.class)
@ConnectWireMock
class AuditOutageTest {

    /** Routes the reactive pool through a cuttable proxy. */
    public static class ProxiedDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DatabaseOutageResource.class));
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // The production deadline (GATEWAY_DB_TIMEOUT), not the test profile's relaxed one.
            return Map.of("quarkus.datasource.reactive.idle-timeout", "PT1S", "gateway.db-timeout", "PT2S");
        }
    }

    WireMock wiremock;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
    }

    @AfterEach
    void restore() {
        DatabaseOutageResource.proxy.restore();
        AuditRows.execute("ALTER TABLE audit_record DROP CONSTRAINT IF EXISTS test_blocks_client");
    }

    @Test
    void databaseGoneMidRunMeans503AndNoMagdaCall() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        assertThat(allRequests(wiremock)).isEqualTo(1);
        wiremock.resetRequests();

        DatabaseOutageResource.proxy.cut();
        for (int i = 0; i < 5; i++) {
            Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", notNullValue())
                    .body("code", equalTo("AUDIT_UNAVAILABLE"))
                    .body("data", org.hamcrest.Matchers.nullValue());
        }
        assertThat(allRequests(wiremock)).as("requests that reached MAGDA without an audit record").isZero();

        // Monitoring sees it: DEFAULT is DOWN (503), PING and liveness still answer, readiness fails.
        io.restassured.RestAssured.given().get("/api/v1/health").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        io.restassured.RestAssured.given().get("/api/v1/health?level=PING").then().statusCode(200)
                .body("status", equalTo("UP"));
        io.restassured.RestAssured.given().get("/q/health/live").then().statusCode(200);
        io.restassured.RestAssured.given().get("/q/health/ready").then().statusCode(503);

        DatabaseOutageResource.proxy.restore();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200));
    }

    @Test
    void anUnwritableIntentRefusesTheLookup() {
        // The registry stays readable (authorization passes) but this client's audit rows cannot be inserted.
        AuditRows.execute("ALTER TABLE audit_record ADD CONSTRAINT test_blocks_client "
                + "CHECK (client_id <> 'unauditable-app') NOT VALID");
        AuditRows.execute("INSERT INTO client_grant (client_id, entity_code) VALUES ('unauditable-app', 'DWSE') "
                + "ON CONFLICT DO NOTHING");
        Api.as("unauditable-app", "consult").header("X-Entity", "DWSE").get("/api/v1/persons/{insz}", Personas.FULL)
                .then().statusCode(503).body("code", equalTo("AUDIT_UNAVAILABLE"));
        assertThat(allRequests(wiremock)).isZero();
    }

    @Test
    void aDatabaseThatAcceptsButNeverAnswersIs503WithinTheDeadline() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200);
        wiremock.resetRequests();

        DatabaseOutageResource.proxy.swallow();
        // Without a deadline these requests would hang until the client gives up (20 s here).
        RestAssuredConfig patient = RestAssuredConfig.config().httpClient(
                HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 20_000));
        long start = System.nanoTime();
        Api.consult().config(patient).get("/api/v1/persons/{insz}", Personas.FULL).then()
                .statusCode(503).contentType("application/problem+json").body("code", equalTo("AUDIT_UNAVAILABLE"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // The deadline is 2 s; the margin is for a loaded CI machine, not for the database.
        assertThat(took).isLessThan(Duration.ofSeconds(8));
        Api.as("privacy-officer", "audit").config(patient).get("/api/v1/audit?size=1").then()
                .statusCode(503).body("code", equalTo("AUDIT_UNAVAILABLE"));
        Api.as("it-admin", "admin").config(patient).get("/api/v1/admin/entities").then()
                .statusCode(503).body("code", equalTo("AUDIT_UNAVAILABLE"));
        assertThat(allRequests(wiremock)).as("requests that reached MAGDA without an audit record").isZero();

        DatabaseOutageResource.proxy.restore();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(
                () -> Api.consult().get("/api/v1/persons/{insz}", Personas.FULL).then().statusCode(200));
    }
}
