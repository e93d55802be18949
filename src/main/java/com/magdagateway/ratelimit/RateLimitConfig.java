package com.magdagateway.ratelimit;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the {@code gateway.rate-limit.*} settings: the default share of a client without its own limits. */
@ConfigMapping(prefix = "gateway.rate-limit")
public interface RateLimitConfig {

    /** Sustained requests per second per client and replica ({@code GATEWAY_RATE_LIMIT_RPS}). */
    @WithDefault("500")
    int requestsPerSecond();

    /** Requests a client may make at once above its sustained rate ({@code GATEWAY_RATE_LIMIT_BURST}). */
    @WithDefault("1000")
    int burst();

    /** Concurrent MAGDA calls per client and replica ({@code GATEWAY_RATE_LIMIT_CONCURRENT}). */
    @WithDefault("200")
    int concurrentCalls();

    /** How often each replica re-reads the limits table, so that another replica's change reaches it. */
    @WithDefault("PT5S")
    Duration refresh();

    /** The default as limits. */
    default Limits defaults() {
        return new Limits(requestsPerSecond(), burst(), concurrentCalls());
    }
}
