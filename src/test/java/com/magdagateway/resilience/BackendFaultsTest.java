package com.magdagateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.magdagateway.support.WireMockSupport.requestsFor;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditIntegrity;
import com.magdagateway.support.Concurrently;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Every way a backend can misbehave, mapped per contract, with one final audit row per request. */
@QuarkusTest
@TestProfile(FaultInjectionProfile.class)
@ConnectWireMock
class BackendFaultsTest {

    /** A valid INSZ no file stub knows: each test decides how MAGDA answers for it. */
    private static final String VICTIM = Personas.UNKNOWN;

    WireMock wiremock;
    private final List<StubMapping> stubs = new ArrayList<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private String prefix;

    @BeforeEach
    void reset() {
        Api.consult().get("/api/v1/persons/{insz}", Personas.FULL); // warm: timings below measure steady state
        CircuitBreakerMaintenance.get().resetAll();
        wiremock.resetRequests();
        prefix = "fault-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @AfterEach
    void cleanUp() {
        stubs.forEach(wiremock::removeStubMapping);
        stubs.clear();
        AuditIntegrity.assertOneFinalRowPerRequest(prefix, statuses);
    }

    private void magdaAnswers(ResponseDefinitionBuilder response) {
        MappingBuilder mapping = post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("<INSZ>" + VICTIM + "</INSZ>")).willReturn(response);
        stubs.add(wiremock.register(mapping));
    }

    private Response call(String insz) {
        String id = prefix + sequence.incrementAndGet();
        Response response = Api.consult().header("X-Request-Id", id).get("/api/v1/persons/{insz}", insz);
        statuses.put(id, response.statusCode());
        return response;
    }

