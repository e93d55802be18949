package com.magdagateway.batch;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the {@code gateway.batch.*} settings: size, pace and retention of bulk consultations. */
@ConfigMapping(prefix = "gateway.batch")
public interface BatchConfig {

    /** Most persons one batch may name ({@code GATEWAY_BATCH_MAX_ITEMS}). */
    @WithDefault("10000")
    int maxItems();

    /** Items in flight at once on this replica ({@code GATEWAY_BATCH_CONCURRENCY}). */
    @WithDefault("4")
    int concurrency();

    /**
     * Largest share (0..1] of a service's bulkhead ({@code magda.bulkhead.limit}) batch items may take, so that
     * online calls always find room.
     */
    @WithDefault("0.25")
    double bulkheadShare();

    /** How long finished batches and their results are kept ({@code GATEWAY_BATCH_RETENTION}). */
    @WithDefault("P7D")
    Duration retention();

    /** How often the executor looks for work it was not told about (other replicas' batches, ended pauses). */
    @WithDefault("PT1S")
    Duration poll();

    /** First pause of a batch after MAGDA said it was busy or a breaker opened; it doubles per pause in a row. */
    @WithDefault("PT2S")
    Duration pauseMin();

    /** Longest single pause. */
    @WithDefault("PT60S")
    Duration pauseMax();

    /**
     * A claim older than this is taken to belong to a replica that died mid-item, and the item is queued again;
     * default: the MAGDA timeout plus a minute.
     */
    Optional<Duration> claimStaleAfter();
}
