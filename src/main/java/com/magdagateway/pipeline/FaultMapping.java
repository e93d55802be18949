package com.magdagateway.pipeline;

import java.time.Duration;

import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import com.magdagateway.magda.MagdaService;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/** Translates the fault-tolerance layer's own exceptions into contract errors. */
final class FaultMapping {

    private FaultMapping() {
    }

    static GatewayException deadlineExceeded() {
        return new GatewayException(ErrorCode.BACKEND_TIMEOUT, "MAGDA did not answer in time");
    }

    /** A write that timed out: the caller must learn that its outcome is unknown and that trying again is safe. */
    static GatewayException unconfirmedWrite(MagdaService service, GatewayException timeout) {
        String what = service == MagdaService.REGISTREER_UITSCHRIJVING ? "deregistration" : "registration";
        return new GatewayException(ErrorCode.BACKEND_TIMEOUT, "MAGDA did not confirm the " + what
                + " in time: its outcome is unknown. Repeating the call is safe (it is idempotent).", timeout.magda(),
                null, timeout);
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
