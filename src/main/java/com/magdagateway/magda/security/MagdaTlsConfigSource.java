package com.magdagateway.magda.security;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.magdagateway.magda.MagdaService;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Mutual TLS towards MAGDA, only when {@code MAGDA_TLS_ENABLED=true}: defines the Quarkus TLS configuration
 * {@code magda} from the {@code MAGDA_TLS_*} variables and points every MAGDA CXF client at it.
 * <p>
 * A factory rather than static properties because a named TLS configuration with empty paths would break start-up
 * wherever mTLS is not wanted (dev, tests, MAGDA's public mock); the Vert.x conduit only takes its client
 * certificate from the TLS registry.
 */
public class MagdaTlsConfigSource implements ConfigSourceFactory {

    public static final String TLS_CONFIGURATION = "magda";
    /** Every CXF client that talks to MAGDA: the services and the availability probe. */
    static final List<String> CLIENTS = clients();

    // Below environment variables (300) and system properties (400), so either can still override one key.
    private static final int ORDINAL = 275;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.parseBoolean(value(context, "MAGDA_TLS_ENABLED").orElse("false"))) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(properties(context), "magda-tls", ORDINAL));
    }

    static Map<String, String> properties(ConfigSourceContext context) {
        String prefix = "quarkus.tls." + TLS_CONFIGURATION + ".";
        Map<String, String> p = new HashMap<>();
        p.put(prefix + "key-store.p12.path", value(context, "MAGDA_TLS_KEYSTORE").orElseThrow(
                () -> new IllegalStateException("MAGDA_TLS_KEYSTORE must be set when MAGDA_TLS_ENABLED=true")));
        value(context, "MAGDA_TLS_KEYSTORE_PASSWORD").ifPresent(v -> p.put(prefix + "key-store.p12.password", v));
        // Without a truststore, MAGDA's server certificate is checked against the JVM's default CAs.
        value(context, "MAGDA_TLS_TRUSTSTORE").ifPresent(v -> p.put(prefix + "trust-store.p12.path", v));
        value(context, "MAGDA_TLS_TRUSTSTORE_PASSWORD").ifPresent(v -> p.put(prefix + "trust-store.p12.password", v));
        // Explicit, so that no default anywhere can turn off checking that the certificate is MAGDA's host.
        p.put(prefix + "hostname-verification-algorithm", "HTTPS");
        for (String client : CLIENTS) {
            p.put("quarkus.cxf.client." + client + ".tls-configuration-name", TLS_CONFIGURATION);
        }
        return p;
    }

    private static Optional<String> value(ConfigSourceContext context, String name) {
        ConfigValue value = context.getValue(name);
        return Optional.ofNullable(value == null ? null : value.getValue()).filter(v -> !v.isBlank());
    }

    private static List<String> clients() {
        List<String> clients = new ArrayList<>();
        for (MagdaService service : MagdaService.values()) {
            clients.add(service.serviceName());
        }
        clients.add("IsBeschikbaar");
        return List.copyOf(clients);
    }
}
