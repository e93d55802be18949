package com.magdagateway.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.metrics.Gauges;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Batch metrics: batches by state and queue depth (read from the database by the executor's housekeeping, so they
 * are the same on every replica), items finished by outcome (its rate is items per second) and pauses.
 */
@ApplicationScoped
public class BatchMetrics {

    private static final List<String> STATES = List.of("QUEUED", "RUNNING", "DONE", "CANCELLED");

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> batches = new ConcurrentHashMap<>();
    private final AtomicLong queueDepth = new AtomicLong();
    private final Map<String, Counter> items = new ConcurrentHashMap<>();
    private final Counter pauses;

    public BatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauges.forget(registry, "gateway.batches", "gateway.batch.queue.depth");
        for (String state : STATES) {
            AtomicLong count = batches.computeIfAbsent(state, ignored -> new AtomicLong());
            Gauge.builder("gateway.batches", count, AtomicLong::get).strongReference(true)
                    .description("Batches kept, by state").tag("state", state).register(registry);
        }
        Gauge.builder("gateway.batch.queue.depth", queueDepth, AtomicLong::get).strongReference(true)
                .description("Batch items waiting to be run, all replicas").register(registry);
        pauses = Counter.builder("gateway.batch.pauses")
                .description("Times a batch paused because MAGDA was busy or a breaker was open").register(registry);
    }

    /** One item finished with this outcome (SUCCESS or a contract error code). */
    public void itemFinished(String outcome) {
        items.computeIfAbsent(outcome, key -> Counter.builder("gateway.batch.items")
                .description("Batch items finished on this replica, by outcome").tag("outcome", key)
                .register(registry)).increment();
    }

    public void paused() {
        pauses.increment();
    }

    void refresh(Map<String, Long> byState, long depth) {
        STATES.forEach(state -> batches.get(state).set(byState.getOrDefault(state, 0L)));
        queueDepth.set(depth);
    }
}
