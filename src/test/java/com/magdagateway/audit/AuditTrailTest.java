package com.magdagateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditRows;
import com.magdagateway.support.Concurrently;
import com.magdagateway.support.Personas;
import com.magdagateway.support.WireMockSupport;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Every lookup leaves exactly one audit row with its final outcome, whatever happened to it. */
@QuarkusTest
@ConnectWireMock
class AuditTrailTest {

    WireMock wiremock;
    private String prefix;

    @BeforeEach
    void reset() {
        wiremock.resetRequests();
        CircuitBreakerMaintenance.get().resetAll();
        prefix = "t-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    private int call(String insz, String entity, String requestId) {
        return Api.as(Api.CLIENT, "consult").header("X-Entity", entity).header("X-Request-Id", requestId)
                .get("/api/v1/persons/{insz}", insz).statusCode();
    }

    private AuditRows.Row onlyRow(String requestId) {
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(requestId);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void successIsRecordedWithEverythingTheRegulatorAsksFor() {
        String requestId = prefix + "ok";
        var response = Api.consult().header("X-Request-Id", requestId).get("/api/v1/persons/{insz}", Personas.FULL);
        AuditRows.Row row = onlyRow(requestId);
        assertThat(row.outcome()).isEqualTo("SUCCESS");
        assertThat(row.httpStatus()).isEqualTo(200);
        assertThat(row.clientId()).isEqualTo(Api.CLIENT);
        assertThat(row.entity()).isEqualTo(Api.ENTITY);
        assertThat(row.service()).isEqualTo("GeefPersoon");
        assertThat(row.insz()).isEqualTo(Personas.FULL);
        assertThat(row.magdaReference()).isEqualTo(response.header("X-Magda-Reference"));
        assertThat(row.durationMs()).isNotNull().isGreaterThanOrEqualTo(0);
    }

    @Test
    void notFoundDeniedAndBackendErrorsAreRecorded() {
        assertThat(call(Personas.NOT_FOUND, Api.ENTITY, prefix + "nf")).isEqualTo(404);
        assertThat(call(Personas.FULL, "VUTG", prefix + "denied")).isEqualTo(403);
        assertThat(call(Personas.SOAP_FAULT, Api.ENTITY, prefix + "fault")).isEqualTo(502);
        assertThat(call(Personas.SLOW, Api.ENTITY, prefix + "slow")).isEqualTo(504);

        assertThat(onlyRow(prefix + "nf").outcome()).isEqualTo("NOT_FOUND");
        AuditRows.Row denied = onlyRow(prefix + "denied");
        assertThat(denied.outcome()).isEqualTo("DENIED");
        assertThat(denied.httpStatus()).isEqualTo(403);
        assertThat(denied.entity()).isEqualTo("VUTG");
        assertThat(denied.magdaReference()).as("a refused call sent nothing to MAGDA").isNull();
        assertThat(onlyRow(prefix + "fault").outcome()).isEqualTo("BACKEND_ERROR");
        AuditRows.Row slow = onlyRow(prefix + "slow");
        assertThat(slow.outcome()).isEqualTo("BACKEND_ERROR");
        assertThat(slow.httpStatus()).isEqualTo(504);
    }

    @Test
    void twoHundredConcurrentRequestsLeaveTwoHundredFinalRows() {
        String[] insz = { Personas.FULL, Personas.WARNING, Personas.NOT_FOUND, Personas.BUSY };
        Concurrently.Outcome<Integer> calls = Concurrently.run(200, i -> call(insz[i % insz.length],
                i % 10 == 0 ? "AGII" : Api.ENTITY, prefix + i));
        assertThat(calls.peakInFlight()).as("calls overlapping at the peak").isGreaterThan(50);
        Map<Integer, Long> statuses = calls.results().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(prefix);
        assertThat(rows).hasSize(200);
        assertThat(rows).noneMatch(r -> r.outcome().equals("PENDING"));
        Map<Integer, Long> recorded = rows.stream()
                .collect(Collectors.groupingBy(AuditRows.Row::httpStatus, Collectors.counting()));
        assertThat(recorded).isEqualTo(statuses);
        assertThat(rows.stream().filter(r -> r.outcome().equals("DENIED")).count()).isEqualTo(20);
        assertThat(rows.stream().filter(r -> r.outcome().equals("SUCCESS")).count())
                .isEqualTo(statuses.getOrDefault(200, 0L));
    }

    @Test
    void aClientThatHangsUpStillLeavesACompletedRow() throws Exception {
        String requestId = prefix + "gone";
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", RestAssured.port == 0 ? port : RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/persons/" + Personas.SLOW + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Api.token(Api.CLIENT, "consult") + "\r\n"
                    + "X-Entity: " + Api.ENTITY + "\r\nX-Request-Id: " + requestId + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> WireMockSupport.requestsFor(wiremock, Personas.SLOW) == 1);
        } // hang up while MAGDA is still "thinking"
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            AuditRows.Row row = onlyRow(requestId);
            assertThat(row.outcome()).isEqualTo("CLIENT_ERROR");
            assertThat(row.httpStatus()).isEqualTo(499);
        });
    }
}
