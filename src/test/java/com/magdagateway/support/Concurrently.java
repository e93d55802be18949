package com.magdagateway.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs calls really at the same time, whatever the number of cores: one thread per call, all released together by a
 * barrier (the common pool would run them a few at a time, one at a time on a 2-core machine).
 */
public final class Concurrently {

    /** The calls' results in call order, and how many were running at once at the peak. */
    public record Outcome<T>(List<T> results, int peakInFlight) {
    }

    private Concurrently() {
    }

    public static <T> Outcome<T> run(int calls, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(calls);
        CyclicBarrier start = new CyclicBarrier(calls);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        return call.apply(index);
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return new Outcome<>(results, peak.get());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("A concurrent call failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
