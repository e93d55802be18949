package com.magdagateway.resilience;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Short timeout, small breaker window and bulkhead, fast retries: every resilience rule shows within seconds. */
public class FaultInjectionProfile implements QuarkusTestProfile {

    static final long TIMEOUT_MS = 2000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "magda.timeout", "PT2S",
                "magda.breaker.request-volume-threshold", "4",
                "magda.breaker.failure-ratio", "0.5",
                "magda.breaker.delay", "PT1S",
                "magda.breaker.success-threshold", "1",
                "magda.bulkhead.limit", "4",
                "magda.bulkhead.queue", "2",
                "magda.retry.max-retries", "2",
                "magda.retry.delay", "PT0.05S");
    }
}
