package com.magdagateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RequestIds;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * A calling application beyond its share gets 429 TOO_MANY_REQUESTS with Retry-After, audited as DENIED and counted
 * per client, while another application is served as usual; a concurrency permit comes back however a call ends.
 */
@QuarkusTest
@ConnectWireMock
class FairShareTest {

    private static final String ENTITY = Api.ENTITY;

    WireMock wiremock;

    @BeforeEach
    void reset() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    /** A calling application of its own, granted the entity, with these limits (null: the default). */
    static String client(String name, Integer rps, Integer burst, Integer concurrent) {
        String client = RequestIds.fresh("fs-" + name + "-");
        Api.as("admin-user", "admin").put("/api/v1/admin/clients/{c}/entities/{e}", client, ENTITY).then()
                .statusCode(201);
        if (rps != null) {
            Api.as("admin-user", "admin").contentType(ContentType.JSON)
                    .body("{\"requestsPerSecond\":" + rps + ",\"burst\":" + burst + ",\"concurrentCalls\":" + concurrent
                            + "}")
                    .put("/api/v1/admin/clients/{c}/limits", client).then().statusCode(201);
        }
        return client;
    }

    static Response lookup(String client, String insz, String requestId) {
        return Api.as(client, "consult").header("X-Entity", ENTITY).header("X-Request-Id", requestId)
                .get("/api/v1/persons/{insz}", insz);
    }

    @Test
    void beyondTheBurstA429WithRetryAfterAuditedAsDeniedAndCountedWhileAnotherClientIsServed() {
        String noisy = client("noisy", 1, 3, 50);
        String other = client("other", null, null, null);
        String prefix = RequestIds.fresh("fs-rate-");
        int magdaBefore = WireMockSupport.requestsFor(wiremock, Personas.FULL);

        long start = System.nanoTime();
        List<Response> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(lookup(noisy, Personas.FULL, prefix + "-" + i));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long served = answers.stream().filter(r -> r.statusCode() == 200).count();
        List<Response> refused = answers.stream().filter(r -> r.statusCode() == 429).toList();

        assertThat(served + refused.size()).as("every answer is 200 or 429").isEqualTo(10);
        // The burst of 3, plus at most one token per second the loop took (1 per second): never timed, only bounded.
        assertThat(served).isGreaterThanOrEqualTo(3).isLessThanOrEqualTo(3 + (long) Math.ceil(seconds));
        assertThat(refused).isNotEmpty();
        Response first = refused.get(0);
        assertThat(first.contentType()).startsWith("application/problem+json");
        assertThat(first.jsonPath().getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(first.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(first.header("Retry-After")).as("whole seconds until a token is due at 1 per second").isEqualTo("1");
        assertThat(first.header(com.magdagateway.pipeline.GatewayPipeline.MAGDA_REFERENCE_HEADER)).isNull();

        assertThat(WireMockSupport.requestsFor(wiremock, Personas.FULL) - magdaBefore)
                .as("only the served calls reached MAGDA").isEqualTo((int) served);
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(prefix);
        assertThat(rows).hasSize(10);
        assertThat(rows.stream().filter(r -> r.outcome().equals("DENIED"))).hasSize(refused.size())
                .allSatisfy(r -> {
                    assertThat(r.httpStatus()).isEqualTo(429);
                    assertThat(r.magdaReference()).isNull();
                    assertThat(r.clientId()).isEqualTo(noisy);
                    assertThat(r.insz()).isEqualTo(Personas.FULL);
                });

        // Meanwhile another application, on the default, is served at once.
        lookup(other, Personas.FULL, prefix + "-other").then().statusCode(200);

        String metrics = metrics();
        assertThat(value(metrics, "gateway_rate_limited_total{client=\"" + noisy + "\",limit=\"rate\"}"))
                .isEqualTo(refused.size());
        assertThat(value(metrics, "gateway_rate_limited_total{client=\"" + other + "\",limit=\"rate\"}")).isZero();
        assertThat(value(metrics, "gateway_client_calls_in_flight{client=\"" + noisy + "\"}")).isZero();
    }

    @Test
    void aPermitComesBackAfterAFailureANotFoundAndATimeout() {
        String client = client("one", 1000, 1000, 1);
        String prefix = RequestIds.fresh("fs-one-");
        lookup(client, Personas.SOAP_FAULT, prefix + "-fault").then().statusCode(502);
        lookup(client, Personas.NOT_FOUND, prefix + "-nf").then().statusCode(404);
        lookup(client, Personas.SLOW, prefix + "-slow").then().statusCode(504);
        lookup(client, Personas.FULL, prefix + "-ok").then().statusCode(200);
        assertThat(value(metrics(), "gateway_rate_limited_total{client=\"" + client + "\",limit=\"concurrency\"}"))
                .isZero();
    }

    @Test
    void anotherReplicasChangeIsPickedUpWithinTheRefreshInterval() {
        String client = client("replica", null, null, null);
        lookup(client, Personas.FULL, RequestIds.fresh("fs-replica-")).then().statusCode(200);
        // What another replica's PUT leaves behind: a row this replica did not write.
        AuditRows.execute("INSERT INTO client_limit (client_id, requests_per_second, burst, concurrent_calls, updated_by) "
                + "VALUES ('" + client + "', 1, 1, 1, 'other-replica')");
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).until(() ->
                lookup(client, Personas.FULL, RequestIds.fresh("fs-replica-")).statusCode() == 429);
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.eE+-]+)$").matcher(metrics);
        assertThat(m.find()).as("%s is published", series).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
