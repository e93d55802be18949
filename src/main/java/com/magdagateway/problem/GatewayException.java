package com.magdagateway.problem;

import java.time.Duration;

import com.magdagateway.magda.MagdaMessage;

/** A failure with a contract error code; the problem mapper turns it into problem+json. */
public class GatewayException extends RuntimeException {

    private final ErrorCode code;
    private final transient MagdaMessage magda;
    private final Duration retryAfter;

    public GatewayException(ErrorCode code, String detail) {
        this(code, detail, null, null, null);
    }

    public GatewayException(ErrorCode code, String detail, MagdaMessage magda) {
        this(code, detail, magda, null, null);
    }

    public GatewayException(ErrorCode code, String detail, MagdaMessage magda, Duration retryAfter, Throwable cause) {
        super(detail, cause, false, false); // no stack trace: these are expected outcomes, not bugs
        this.code = code;
        this.magda = magda;
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    public MagdaMessage magda() {
        return magda;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
