package com.magdagateway.tracing;

import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.IdGenerator;

import com.magdagateway.insz.InszFreeUuids;

/**
 * Trace and span ids the gateway creates never hold eleven digits in a row: they reach every log line, problem and
 * response unmasked, and about one random trace id in twenty (one span id in sixty) would otherwise look like an
 * INSZ to the gateway's own masking rules and to any scanner an operator runs over the logs. Such an id is drawn again.
 */
@Singleton
public class InszFreeIds implements IdGenerator {

    private final IdGenerator random = IdGenerator.random();

    @Override
    public String generateSpanId() {
        String id = random.generateSpanId();
        while (InszFreeUuids.mayBeInsz(id)) {
            id = random.generateSpanId();
        }
        return id;
    }

    @Override
    public String generateTraceId() {
        String id = random.generateTraceId();
        while (InszFreeUuids.mayBeInsz(id)) {
            id = random.generateTraceId();
        }
        return id;
    }
}
