package com.magdagateway.ratelimit;

import static com.magdagateway.ratelimit.FairShareTest.client;
import static com.magdagateway.ratelimit.FairShareTest.lookup;
import static com.magdagateway.ratelimit.FairShareTest.metrics;
import static com.magdagateway.ratelimit.FairShareTest.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;
import com.magdagateway.support.RequestIds;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The concurrency limit: the call beyond a client's concurrent MAGDA calls is refused at once, and a permit comes back
 * when a call ends, also when its client hangs up. MAGDA's slow persona (15 s) stays inside a 30 s timeout here, so
 * that only the calls themselves, never a timeout, can free a permit.
 */
@QuarkusTest
@TestProfile(FairShareConcurrencyTest.PatientMagda.class)
class FairShareConcurrencyTest {

    /** A timeout longer than the slow persona's answer. */
    public static class PatientMagda implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("magda.timeout", "PT30S");
        }
    }

    @BeforeEach
    void reset() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    private static double inFlight(String client) {
        return value(metrics(), "gateway_client_calls_in_flight{client=\"" + client + "\"}");
    }

    @Test
    void theCallBeyondTheConcurrencyLimitIsRefusedAtOnceAndAuditedAsDenied() throws Exception {
        String client = client("conc", 1000, 1000, 2);
        String prefix = RequestIds.fresh("fs-conc-");
        List<CompletableFuture<Response>> slow = List.of(
                CompletableFuture.supplyAsync(() -> lookup(client, Personas.SLOW, prefix + "-slow1")),
                CompletableFuture.supplyAsync(() -> lookup(client, Personas.SLOW, prefix + "-slow2")));
        await().atMost(Duration.ofSeconds(10)).until(() -> inFlight(client) == 2);

        Response third = lookup(client, Personas.FULL, prefix + "-third");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.contentType()).startsWith("application/problem+json");
        assertThat(third.jsonPath().getString("code")).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(third.jsonPath().getString("detail")).contains("2 MAGDA calls in flight");
        assertThat(third.header("Retry-After")).isEqualTo("1");
        assertThat(slow).as("the slow calls are still waiting for MAGDA").noneMatch(CompletableFuture::isDone);

        for (CompletableFuture<Response> call : slow) {
            // The slow persona's canned answer names another person: 502 after 15 s, but it went out and came back.
            assertThat(call.get().statusCode()).as("answered, not refused").isEqualTo(502);
        }
        CircuitBreakerMaintenance.get().resetAll(); // the two mismatched answers count against GeefPersoon's breaker
        List<CompletableFuture<Response>> again = List.of(
                CompletableFuture.supplyAsync(() -> lookup(client, Personas.FULL, prefix + "-after1")),
                CompletableFuture.supplyAsync(() -> lookup(client, Personas.FULL, prefix + "-after2")));
        for (CompletableFuture<Response> call : again) {
            assertThat(call.get().statusCode()).as("both permits came back").isEqualTo(200);
        }

        AuditRows.Row refused = AuditRows.withRequestIdPrefix(prefix + "-third").get(0);
        assertThat(refused.outcome()).isEqualTo("DENIED");
        assertThat(refused.httpStatus()).isEqualTo(429);
        assertThat(refused.magdaReference()).isNull();
        assertThat(AuditRows.withRequestIdPrefix(prefix)).hasSize(5).noneMatch(r -> r.outcome().equals("PENDING"));
        assertThat(value(metrics(), "gateway_rate_limited_total{client=\"" + client + "\",limit=\"concurrency\"}"))
                .isEqualTo(1);
        assertThat(inFlight(client)).isZero();
    }

    @Test
    void aClientThatHangsUpGivesItsPermitBack() throws Exception {
        String client = client("gone", 1000, 1000, 1);
        String prefix = RequestIds.fresh("fs-gone-");
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", RestAssured.port == 0 ? port : RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/persons/" + Personas.SLOW + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Api.token(client, "consult") + "\r\nX-Entity: " + Api.ENTITY + "\r\n"
                    + "X-Request-Id: " + prefix + "-gone\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(10)).until(() -> inFlight(client) == 1);
            assertThat(lookup(client, Personas.FULL, prefix + "-busy").statusCode()).as("its one permit is taken")
                    .isEqualTo(429);
        } // hang up while MAGDA is still "thinking" (15 s of a 30 s timeout)
        await().atMost(Duration.ofSeconds(8)).until(() -> inFlight(client) == 0);
        lookup(client, Personas.FULL, prefix + "-again").then().statusCode(200);
    }
}
