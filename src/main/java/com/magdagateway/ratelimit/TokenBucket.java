package com.magdagateway.ratelimit;

/**
 * A token bucket: it holds up to {@code burst} tokens, refills at {@code requestsPerSecond}, and every request takes
 * one. Starts full. The limits are passed per call, so that a changed limit applies to the very next request.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private double tokens = -1; // full on first use
    private long last;

    /** Takes a token at {@code now} (nanoTime); answers 0 when taken, otherwise the nanoseconds until one is due. */
    synchronized long take(long now, Limits limits) {
        int burst = limits.burst();
        if (tokens < 0) {
            tokens = burst;
        } else {
            tokens = Math.min(burst, tokens + (now - last) / NANOS_PER_SECOND * limits.requestsPerSecond());
        }
        last = now;
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / limits.requestsPerSecond() * NANOS_PER_SECOND));
    }
}
