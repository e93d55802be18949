package com.magdagateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.util.HashMap;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.magdagateway.dev.EmbeddedPostgresFallback;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * For black-box tests of the packaged application: an in-process simulated MAGDA serving the top-level wiremock/
 * folder, and the same database the other tests use, handed over as the contract's environment variables.
 */
public class MagdaSimulatorResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().dynamicPort().usingFilesUnderDirectory("wiremock"));
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("MAGDA_URL", "http://localhost:" + server.port() + Personas.MAGDA_PATH);
        config.put("MAGDA_TIMEOUT", "2000");
        config.put("GATEWAY_ALLOW_TEST_NUMBERS", "true");
        EmbeddedPostgresFallback.embeddedUrl().ifPresent(url -> config.put("DB_URL", url));
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
