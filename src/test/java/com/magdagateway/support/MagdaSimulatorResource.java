package com.magdagateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.magdagateway.dev.EmbeddedPostgresFallback;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For black-box tests of the packaged application: an in-process simulated MAGDA serving the top-level wiremock/
 * folder, and the same database the other tests use, handed over as the contract's environment variables.
 */
public class MagdaSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;
    private final String databaseSuffix;

    /** For {@code @QuarkusTestResource}: the packaged application's database is {@code <DB_URL's name>_it}. */
    public MagdaSimulatorResource() {
        this("_it");
    }

    /**
     * For a test that starts the packaged application itself: a database of its own, because the application Quarkus
     * launched for the {@code @QuarkusIntegrationTest} classes may still be running on {@code _it} — and a second
     * replica on the same database takes work (batch items, sweeps) from the one under test.
     */
    public MagdaSimulatorResource(String databaseSuffix) {
        this.databaseSuffix = databaseSuffix;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderDirectory("wiremock")
                // Like the dev service: stubs echo the request's reference.
                .globalTemplating(true));
        server.start();
        warmUpTemplating(server);
        Map<String, String> config = new HashMap<>();
        config.put("MAGDA_URL", "http://localhost:" + server.port() + Personas.MAGDA_PATH);
        // 4 s, like the test profile: the cold jar's first MAGDA call (CXF and JAXB set up on first use) must not time
        // out on a loaded 2-core machine; no test here relies on a MAGDA call taking between 2 and 4 s.
        config.put("MAGDA_TIMEOUT", "4000");
        config.put("GATEWAY_ALLOW_TEST_NUMBERS", "true");
        config.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", java.nio.file.Path.of("dev/jwt/publicKey.pem").toUri().toString());
        config.put("MP_JWT_VERIFY_ISSUER", Api.ISSUER);
        config.put("MP_JWT_VERIFY_AUDIENCES", Api.AUDIENCE);
        config.put("MAGDA_CLIENT_ID", "kb.vlaanderen.be/magda-gateway");
        config.put("MAGDA_CAPACITY", "1300");
        // Not the default 9000: the packaged application's management interface must not collide on a shared machine.
        config.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(freePort()));
        config.put("DB_URL", freshDatabase(databaseSuffix));
        return config;
    }

    /**
     * Response templating compiles its helpers on first use, which takes seconds on a loaded machine: that belongs
     * to the simulator's start, not to the deadline of the first MAGDA call under test.
     */
    private static void warmUpTemplating(WireMockServer server) {
        StubMapping stub = server.stubFor(post("/warm-up")
                .willReturn(aResponse().withBody("{{xPath request.body '//Vraag/Referte/text()'}}")));
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/warm-up"))
                    .POST(HttpRequest.BodyPublishers.ofString("<Vraag><Referte>warm-up</Referte></Vraag>")).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.removeStub(stub);
        }
    }

    /** The packaged application starts from an empty database, as on a new deployment: prod migrations only. */
    public static String freshDatabase(String suffix) {
        String base = EmbeddedPostgresFallback.embeddedUrl()
                .orElse(System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:5432/test"));
        String user = System.getenv().getOrDefault("DB_USER", "postgres");
        String password = System.getenv().getOrDefault("DB_PASSWORD", "");
        URI uri = URI.create(base);
        // Named after the configured database, so that checkouts testing side by side on one server do not collide.
        String itDatabase = uri.getPath().replaceFirst("^/", "").replaceAll("[^A-Za-z0-9_]", "_") + suffix;
        try (Connection c = DriverManager.getConnection("jdbc:" + base, user, password);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + itDatabase + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + itDatabase);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the integration-test database", e);
        }
        return uri.getScheme() + "://" + uri.getAuthority() + "/" + itDatabase;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No free port for the management interface", e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
