package com.magdagateway.magda;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.util.TypeLiteral;

import com.magdagateway.magda.client.MagdaTransport;
import com.magdagateway.metrics.GatewayMetrics;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;

/** One fault-tolerance guard per MAGDA service: timeout, a named circuit breaker and a bulkhead, all from config. */
@ApplicationScoped
public class MagdaGuards {

    private static final TypeLiteral<Uni<Object>> UNI = new TypeLiteral<>() {
    };

    private final Map<MagdaService, Guard> guards = new EnumMap<>(MagdaService.class);

    public MagdaGuards(MagdaConfig config, GatewayMetrics metrics) {
        for (MagdaService service : MagdaService.values()) {
            guards.put(service, build(service, config, metrics));
        }
    }

    /** Runs the call under the service's guard; the timeout and breaker act without blocking a thread. */
    @SuppressWarnings("unchecked")
    public <T> Uni<T> guard(MagdaService service, Supplier<Uni<T>> call) {
        Supplier<Uni<Object>> untyped = () -> (Uni<Object>) call.get();
        return (Uni<T>) guards.get(service).get(untyped, UNI);
    }

    /** The breaker state of one service, for health checks and metrics. */
    public CircuitBreakerState state(MagdaService service) {
        return CircuitBreakerMaintenance.get().currentState(breakerName(service));
    }

    public static String breakerName(MagdaService service) {
        return "magda-" + service.serviceName();
    }

    private static Guard build(MagdaService service, MagdaConfig config, GatewayMetrics metrics) {
        MagdaConfig.Breaker breaker = config.breaker();
        MagdaConfig.Retry retry = config.retry();
        long timeoutMs = config.timeoutDuration().toMillis();
        return Guard.create()
                .withDescription("MAGDA " + service.serviceName())
                .withTimeout().duration(config.timeoutDuration().toMillis(), ChronoUnit.MILLIS).done()
                .withCircuitBreaker()
                .name(breakerName(service))
                .requestVolumeThreshold(breaker.requestVolumeThreshold())
                .failureRatio(breaker.failureRatio())
                .delay(breaker.delay().toMillis(), ChronoUnit.MILLIS)
                .successThreshold(breaker.successThreshold())
                .when(MagdaGuards::countsAgainstBreaker)
                .done()
                .withBulkhead().limit(config.bulkhead().limit()).queueSize(config.bulkhead().queue())
                .onAccepted(() -> metrics.bulkheadEntered(service))
                .onFinished(() -> metrics.bulkheadLeft(service))
                .onRejected(() -> metrics.bulkheadRejected(service))
                .done()
                .with(builder -> {
                    if (!service.isWrite() && retry.maxRetries() > 0) {
                        builder.withRetry().maxRetries(retry.maxRetries())
                                .delay(retry.delay().toMillis(), ChronoUnit.MILLIS)
                                .withExponentialBackoff().factor(2)
                                .maxDelay(Math.min(retry.maxDelay().toMillis(), timeoutMs / 2), ChronoUnit.MILLIS).done()
                                .maxDuration(timeoutMs, ChronoUnit.MILLIS) // retries live inside the caller's time budget
                                .whenException(MagdaGuards::safeToRetry)
                                .done();
                    }
                })
                .build();
    }

    /**
     * Retried only where a second attempt cannot do harm and may well succeed: MAGDA said it was too busy, or the
     * connection was refused (nothing was sent). Timeouts are not retried: the first attempt may still be running.
     */
    static boolean safeToRetry(Throwable failure) {
        if (!(failure instanceof GatewayException gateway)) {
            return false;
        }
        if (gateway.code() == ErrorCode.BACKEND_BUSY && gateway.magda() != null) {
            return true;
        }
        return gateway.code() == ErrorCode.BACKEND_UNAVAILABLE && MagdaTransport.isConnectionRefused(gateway);
    }

    /**
     * Only MAGDA being unwell opens the breaker: transport failures, timeouts, unreadable answers, SOAP faults, HTTP
     * 5xx, and the FOUT codes that say so. Any other FOUT (a refusal, 20005, 50000, an unknown code) came in a
     * readable answer from a MAGDA that works, so it does not count, however many callers receive it.
     */
    static boolean countsAgainstBreaker(Throwable failure) {
        if (failure instanceof GatewayException gateway) {
            if (gateway.magda() != null) {
                return UitzonderingClassifier.isBackendUnwell(gateway.magda().code());
            }
            return gateway.code().isBackendFailure();
        }
        return failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
    }
}
