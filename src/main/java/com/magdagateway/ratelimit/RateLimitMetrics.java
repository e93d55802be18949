package com.magdagateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.metrics.Gauges;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Per-client metrics of the fair share: calls refused with 429 by limit ({@code rate} or {@code concurrency}) and
 * MAGDA calls in flight. Labels are client ids (from verified tokens, so a bounded set), never anything about a person.
 */
@ApplicationScoped
public class RateLimitMetrics {

    /** The two limits a call can be refused by. */
    public enum Limit {
        RATE, CONCURRENCY;

        String label() {
            return name().toLowerCase();
        }
    }

    private final MeterRegistry registry;
    private final Map<String, Counter> refusals = new ConcurrentHashMap<>();
    private volatile ToIntFunction<String> inFlight = client -> 0;

    public RateLimitMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauges.forget(registry, "gateway.client.calls.in.flight");
    }

    /** Where the in-flight gauges read their value. */
    void readInFlightFrom(ToIntFunction<String> source) {
        inFlight = source;
    }

    /** Registers a client's series at zero, so that an alert on their increase sees the very first refusal. */
    void known(String client) {
        for (Limit limit : Limit.values()) {
            counter(client, limit);
        }
        Gauge.builder("gateway.client.calls.in.flight", () -> inFlight.applyAsInt(client))
                .description("MAGDA calls of this client in flight on this replica").tag("client", client)
                .register(registry);
    }

    void refused(String client, Limit limit) {
        counter(client, limit).increment();
    }

    private Counter counter(String client, Limit limit) {
        return refusals.computeIfAbsent(client + '|' + limit.label(), key -> Counter.builder("gateway.rate.limited")
                .description("Calls refused with 429 TOO_MANY_REQUESTS, by client and limit").tag("client", client)
                .tag("limit", limit.label()).register(registry));
    }
}
