package com.magdagateway.audit;

import com.magdagateway.problem.ErrorCode;

/**
 * The outcome of an audited call, as the audit API reports it. {@code UNCONFIRMED}: a write (registration or
 * deregistration) that went out but whose result MAGDA did not confirm in time, so it may or may not have happened.
 */
public enum AuditOutcome {
    SUCCESS, NOT_FOUND, DENIED, CLIENT_ERROR, BACKEND_ERROR, UNCONFIRMED, PENDING,
    /** Closed by the stale-row sweeper: the gateway stopped (crash, kill) before it could record the outcome. */
    INTERRUPTED;

    public static AuditOutcome of(ErrorCode code) {
        return switch (code) {
            case PERSON_NOT_FOUND -> NOT_FOUND;
            case FORBIDDEN, ENTITY_NOT_AUTHORIZED, ENTITY_EXCLUDED, MAGDA_ACCESS_DENIED, PERSON_NOT_LINKED,
                    TOO_MANY_REQUESTS -> DENIED;
            default -> code.status() < 500 ? CLIENT_ERROR : BACKEND_ERROR;
        };
    }
}
