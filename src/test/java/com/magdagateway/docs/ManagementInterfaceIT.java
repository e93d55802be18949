package com.magdagateway.docs;

import static com.magdagateway.support.PackagedJar.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.Api;
import com.magdagateway.support.MagdaSimulatorResource;
import com.magdagateway.support.PackagedJar;

/**
 * The packaged application's public port serves the API and its health resource only; health probes, metrics, the
 * OpenAPI document and Swagger UI are on the management port, Swagger UI publicly only with GATEWAY_PUBLIC_DOCS.
 */
class ManagementInterfaceIT {

    static final List<String> OPERATIONS = List.of("/q/health/live", "/q/health/ready", "/q/metrics", "/q/openapi",
            "/q/swagger-ui/");
    static final Duration START = Duration.ofSeconds(90);

    @Test
    void operationsAreOnTheManagementPortOnly() throws Exception {
        int http = PackagedJar.freePort();
        int management = PackagedJar.freePort();
        try (PackagedJar jar = PackagedJar.start(env(http, management, false))) {
            jar.awaitOk(url(http, "/api/v1/health?level=PING"), START);
            for (String path : OPERATIONS) {
                assertThat(status(url(http, path))).as("public %s", path).isEqualTo(404);
                assertThat(status(url(management, path))).as("management %s", path).isEqualTo(200);
            }
            assertThat(status(url(http, "/api/v1/health"))).as("public /api/v1/health").isEqualTo(200);
            assertThat(status(url(management, "/api/v1/health"))).as("the API is not on the management port")
                    .isEqualTo(404);
        }
    }

    @Test
    void publicDocsPutSwaggerUiOnThePublicPortButNothingElse() throws Exception {
        int http = PackagedJar.freePort();
        int management = PackagedJar.freePort();
        try (PackagedJar jar = PackagedJar.start(env(http, management, true))) {
            jar.awaitOk(url(http, "/api/v1/health?level=PING"), START);
            assertThat(status(url(http, "/q/swagger-ui/"))).as("public Swagger UI").isEqualTo(200);
            assertThat(status(url(http, "/q/openapi"))).as("public OpenAPI document").isEqualTo(200);
            assertThat(status(url(http, "/q/metrics"))).as("public metrics").isEqualTo(404);
            assertThat(status(url(http, "/q/health/ready"))).as("public readiness").isEqualTo(404);
        }
    }

    static Map<String, String> env(int http, int management, boolean publicDocs) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(http));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", java.nio.file.Path.of("dev/jwt/publicKey.pem").toUri().toString());
        env.put("MP_JWT_VERIFY_ISSUER", Api.ISSUER);
        env.put("MP_JWT_VERIFY_AUDIENCES", Api.AUDIENCE);
        // Never called here: nothing listens there.
        env.put("MAGDA_URL", "http://127.0.0.1:9/api/Magda-02.00/soap/WebService");
        env.put("MAGDA_CLIENT_ID", "kb.vlaanderen.be/magda-gateway");
        env.put("MAGDA_CAPACITY", "1300");
        env.put("DB_URL", MagdaSimulatorResource.freshDatabase("_it_mgmt"));
        System.getenv().entrySet().stream().filter(e -> e.getKey().equals("DB_USER") || e.getKey().equals("DB_PASSWORD"))
                .forEach(e -> env.put(e.getKey(), e.getValue()));
        if (publicDocs) {
            env.put("GATEWAY_PUBLIC_DOCS", "true");
        }
        return env;
    }

    static String url(int port, String path) {
        return "http://localhost:" + port + path;
    }
}
