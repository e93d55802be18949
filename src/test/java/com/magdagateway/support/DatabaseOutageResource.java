package com.magdagateway.support;

import java.net.URI;
import java.util.Map;

import com.magdagateway.dev.EmbeddedPostgresFallback;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Puts a cuttable TCP proxy between the gateway's reactive pool and PostgreSQL. */
public class DatabaseOutageResource implements QuarkusTestResourceLifecycleManager {

    /** The running proxy, for the test to cut and restore. */
    public static volatile TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        String url = EmbeddedPostgresFallback.embeddedUrl()
                .orElse(System.getenv().getOrDefault("DB_URL", "postgresql://127.0.0.1:5432/test"));
        URI uri = URI.create(url);
        try {
            proxy = new TcpProxy(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        String proxied = "postgresql://127.0.0.1:" + proxy.port() + uri.getPath();
        // Only the runtime pool goes through the proxy; Flyway migrates directly at start-up.
        return Map.of("quarkus.datasource.reactive.url", proxied, "quarkus.datasource.jdbc.url", "jdbc:" + url);
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (java.io.IOException ignored) {
            // JVM shutting down
        }
    }
}
