package com.magdagateway.ratelimit;

/** One client's share on one replica: sustained requests per second, the burst above it, concurrent MAGDA calls. */
public record Limits(int requestsPerSecond, int burst, int concurrentCalls) {

    public Limits {
        if (requestsPerSecond < 1 || burst < 1 || concurrentCalls < 1) {
            throw new IllegalArgumentException("Limits must be at least 1: " + requestsPerSecond + "/" + burst + "/"
                    + concurrentCalls);
        }
    }
}
