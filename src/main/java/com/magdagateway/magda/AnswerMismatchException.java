package com.magdagateway.magda;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

/**
 * MAGDA answered, but not our question (another reference or another person): a 502 that returns no data and is
 * audited and counted as such, because serving it would hand out the wrong person's data.
 */
public final class AnswerMismatchException extends GatewayException {

    /** The audit row's {@code reason}. */
    public static final String REASON = "ANSWER_MISMATCH";

    public AnswerMismatchException(String what) {
        // "what" never quotes the answer: it may name somebody else's INSZ.
        super(ErrorCode.BACKEND_ERROR, "MAGDA's answer does not match the question: " + what);
    }
}
