package com.magdagateway.mutation.poll;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.metrics.Gauges;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Metrics of the poller (the Onderwerpen it imports count under {@code gateway.mutations.imported{door="poll"}}):
 * polls by outcome, failures by reason, and the failures in a row (0 when the last poll went well).
 */
@ApplicationScoped
public class PollMetrics {

    private final AtomicInteger failuresInARow = new AtomicInteger();

    private final MeterRegistry registry;

    public PollMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauges.forget(registry, "gateway.mutations.poll.failing");
        Gauge.builder("gateway.mutations.poll.failing", failuresInARow, AtomicInteger::get).strongReference(true)
                .description("Polls of GeefPersoonMutatiesNotificaties that failed in a row (0: the last one went well)")
                .register(registry);
    }

    void polled(PollOutcome outcome) {
        Counter.builder("gateway.mutations.poll").tag("outcome", outcome.kind().name())
                .description("Polls of GeefPersoonMutatiesNotificaties, by outcome").register(registry).increment();
        if (outcome.kind() == PollOutcome.Kind.FAILED) {
            failuresInARow.incrementAndGet();
            Counter.builder("gateway.mutations.poll.failures").tag("reason", outcome.failure())
                    .description("Failed polls of GeefPersoonMutatiesNotificaties, by reason (a MAGDA code or error code)")
                    .register(registry).increment();
        } else if (outcome.kind() != PollOutcome.Kind.BUSY) {
            failuresInARow.set(0);
        }
    }

    int failuresInARow() {
        return failuresInARow.get();
    }
}
