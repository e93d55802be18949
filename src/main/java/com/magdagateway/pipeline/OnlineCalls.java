package com.magdagateway.pipeline;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/**
 * Online calls (a client's request, not a batch item) in flight now or lately, so that batch items can give way to
 * them: on a small machine each item costs as much CPU as a lookup, and a batch running at full width makes the
 * online calls beside it wait.
 */
@ApplicationScoped
public class OnlineCalls {

    /** Online traffic counts as present until this long after its last call ended. */
    static final long QUIET_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastSeen = System.nanoTime() - 2 * QUIET_AFTER_NANOS;

    /** The online call's work, counted from subscription until its end (answer, failure or the client gone). */
    <T> Uni<T> track(Uni<T> work) {
        return Uni.createFrom().deferred(() -> {
            inFlight.incrementAndGet();
            lastSeen = System.nanoTime();
            return work.onTermination().invoke(() -> {
                lastSeen = System.nanoTime();
                inFlight.decrementAndGet();
            });
        });
    }

    /** Whether an online call is in flight or ended less than a second ago. */
    public boolean present() {
        return inFlight.get() > 0 || System.nanoTime() - lastSeen < QUIET_AFTER_NANOS;
    }
}
