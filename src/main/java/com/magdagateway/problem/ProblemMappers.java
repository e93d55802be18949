package com.magdagateway.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;

/** Every failure that reaches JAX-RS leaves as problem+json: no HTML, no stack trace, no class names. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response gateway(GatewayException e, RoutingContext ctx) {
        return ProblemResponses.response(e, ctx);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, RoutingContext ctx) {
        return challenge(ctx);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, RoutingContext ctx) {
        return challenge(ctx);
    }

    private static Response challenge(RoutingContext ctx) {
        return Response.fromResponse(ProblemResponses.response(ErrorCode.UNAUTHENTICATED,
                "A valid, unexpired bearer token is required", ctx)).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, RoutingContext ctx) {
        return ProblemResponses.response(ErrorCode.FORBIDDEN, "The token lacks the role this operation needs", ctx);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, RoutingContext ctx) {
        return ProblemResponses.response(ErrorCode.BAD_REQUEST, "The request body is not valid JSON for this operation",
                ctx);
    }

    /** Quarkus maps these subclasses itself (with parser details in plain JSON); they are problems like the rest. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, RoutingContext ctx) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        return ProblemResponses.response(ErrorCode.BAD_REQUEST,
                field == null ? "The request body has the wrong shape" : "Invalid value for '" + field + "'", ctx);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, RoutingContext ctx) {
        return unreadableJson(e, ctx);
    }

    /** Quarkus' own mapper for this subclass answers plain JSON; ours must win. */
    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, RoutingContext ctx) {
        return invalid(e, ctx);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, RoutingContext ctx) {
        String detail = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted().reduce((a, b) -> a + "; " + b).orElse("Invalid request");
        return ProblemResponses.response(ErrorCode.BAD_REQUEST, detail, ctx);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, RoutingContext ctx) {
        if (e.getCause() instanceof GatewayException refused) {
            return gateway(refused, ctx); // a parameter converter's refusal (an invalid INSZ), wrapped by JAX-RS
        }
        ErrorCode code = e instanceof NotFoundException ? ErrorCode.NOT_FOUND
                : e instanceof NotAllowedException ? ErrorCode.METHOD_NOT_ALLOWED
                : e instanceof NotSupportedException ? ErrorCode.UNSUPPORTED_MEDIA_TYPE
                : e instanceof NotAcceptableException ? ErrorCode.NOT_ACCEPTABLE
                : byStatus(e.getResponse().getStatus());
        Response problem = ProblemResponses.response(code, detailFor(code, ctx), ctx);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return problem;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, RoutingContext ctx) {
        // Never the request path (it carries an INSZ); the message passes the INSZ-masking log filter.
        LOG.errorf("Unexpected failure: %s (%s)", e, RequestIdsLog.of(ctx));
        LOG.debug("Unexpected failure", e);
        return ProblemResponses.response(ErrorCode.INTERNAL_ERROR, "An unexpected error occurred", ctx);
    }

    private static ErrorCode byStatus(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.BAD_REQUEST;
        };
    }

    private static String detailFor(ErrorCode code, RoutingContext ctx) {
        return switch (code) {
            case NOT_FOUND -> "No resource at this path";
            case METHOD_NOT_ALLOWED -> "Method " + ctx.request().method() + " is not allowed here";
            case UNSUPPORTED_MEDIA_TYPE -> "Unsupported Content-Type";
            case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
            case PAYLOAD_TOO_LARGE -> "The request body is too large";
            default -> "The request is malformed";
        };
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    /** Keeps the log line to the request id only. */
    private static final class RequestIdsLog {
        static String of(RoutingContext ctx) {
            return "requestId=" + com.magdagateway.http.RequestIds.of(ctx);
        }
    }
}