    private static void assertProblem(Response response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("code")).isEqualTo(code);
    }

    /** The transport faults WireMock can inject. */
    enum TransportFault {
        CONNECTION_RESET_BY_PEER(Fault.CONNECTION_RESET_BY_PEER), EMPTY_RESPONSE(Fault.EMPTY_RESPONSE),
        MALFORMED_RESPONSE_CHUNK(Fault.MALFORMED_RESPONSE_CHUNK), RANDOM_DATA_THEN_CLOSE(Fault.RANDOM_DATA_THEN_CLOSE);

        final Fault fault;

        TransportFault(Fault fault) {
            this.fault = fault;
        }
    }

    @ParameterizedTest
    @EnumSource(TransportFault.class)
    void brokenConnectionsAre502(TransportFault fault) {
        magdaAnswers(aResponse().withFault(fault.fault));
        assertProblem(call(VICTIM), 502, "BACKEND_ERROR");
    }

    @Test
    void http500WithSoapFaultIs502() {
        magdaAnswers(aResponse().withStatus(500).withHeader("Content-Type", "text/xml").withBodyFile("soap-fault.xml"));
        assertProblem(call(VICTIM), 502, "BACKEND_ERROR");
    }

    @Test
    void http503IsBackendUnavailableWithRetryAfter() {
        magdaAnswers(aResponse().withStatus(503).withHeader("Content-Type", "text/html").withBody("<html>down</html>"));
        Response response = call(VICTIM);
        assertProblem(response, 503, "BACKEND_UNAVAILABLE");
        assertThat(response.header("Retry-After")).isNotBlank();
    }

    @Test
    void slowHeadersTimeOutWithinTenPercentPlus100ms() {
        magdaAnswers(aResponse().withFixedDelay(10_000).withBodyFile("persoon/full.xml"));
        assertTimedOut();
    }

    @Test
    void slowBodyTimesOutWithinTenPercentPlus100ms() {
        magdaAnswers(aResponse().withHeader("Content-Type", "text/xml").withBodyFile("persoon/full.xml")
                .withChunkedDribbleDelay(50, 10_000));
        assertTimedOut();
    }

    private void assertTimedOut() {
        long start = System.nanoTime();
        Response response = call(VICTIM);
        long elapsedMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertProblem(response, 504, "BACKEND_TIMEOUT");
        assertThat(elapsedMs).as("elapsed ms for a %d ms timeout", FaultInjectionProfile.TIMEOUT_MS)
                .isBetween(FaultInjectionProfile.TIMEOUT_MS - 50, FaultInjectionProfile.TIMEOUT_MS * 11 / 10 + 100);
    }

    @Test
    void busyIsRetriedWithBackoffInsideTheTimeout() {
        long start = System.nanoTime();
        assertProblem(call(Personas.BUSY), 503, "BACKEND_BUSY");
        assertThat(requestsFor(wiremock, Personas.BUSY)).as("first attempt + 2 retries").isEqualTo(3);
        assertThat(Duration.ofNanos(System.nanoTime() - start).toMillis()).isLessThan(FaultInjectionProfile.TIMEOUT_MS);
    }

    @Test
    void busyThenAvailableSucceedsOnRetry() {
        stubs.add(wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .withRequestBody(containing("<INSZ>" + VICTIM + "</INSZ>"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBodyFile("persoon/busy.xml"))
                .willSetStateTo("recovered")));
        stubs.add(wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("recovered").withRequestBody(containing("<INSZ>" + VICTIM + "</INSZ>"))
                // The full persona's answer, about the victim: the gateway refuses answers about someone else.
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(fullPersonAbout(VICTIM)))));
        assertThat(call(VICTIM).statusCode()).isEqualTo(200);
        assertThat(requestsFor(wiremock, VICTIM)).isEqualTo(2);
    }

    @Test
    void nonRetryableFailuresAreNotRetried() {
        magdaAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        call(VICTIM);
        call(Personas.NOT_FOUND);
        assertThat(requestsFor(wiremock, VICTIM)).isEqualTo(1);
        assertThat(requestsFor(wiremock, Personas.NOT_FOUND)).isEqualTo(1);
    }

    @Test
    void breakerOpensFailsFastHalfOpensAndCloses() throws InterruptedException {
        magdaAnswers(aResponse().withFault(Fault.EMPTY_RESPONSE));
        for (int i = 0; i < 4; i++) {
            assertProblem(call(VICTIM), 502, "BACKEND_ERROR");
        }
        int sent = requestsFor(wiremock, VICTIM) + requestsFor(wiremock, Personas.FULL);
        assertProblem(call(Personas.FULL), 503, "BACKEND_UNAVAILABLE");
        assertProblem(call(VICTIM), 503, "BACKEND_UNAVAILABLE");
        assertThat(requestsFor(wiremock, VICTIM) + requestsFor(wiremock, Personas.FULL)).as("sent while open")
                .isEqualTo(sent);

        Thread.sleep(1100); // breaker delay 1 s: the next call is a trial (half-open)
        assertThat(call(Personas.FULL).statusCode()).isEqualTo(200);
        assertThat(call(Personas.FULL).statusCode()).as("closed again after one success").isEqualTo(200);
        assertThat(requestsFor(wiremock, Personas.FULL)).isEqualTo(2);
    }

    @Test
    void bulkheadRefusesExcessConcurrencyInsteadOfQueueing() {
        // Longer than the gaps between the twelve arrivals on a loaded machine; queued calls then time out (504).
        magdaAnswers(aResponse().withFixedDelay(1500).withHeader("Content-Type", "text/xml").withBodyFile("persoon/full.xml"));
        Concurrently.Outcome<Response> outcome = Concurrently.run(12, i -> call(VICTIM));
        long busy = outcome.results().stream().filter(r -> r.statusCode() == 503
                && "BACKEND_BUSY".equals(r.jsonPath().getString("code"))).count();
        // limit 4 in flight + 2 queued: six are admitted, the other six are refused at once.
        assertThat(busy).as("refused by the bulkhead").isEqualTo(6);
        assertThat(requestsFor(wiremock, VICTIM)).isLessThanOrEqualTo(6);
    }

    private static String fullPersonAbout(String insz) {
        try {
            return Files.readString(Path.of("wiremock/__files/persoon/full.xml")).replace(Personas.FULL, insz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
