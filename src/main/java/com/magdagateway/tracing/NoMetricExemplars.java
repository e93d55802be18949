package com.magdagateway.tracing;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.prometheus.client.exemplars.ExemplarSampler;

/**
 * Keeps trace ids out of {@code /q/metrics}: with tracing on, Quarkus would attach an exemplar (a trace and span id)
 * to the samples. Metrics are scraped and kept by other systems with other retention rules than traces, and the
 * gateway's rule that no INSZ-like number appears in any metric is simplest when no id appears there at all.
 * Traces are found from logs and problems ({@code traceId}), not from metrics.
 */
public class NoMetricExemplars {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Optional<ExemplarSampler> noExemplars() {
        return Optional.empty();
    }
}
