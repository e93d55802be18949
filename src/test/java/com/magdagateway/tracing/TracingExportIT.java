package com.magdagateway.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import com.magdagateway.support.Api;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.PackagedJar;

/**
 * The packaged application exports spans over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set: without it, traced
 * requests leave no trace of an export attempt in the log (Quarkus alone would send to localhost:4317 and log each
 * failure); with it, the collector is contacted. The "collector" here is a socket that counts connections.
 */
class TracingExportIT {

    static final Duration START = Duration.ofSeconds(90);

    /** Unset, and empty as the Kubernetes ConfigMap ships it. */
    @ParameterizedTest
    @NullAndEmptySource
    void withoutTheVariableNothingIsExportedOrLogged(String endpoint) throws Exception {
        int http = PackagedJar.freePort();
        try (PackagedJar jar = PackagedJar.start(env(http, endpoint))) {
            jar.awaitOk(health(http), START);
            for (int i = 0; i < 5; i++) {
                assertThat(PackagedJar.status(health(http))).isEqualTo(200);
            }
            Thread.sleep(1_500); // several export periods (100 ms here): an exporter would have tried by now
            assertThat(jar.output()).as("the application's log")
                    .doesNotContain("4317").doesNotContainIgnoringCase("failed to export");
        }
    }

    @Test
    void withTheVariableSpansGoToTheCollector() throws Exception {
        int http = PackagedJar.freePort();
        AtomicInteger connections = new AtomicInteger();
        try (ServerSocket collector = new ServerSocket(0)) {
            Thread accepting = new Thread(() -> {
                while (!collector.isClosed()) {
                    try (Socket ignored = collector.accept()) {
                        connections.incrementAndGet();
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            try (PackagedJar jar = PackagedJar.start(env(http, "http://127.0.0.1:" + collector.getLocalPort()))) {
                jar.awaitOk(health(http), START);
                assertThat(PackagedJar.status(health(http))).isEqualTo(200);
                await().atMost(Duration.ofSeconds(30)).untilAsserted(
                        () -> assertThat(connections.get()).as("connections to the collector").isPositive());
            }
        }
    }

    static Map<String, String> env(int http, String otlpEndpoint) throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(http));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(PackagedJar.freePort()));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", java.nio.file.Path.of("dev/jwt/publicKey.pem").toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Api.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", Api.AUDIENCE);
        env.put("MAGDA_URL", "http://127.0.0.1:9/api/Magda-02.00/soap/WebService"); // never called here
        env.put("MAGDA_CLIENT_ID", "kb.vlaanderen.be/magda-gateway");
        env.put("MAGDA_CAPACITY", "1300");
        env.put("DB_URL", MagdaSimulatorResource.freshDatabase("_it_otel"));
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "100ms"); // export (or try to) ten times a second
        if (otlpEndpoint != null) {
            env.put("OTEL_EXPORTER_OTLP_ENDPOINT", otlpEndpoint);
        }
        return PackagedJar.withDatabaseCredentials(env);
    }

    static String health(int port) {
        return "http://localhost:" + port + "/api/v1/health?level=PING";
    }
}
