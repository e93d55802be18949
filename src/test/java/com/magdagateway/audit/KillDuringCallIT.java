package com.magdagateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.PackagedJar;
import com.magdagateway.support.Personas;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The packaged jar is killed ({@code kill -9}) while a MAGDA call is in flight; after a restart the row it left
 * {@code PENDING} is closed as {@code INTERRUPTED} by the start-up sweep. Started by hand rather than with
 * {@code @QuarkusIntegrationTest}, because the test must kill and restart the process itself.
 */
class KillDuringCallIT {

    private final MagdaSimulatorResource simulator = new MagdaSimulatorResource("_kill_call_it");
    private PackagedJar gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.close();
        }
        simulator.stop();
    }

    @Test
    void aRowLeftPendingByAKilledGatewayBecomesInterruptedAfterRestart() throws Exception {
        Map<String, String> env = new HashMap<>(simulator.start());
        int port = PackagedJar.freePort();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(PackagedJar.freePort()));
        // The slow persona answers after 15 s: the call is still in flight when the process dies.
        env.put("MAGDA_TIMEOUT", "PT60S");
        env.put("GATEWAY_AUDIT_STALE_AFTER", "PT3S");

        gateway = PackagedJar.started(env, port);
        registerEntityAndGrant(port);
        String requestId = RequestIds.fresh("kill9-");
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/persons/" + Personas.SLOW)).header("Authorization", "Bearer " + Api.token(Api.CLIENT, "consult"))
                .header("X-Entity", Api.ENTITY).header("X-Request-Id", requestId).build(),
                HttpResponse.BodyHandlers.discarding());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "PENDING".equals(outcome(env, requestId)));

        gateway.kill(); // SIGKILL: no shutdown hook, no completion
        assertThat(outcome(env, requestId)).isEqualTo("PENDING");

        gateway = PackagedJar.started(env, port);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "INTERRUPTED".equals(outcome(env, requestId)));
    }


    private static void registerEntityAndGrant(int port) {
        admin(port).contentType(ContentType.JSON)
                .body("{\"name\":\"Departement Werk en Sociale Economie\",\"kind\":\"DEPARTMENT\",\"kszLookup\":true}")
                .put("/api/v1/admin/entities/{code}", Api.ENTITY).then().statusCode(anyOf(is(200), is(201)));
        admin(port).put("/api/v1/admin/clients/{c}/entities/{e}", Api.CLIENT, Api.ENTITY).then()
                .statusCode(anyOf(is(200), is(201)));
        // Production's employee rule is on: the entity must employ the person it looks up.
        admin(port).contentType("text/csv").body(Api.ENTITY + "," + Personas.SLOW + ",EMPLOYEE,2020-01-01\n")
                .post("/api/v1/admin/links").then().statusCode(200);
    }

    private static RequestSpecification admin(int port) {
        return Api.as("it-admin", "admin").port(port);
    }

    private static String outcome(Map<String, String> env, String requestId) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:" + env.get("DB_URL"),
                System.getenv().getOrDefault("DB_USER", "postgres"), System.getenv().getOrDefault("DB_PASSWORD", ""));
                PreparedStatement ps = c.prepareStatement("SELECT outcome FROM audit_record WHERE request_id = ?")) {
            ps.setString(1, requestId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
