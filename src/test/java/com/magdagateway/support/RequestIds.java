package com.magdagateway.support;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Fresh X-Request-Id values for tests that find their audit rows by request id. Never a random UUID: one in about a
 * hundred has eleven digits in a row, which the gateway replaces (it could be an INSZ), and the row would not be found.
 */
public final class RequestIds {

    private static final AtomicLong COUNTER = new AtomicLong();

    private RequestIds() {
    }

    public static String fresh(String prefix) {
        return prefix + Long.toString(System.nanoTime(), Character.MAX_RADIX) + "-" + COUNTER.incrementAndGet();
    }
}
