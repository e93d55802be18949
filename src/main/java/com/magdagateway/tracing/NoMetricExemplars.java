package com.magdagateway.tracing;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.prometheus.client.exemplars.ExemplarSampler;

/**
 * Keeps trace ids out of {@code /q/metrics}: with tracing on, Quarkus would attach an exemplar (a trace and span id)
 * to the samples, and about one random trace id in fifty holds eleven digits in a row, which the gateway's own
 * "no INSZ-like number in any metric" rule (and any scanner an operator runs) cannot tell from a national number.
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
