package com.magdagateway.pipeline;

import java.time.Duration;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Translates the fault-tolerance layer's own exceptions into contract errors. */
final class FaultMapping {

    private FaultMapping() {
    }

    static GatewayException deadlineExceeded() {
        return new GatewayException(ErrorCode.BACKEND_TIMEOUT, "MAGDA did not answer in time");
    }

    static Throwable toGateway(Throwable failure, Duration breakerDelay) {
        if (failure instanceof CircuitBreakerOpenException) {
            return new GatewayException(ErrorCode.BACKEND_UNAVAILABLE,
                    "MAGDA is failing; calls are suspended for a while (circuit open)", null, breakerDelay, null);
        }
        if (failure instanceof BulkheadException) {
            return new GatewayException(ErrorCode.BACKEND_BUSY, "Too many concurrent calls to this MAGDA service");
        }
        if (failure instanceof TimeoutException) {
            return new GatewayException(ErrorCode.BACKEND_TIMEOUT, "MAGDA did not answer in time");
        }
        return failure;
    }
}
