package com.magdagateway.problem;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An RFC 9457 problem document extended with the contract's {@code code}, {@code requestId}, {@code traceId} (the
 * request's trace, when one exists) and {@code magda}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
// Serialized from exception mappers' Response entities, which Quarkus cannot see in any method signature.
@RegisterForReflection(targets = { Problem.class, Problem.MagdaDetail.class })
public record Problem(String type, String title, int status, String detail, String instance, String code,
        String requestId, String traceId, MagdaDetail magda) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://magda-gateway.dev/problems/";

    /** The MAGDA Uitzondering behind a backend-caused problem. */
    public record MagdaDetail(String code, String origin, String diagnosis) {
    }

    public static Problem of(ErrorCode code, String detail, String instance, String requestId, MagdaDetail magda) {
        return of(code, detail, instance, requestId, null, magda);
    }

    public static Problem of(ErrorCode code, String detail, String instance, String requestId, String traceId,
            MagdaDetail magda) {
        return new Problem(TYPE_BASE + code.slug(), code.title(), code.status(), detail, instance, code.name(), requestId,
                traceId, magda);
    }
}
