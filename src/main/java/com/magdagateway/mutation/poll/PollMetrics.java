package com.magdagateway.mutation.poll;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Metrics of the poller (the Onderwerpen it imports count under {@code gateway.mutations.imported{door="poll"}}):
 * polls by outcome, failures by reason, and the failures in a row (0 when the last poll went well).
 */
@ApplicationScoped
public class PollMetrics {

    /**
     * Static: Micrometer's global registry outlives the application in a JVM that starts it twice (the test suite),
     * and a gauge shows the state object it was first registered with.
     */
    private static final AtomicInteger FAILURES_IN_A_ROW = new AtomicInteger();

    private final MeterRegistry registry;

    public PollMetrics(MeterRegistry registry) {
        this.registry = registry;
        FAILURES_IN_A_ROW.set(0);
        Gauge.builder("gateway.mutations.poll.failing", FAILURES_IN_A_ROW, AtomicInteger::get).strongReference(true)
                .description("Polls of GeefPersoonMutatiesNotificaties that failed in a row (0: the last one went well)")
                .register(registry);
    }

    void polled(PollOutcome outcome) {
        Counter.builder("gateway.mutations.poll").tag("outcome", outcome.kind().name())
                .description("Polls of GeefPersoonMutatiesNotificaties, by outcome").register(registry).increment();
        if (outcome.kind() == PollOutcome.Kind.FAILED) {
            FAILURES_IN_A_ROW.incrementAndGet();
            Counter.builder("gateway.mutations.poll.failures").tag("reason", outcome.failure())
                    .description("Failed polls of GeefPersoonMutatiesNotificaties, by reason (a MAGDA code or error code)")
                    .register(registry).increment();
        } else if (outcome.kind() != PollOutcome.Kind.BUSY) {
            FAILURES_IN_A_ROW.set(0);
        }
    }

    int failuresInARow() {
        return FAILURES_IN_A_ROW.get();
    }
}
