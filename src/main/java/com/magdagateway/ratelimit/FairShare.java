package com.magdagateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.ratelimit.RateLimitMetrics.Limit;

import io.smallrye.mutiny.Uni;

/**
 * Keeps each calling application within its share, per replica and in memory: a token bucket for requests per
 * second (with a burst) and a count of its MAGDA calls in flight. Beyond either, {@code 429 TOO_MANY_REQUESTS} with
 * {@code Retry-After}. MAGDA's own allowance stays with the bulkheads; this decides who may use them.
 */
@ApplicationScoped
public class FairShare {

    /** A refusal by the concurrency limit cannot know when a call ends: the client is told to retry in a second. */
    private static final Duration CONCURRENCY_RETRY = Duration.ofSeconds(1);

    /** One client's state on this replica. Never evicted: client ids come from verified tokens, a bounded set. */
    private static final class Share {
        final TokenBucket bucket = new TokenBucket();
        final AtomicInteger inFlight = new AtomicInteger();
    }

    private final ClientLimits limits;
    private final RateLimitMetrics metrics;
    private final Map<String, Share> shares = new ConcurrentHashMap<>();

    public FairShare(ClientLimits limits, RateLimitMetrics metrics) {
        this.limits = limits;
        this.metrics = metrics;
        metrics.readInFlightFrom(client -> {
            Share share = shares.get(client);
            return share == null ? 0 : share.inFlight.get();
        });
    }

    /** Takes one request from the client's bucket; fails with 429 (and when to retry) when it is empty. */
    public Uni<Void> admit(String clientId) {
        long wait = share(clientId).bucket.take(System.nanoTime(), limits.of(clientId));
        if (wait == 0) {
            return Uni.createFrom().voidItem();
        }
        metrics.refused(clientId, Limit.RATE);
        Limits own = limits.of(clientId);
        return Uni.createFrom().failure(new GatewayException(ErrorCode.TOO_MANY_REQUESTS,
                "This application exceeds its " + own.requestsPerSecond() + " requests per second (burst "
                        + own.burst() + ") on this gateway replica",
                null, Duration.ofNanos(wait), null));
    }

    /**
     * Runs {@code call} as one of the client's concurrent MAGDA calls, released however it ends (answer, failure,
     * cancellation when the client hangs up); beyond the limit, {@code refused} decides what the caller gets.
     */
    public <T> Uni<T> concurrently(String clientId, Supplier<Uni<T>> call,
            Function<GatewayException, Uni<Void>> refused) {
        return Uni.createFrom().deferred(() -> {
            Share share = share(clientId);
            int limit = limits.of(clientId).concurrentCalls();
            if (!tryAcquire(share.inFlight, limit)) {
                metrics.refused(clientId, Limit.CONCURRENCY);
                GatewayException refusal = new GatewayException(ErrorCode.TOO_MANY_REQUESTS, "This application has "
                        + limit + " MAGDA calls in flight on this gateway replica, its limit", null,
                        CONCURRENCY_RETRY, null);
                return refused.apply(refusal).onItem().<T> transform(ignored -> {
                    throw refusal;
                });
            }
            AtomicBoolean released = new AtomicBoolean();
            Runnable release = () -> {
                if (released.compareAndSet(false, true)) {
                    share.inFlight.decrementAndGet();
                }
            };
            try {
                return call.get().onTermination().invoke(release);
            } catch (RuntimeException e) {
                release.run();
                throw e;
            }
        });
    }

    private static boolean tryAcquire(AtomicInteger inFlight, int limit) {
        while (true) {
            int current = inFlight.get();
            if (current >= limit) {
                return false;
            }
            if (inFlight.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    private Share share(String clientId) {
        Share share = shares.get(clientId);
        if (share == null) {
            share = shares.computeIfAbsent(clientId, id -> {
                metrics.known(id);
                return new Share();
            });
        }
        return share;
    }
}
