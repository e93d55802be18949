package com.magdagateway.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.magdagateway.support.Api;
import com.magdagateway.support.AuditIntegrity;
import com.magdagateway.support.Personas;

import io.quarkiverse.wiremock.devservice.ConnectWireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** 1,000 calls to a MAGDA that never answers leave no connections, threads or pending audit rows behind. */
@QuarkusTest
@TestProfile(LeakTest.ShortTimeout.class)
@ConnectWireMock
class LeakTest {

    /** A 500 ms timeout and a breaker that stays out of the way, so that every call really goes out. */
    public static class ShortTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("magda.timeout", "PT0.5S", "magda.breaker.failure-ratio", "1.0",
                    "magda.breaker.request-volume-threshold", "100000");
        }
    }

    private static final int CALLS = 1000;
    private static final int CONCURRENCY = 40;
    /** magda.bulkhead.limit, to which the HTTP connection pool is sized. */
    private static final int POOL = 50;

    WireMock wiremock;

    @Test
    void noGrowthInConnectionsOrThreads() throws Exception {
        StubMapping never = wiremock.register(post(urlPathEqualTo(Personas.MAGDA_PATH)).atPriority(1)
                .withRequestBody(containing("<INSZ>" + Personas.UNKNOWN + "</INSZ>"))
                .willReturn(aResponse().withFixedDelay(3_000).withBodyFile("persoon/full.xml")));
        int magdaPort = ConfigProvider.getConfig().getValue("quarkus.wiremock.devservices.port", Integer.class);
        try {
            // Warm-up at the same concurrency: JIT, thread pools and the connection pool reach their steady size first.
            run(2 * CONCURRENCY, "leak-warmup-");
            settle();
            long connectionsBefore = outgoingConnections(magdaPort);
            int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

            String prefix = "leak-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "-";
            Map<String, Integer> statuses = run(CALLS, prefix);
            assertThat(statuses.values()).as("every call timed out").allMatch(s -> s == 504);
            settle();

            long connectionsAfter = outgoingConnections(magdaPort);
            assertThat(connectionsAfter).as("open connections to MAGDA").isLessThanOrEqualTo(connectionsBefore + 5);
            assertThat(connectionsAfter).as("bounded by the pool (bulkhead limit %d)", POOL)
                    .isLessThanOrEqualTo(POOL + 5);
            assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).as("live threads")
                    .isLessThanOrEqualTo(threadsBefore + 10);
            AuditIntegrity.assertOneFinalRowPerRequest(prefix + "run-", statuses);
        } finally {
            wiremock.removeStubMapping(never);
        }
    }

    private static Map<String, Integer> run(int calls, String prefix) throws InterruptedException {
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        for (int i = 0; i < calls; i++) {
            String id = prefix + "run-" + i;
            pool.submit(() -> statuses.put(id, Api.consult().header("X-Request-Id", id)
                    .get("/api/v1/persons/{insz}", Personas.UNKNOWN).statusCode()));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        return statuses;
    }

    /** Let WireMock finish its delayed answers and the pools close idle connections. */
    private static void settle() throws InterruptedException {
        Thread.sleep(4_000);
    }

    /** Established TCP connections from this machine to the simulated MAGDA's port (Linux /proc). */
    private static long outgoingConnections(int port) throws Exception {
        String hexPort = String.format(":%04X", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path path = Path.of(table);
            if (!Files.exists(path)) {
                continue;
            }
            try (Stream<String> lines = Files.lines(path)) {
                count += lines.skip(1).map(String::trim).map(l -> l.split("\\s+"))
                        .filter(f -> f.length > 3 && f[2].endsWith(hexPort) && f[3].equals("01")).count();
            }
        }
        return count;
    }
}
