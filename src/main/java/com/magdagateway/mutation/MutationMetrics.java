package com.magdagateway.mutation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.metrics.Gauges;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Metrics of the mutation flow: Onderwerpen imported and rejected (by door), the lag of the newest mutation (time
 * since MAGDA's Tijdstip of the newest one stored: it grows when the flow stops) and the feed readers waiting.
 */
@Startup
@ApplicationScoped
public class MutationMetrics {

    private final MeterRegistry registry;
    private final AtomicReference<OffsetDateTime> newest = new AtomicReference<>();

    public MutationMetrics(MeterRegistry registry, MutationNotifier notifier) {
        this.registry = registry;
        Gauges.forget(registry, "gateway.mutations.lag.seconds", "gateway.mutations.feed.waiting");
        Gauge.builder("gateway.mutations.lag.seconds", newest, MutationMetrics::lag).strongReference(true)
                .description("Seconds since MAGDA's time of the newest mutation imported (NaN before the first)")
                .register(registry);
        Gauge.builder("gateway.mutations.feed.waiting", notifier, MutationNotifier::waiting).strongReference(true)
                .description("Feed readers waiting for a mutation (long poll)").register(registry);
        for (String door : new String[] { "post", "inbox", "poll" }) {
            imported(door, 0);
            rejected(door, 0);
        }
    }

    public void imported(String door, int count) {
        Counter.builder("gateway.mutations.imported").tag("door", door).description("Onderwerpen stored as mutations")
                .register(registry).increment(count);
    }

    public void rejected(String door, int count) {
        Counter.builder("gateway.mutations.rejected").tag("door", door).description("Onderwerpen refused")
                .register(registry).increment(count);
    }

    /** Remembers the newest MAGDA time seen, for the lag. */
    public void newest(OffsetDateTime magdaTime) {
        if (magdaTime != null) {
            newest.accumulateAndGet(magdaTime, (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
    }

    private static double lag(AtomicReference<OffsetDateTime> newest) {
        OffsetDateTime time = newest.get();
        return time == null ? Double.NaN
                : Math.max(0, Duration.between(time, OffsetDateTime.now(ZoneOffset.UTC)).toMillis() / 1000.0);
    }
}
