package com.magdagateway.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.magda.MagdaGuards;
import com.magdagateway.magda.MagdaService;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;

/**
 * The gateway's own Prometheus metrics: MAGDA calls by service and outcome, breaker state, bulkhead use and audit
 * writes. Labels are service names, outcome codes and operations only, never anything about a person.
 */
// Created at start-up: its series (breaker state, mismatches at 0, …) must be scrapeable before the first call.
@Startup
@ApplicationScoped
public class GatewayMetrics {

    private final MeterRegistry registry;
    private final Map<MagdaService, AtomicInteger> inFlight = new EnumMap<>(MagdaService.class);
    private final Map<MagdaService, Timer> latency = new EnumMap<>(MagdaService.class);
    private final Map<MagdaService, Counter> mismatches = new EnumMap<>(MagdaService.class);
    private final Map<String, Counter> requests = new ConcurrentHashMap<>();
    private final Map<String, Timer> auditTimers = new ConcurrentHashMap<>();
    private final Map<MagdaService, Counter> bulkheadRejections = new EnumMap<>(MagdaService.class);
    private final Map<String, Counter> auditFailures = new ConcurrentHashMap<>();

    /** The audit writes: the intent before a call, a refusal, the completion after it. */
    private static final List<String> AUDIT_OPERATIONS = List.of("intent", "refused", "complete");

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauges.forget(registry, "magda.bulkhead.in.flight", "magda.circuit.breaker.state");
        for (MagdaService service : MagdaService.values()) {
            AtomicInteger flight = new AtomicInteger();
            // Strong reference: Micrometer holds gauge state weakly, and a collected gauge silently disappears.
            Gauge.builder("magda.bulkhead.in.flight", flight, AtomicInteger::get).strongReference(true)
                    .description("Calls in the service's bulkhead").tag("service", service.serviceName()).register(registry);
            inFlight.put(service, flight);
            latency.put(service, Timer.builder("magda.request.duration")
                    .description("MAGDA call latency, including fault-tolerance waits")
                    .tag("service", service.serviceName()).publishPercentileHistogram().register(registry));
            // Read at scrape time, so that resets and transitions without a callback are shown as they are.
            Gauge.builder("magda.circuit.breaker.state", () -> stateNumber(
                    CircuitBreakerMaintenance.get().currentState(MagdaGuards.breakerName(service))))
                    .description("0 closed, 1 half-open, 2 open").tag("service", service.serviceName()).register(registry);
            // Registered up front: an alert on "rose above zero" needs the zero.
            bulkheadRejections.put(service, Counter.builder("magda.bulkhead.rejected")
                    .description("Calls refused because the bulkhead was full").tag("service", service.serviceName())
                    .register(registry));
            mismatches.put(service, Counter.builder("magda.answer.mismatch")
                    .description("MAGDA answers refused because they did not answer the question asked")
                    .tag("service", service.serviceName()).register(registry));
        }
        AUDIT_OPERATIONS.forEach(this::auditFailure);
    }

    /** One finished MAGDA call; {@code outcome} is SUCCESS or a contract error code. */
    public void magdaCall(MagdaService service, String outcome, Duration duration) {
        // Meters are looked up once and kept: this runs on every request.
        requests.computeIfAbsent(service.serviceName() + '|' + outcome, key -> Counter.builder("magda.requests")
                .description("MAGDA calls by service and outcome")
                .tag("service", service.serviceName()).tag("outcome", outcome).register(registry)).increment();
        latency.get(service).record(duration);
    }

    /** An answer that carried another reference or named another person than asked. */
    public void answerMismatch(MagdaService service) {
        mismatches.get(service).increment();
    }

    private static int stateNumber(CircuitBreakerState state) {
        return switch (state) {
            case CLOSED -> 0;
            case HALF_OPEN -> 1;
            case OPEN -> 2;
        };
    }

    public void bulkheadEntered(MagdaService service) {
        inFlight.get(service).incrementAndGet();
    }

    public void bulkheadLeft(MagdaService service) {
        inFlight.get(service).decrementAndGet();
    }

    public void bulkheadRejected(MagdaService service) {
        bulkheadRejections.get(service).increment();
    }

    /** One audit write: {@code operation} is intent, refused or complete. */
    public void auditWrite(String operation, Duration duration, boolean failed) {
        auditTimers.computeIfAbsent(operation, op -> Timer.builder("gateway.audit.write.duration").tag("operation", op)
                .publishPercentileHistogram().register(registry)).record(duration);
        if (failed) {
            auditFailure(operation).increment();
        }
    }

    private Counter auditFailure(String operation) {
        return auditFailures.computeIfAbsent(operation, op -> Counter.builder("gateway.audit.write.failures")
                .description("Audit writes that failed").tag("operation", op).register(registry));
    }
}
