package com.magdagateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.RequestIds;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Personas;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** MAGDA's port is closed: 503 BACKEND_UNAVAILABLE after a short, bounded retry; the lookup is still audited. */
@QuarkusTest
@TestProfile(ConnectionRefusedTest.ClosedPort.class)
class ConnectionRefusedTest {

    /** Points MAGDA_URL at a port nobody listens on. */
    public static class ClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort(); // free now, closed when the test runs
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return Map.of("magda.url", "http://127.0.0.1:" + port + Personas.MAGDA_PATH, "magda.timeout", "PT3S",
                    "magda.retry.delay", "PT0.1S");
        }
    }

    @Test
    void refusedConnectionIs503AfterBoundedRetries() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL); // first call: pools and clients warm up
        String requestId = RequestIds.fresh("refused-");
        long start = System.currentTimeMillis();
        Api.consult().header("X-Request-Id", requestId).get("/api/v1/persons/{insz}", Personas.FULL).then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("code", equalTo("BACKEND_UNAVAILABLE"));
        long elapsed = System.currentTimeMillis() - start;
        // Two retries with 100 ms and 200 ms backoff: visibly retried, inside the 3 s budget.
        assertThat(elapsed).isBetween(300L, 3000L);
        assertThat(AuditRows.withRequestIdPrefix(requestId)).singleElement()
                .satisfies(row -> assertThat(row.outcome()).isEqualTo("BACKEND_ERROR"));
    }
}
