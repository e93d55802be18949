package com.magdagateway.problem;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

import com.magdagateway.http.RequestIds;
import com.magdagateway.magda.MagdaMessage;
import com.magdagateway.tracing.TraceIds;

import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;

/** Builds problem+json responses, for JAX-RS mappers and for plain Vert.x routes alike. */
public final class ProblemResponses {

    /** Default wait suggested to clients when MAGDA or the audit log is temporarily unavailable. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(5);

    private ProblemResponses() {
    }

    public static Problem problem(ErrorCode code, String detail, RoutingContext ctx, MagdaMessage magda) {
        String instance = ctx == null ? null : ctx.request().path();
        Problem.MagdaDetail magdaDetail = magda == null ? null
                : new Problem.MagdaDetail(magda.code(), magda.origin(), magda.diagnosis());
        return Problem.of(code, detail, instance, RequestIds.of(ctx), TraceIds.current(), magdaDetail);
    }

    public static Response response(GatewayException e, RoutingContext ctx) {
        Response.ResponseBuilder builder = Response.status(e.code().status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem(e.code(), e.getMessage(), ctx, e.magda()));
        if (e.code().isRetryable()) {
            Duration wait = e.retryAfter() == null ? DEFAULT_RETRY_AFTER : e.retryAfter();
            builder.header("Retry-After", Math.max(1, (wait.toMillis() + 999) / 1000));
        }
        return builder.build();
    }

    public static Response response(ErrorCode code, String detail, RoutingContext ctx) {
        return response(new GatewayException(code, detail), ctx);
    }

    /** Ends a Vert.x exchange with a problem document, for failures that never reached a JAX-RS resource. */
    public static void end(RoutingContext ctx, ErrorCode code, String detail) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(code.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(problem(code, detail, ctx, null)));
    }
}
