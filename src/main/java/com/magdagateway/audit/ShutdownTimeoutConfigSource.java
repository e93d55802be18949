package com.magdagateway.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import com.magdagateway.magda.Durations;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Graceful shutdown outlasts the longest a request can still need: its MAGDA call ({@code MAGDA_TIMEOUT}) and the
 * completion of its audit row (twice {@code GATEWAY_DB_TIMEOUT}, for a retry), plus slack. A default only: an
 * explicit {@code quarkus.shutdown.timeout} (or {@code QUARKUS_SHUTDOWN_TIMEOUT}) wins.
 */
public class ShutdownTimeoutConfigSource implements ConfigSourceFactory {

    static final Duration SLACK = Duration.ofSeconds(5);
    // Below application.properties (250), so that every explicit setting, profile-specific ones included, wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Duration magda = parse(context, "MAGDA_TIMEOUT", "PT10S");
        Duration db = parse(context, "GATEWAY_DB_TIMEOUT", "PT2S");
        return List.of(new PropertiesConfigSource(
                Map.of("quarkus.shutdown.timeout", shutdownTimeout(magda, db).toString()), "gateway-shutdown", ORDINAL));
    }

    static Duration shutdownTimeout(Duration magdaTimeout, Duration dbTimeout) {
        return magdaTimeout.plus(dbTimeout.multipliedBy(2)).plus(SLACK);
    }

    private static Duration parse(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        String text = value == null || value.getValue() == null || value.getValue().isBlank() ? fallback
                : value.getValue();
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            return Durations.parse(fallback); // the application's own validation reports the bad value
        }
    }
}
