package com.magdagateway.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Graceful shutdown outlasts a MAGDA call plus the completion of its audit row, unless an operator says otherwise. */
class ShutdownTimeoutConfigSourceTest {

    @Test
    void defaultsToMagdaTimeoutPlusTwoDatabaseDeadlinesPlusSlack() {
        SmallRyeConfig config = config(Map.of("MAGDA_TIMEOUT", "PT30S", "GATEWAY_DB_TIMEOUT", "3000"));
        Duration shutdown = Duration.parse(config.getValue("quarkus.shutdown.timeout", String.class));
        assertThat(shutdown).isEqualTo(Duration.ofSeconds(41)).isGreaterThan(Duration.ofSeconds(33));
        assertThat(Duration.parse(config(Map.of()).getValue("quarkus.shutdown.timeout", String.class)))
                .isEqualTo(Duration.ofSeconds(19));
    }

    @Test
    void anExplicitSettingWins() {
        SmallRyeConfig config = config(Map.of("MAGDA_TIMEOUT", "PT30S", "quarkus.shutdown.timeout", "60s"));
        assertThat(config.getValue("quarkus.shutdown.timeout", String.class)).isEqualTo("60s");
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 250))
                .withSources(new ShutdownTimeoutConfigSource()).build();
    }
}
