package com.magdagateway.problem;

/** The stable error codes of the REST contract, each with its HTTP status and a human title. */
public enum ErrorCode {
    INSZ_INVALID(400, "Invalid INSZ"),
    BAD_REQUEST(400, "Bad request"),
    UNAUTHENTICATED(401, "Authentication required"),
    FORBIDDEN(403, "Forbidden"),
    ENTITY_NOT_AUTHORIZED(403, "Entity not authorized"),
    ENTITY_EXCLUDED(403, "Entity excluded from KSZ data"),
    MAGDA_ACCESS_DENIED(403, "Access denied by MAGDA"),
    PERSON_NOT_LINKED(403, "Person not linked to the entity"),
    NOT_FOUND(404, "Not found"),
    PERSON_NOT_FOUND(404, "Person not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    PERSON_NOT_REGISTERED(409, "Person not registered"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    BIS_NOT_SUPPORTED(422, "BIS number not supported"),
    REGISTRATION_REJECTED(422, "Registration rejected"),
    TOO_MANY_REQUESTS(429, "Too many requests"),
    INTERNAL_ERROR(500, "Internal error"),
    BACKEND_ERROR(502, "Backend error"),
    BACKEND_BUSY(503, "Backend busy"),
    BACKEND_UNAVAILABLE(503, "Backend unavailable"),
    AUDIT_UNAVAILABLE(503, "Audit log unavailable"),
    BACKEND_TIMEOUT(504, "Backend timeout");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The last segment of the problem {@code type} URI, e.g. {@code insz-invalid}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    /** Whether this outcome says MAGDA itself is unwell, so that it counts against the circuit breaker. */
    public boolean isBackendFailure() {
        return this == BACKEND_ERROR || this == BACKEND_BUSY || this == BACKEND_UNAVAILABLE || this == BACKEND_TIMEOUT;
    }

    /** Whether the client should be told when to come back ({@code Retry-After}). */
    public boolean isRetryable() {
        return this == BACKEND_BUSY || this == BACKEND_UNAVAILABLE || this == AUDIT_UNAVAILABLE
                || this == TOO_MANY_REQUESTS;
    }
}
