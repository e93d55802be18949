package com.magdagateway.metrics;

import io.micrometer.core.instrument.MeterRegistry;

/** Gauges bound to the running instance of the application, also when the same JVM ran an earlier one. */
public final class Gauges {

    private Gauges() {
    }

    /**
     * Removes the gauges of these names that an earlier instance registered. Micrometer's registry outlives an
     * application restarted in the same JVM (dev-mode reload, the test suite's profiles), each start loads the
     * application's classes anew, and registering a gauge again hands back the old one, still reading the old
     * instance's state: it would show that state forever. Call it once, before registering the gauges again.
     */
    public static void forget(MeterRegistry registry, String... names) {
        for (String name : names) {
            registry.find(name).gauges().forEach(registry::remove);
        }
    }
}
