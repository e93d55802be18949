package com.magdagateway.magda;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Typed view of the {@code magda.*} settings: endpoint, identity towards MAGDA and resilience limits. */
@ConfigMapping(prefix = "magda")
public interface MagdaConfig {

    /** The single MAGDA SOAP endpoint that serves every 2.x service. */
    String url();

    /** Per-service endpoint overrides, keyed by service name (e.g. {@code GeefPersoon}). */
    @WithName("service-url")
    Map<String, String> serviceUrls();

    /** Our registered client id, sent as {@code Afzender/Identificatie}. */
    String clientId();

    /** Our registered capacity code, sent as {@code Afzender/Hoedanigheid}. */
    String capacity();

    /** Per-call timeout: an ISO-8601 duration ({@code PT5S}) or plain milliseconds ({@code 5000}). */
    @WithDefault("PT10S")
    String timeout();

    /** Circuit breaker settings, applied to each MAGDA service's own breaker. */
    Breaker breaker();

    /** Bulkhead settings, applied per MAGDA service. */
    Bulkhead bulkhead();

    /** Retry settings for reads; writes are never retried. */
    Retry retry();

    /** Retries of safe failures only: MAGDA busy (99995/99996) and connection refused. */
    interface Retry {
        /** Extra attempts after the first; 0 disables retrying. */
        @WithDefault("2")
        int maxRetries();

        /** First backoff delay; it doubles per attempt. */
        @WithDefault("PT0.1S")
        java.time.Duration delay();

        /** Longest single backoff delay. */
        @WithDefault("PT1S")
        java.time.Duration maxDelay();
    }

    /** Circuit breaker thresholds. */
    interface Breaker {
        /** Number of recent calls the failure ratio is computed over. */
        @WithDefault("20")
        int requestVolumeThreshold();

        /** Ratio of failed calls (0..1) in the window that opens the breaker. */
        @WithDefault("0.5")
        double failureRatio();

        /** How long the breaker stays open before letting a trial call through. */
        @WithDefault("PT10S")
        java.time.Duration delay();

        /** Successful trial calls needed to close a half-open breaker. */
        @WithDefault("2")
        int successThreshold();
    }

    /** Concurrency limits per service. */
    interface Bulkhead {
        /** Calls allowed in flight at once. */
        @WithDefault("50")
        int limit();

        /** Calls allowed to wait for a free slot; beyond that the call is refused at once. */
        @WithDefault("100")
        int queue();
    }

    /** The endpoint for one service: its override when configured, the shared endpoint otherwise. */
    default String urlFor(String service) {
        return Optional.ofNullable(serviceUrls().get(service)).orElse(url());
    }

    /** The timeout as a {@link java.time.Duration}, accepting both notations the contract allows. */
    default java.time.Duration timeoutDuration() {
        return Durations.parse(timeout());
    }
}
