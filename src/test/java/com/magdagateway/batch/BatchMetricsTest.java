package com.magdagateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The batch gauges show the running instance's figures, also after a restart in the same JVM (dev-mode reload). */
class BatchMetricsTest {

    @Test
    void aRestartedApplicationShowsItsOwnFiguresNotThoseOfTheInstanceBefore() {
        MeterRegistry registry = new SimpleMeterRegistry(); // outlives the application, as Micrometer's global one does
        new BatchMetrics(registry).refresh(Map.of("DONE", 7L, "RUNNING", 1L), 40);

        BatchMetrics restarted = new BatchMetrics(registry);
        restarted.refresh(Map.of("DONE", 2L), 0);

        assertThat(registry.get("gateway.batches").tag("state", "DONE").gauge().value()).isEqualTo(2.0);
        assertThat(registry.get("gateway.batches").tag("state", "RUNNING").gauge().value()).isZero();
        assertThat(registry.get("gateway.batch.queue.depth").gauge().value()).isZero();
        assertThat(registry.find("gateway.batches").gauges()).as("one gauge per state").hasSize(4);
    }
}
