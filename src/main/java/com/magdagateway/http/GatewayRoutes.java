package com.magdagateway.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.ProblemResponses;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.HttpException;

/** Vert.x-level plumbing: a request id on every response, and problem+json where no JAX-RS resource answered. */
@Singleton
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            // The request id goes into the logging context of this request, so every line it logs carries it.
            MDC.put(RequestIds.MDC_KEY, RequestIds.assign(ctx));
            ctx.next();
        });
        router.route().last().handler(ctx -> ProblemResponses.end(ctx, ErrorCode.NOT_FOUND, "No resource at this path"));
        router.route().last().failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (ctx.failure() instanceof HttpException http) {
                status = http.getStatusCode();
            }
            if (status == 413) {
                ProblemResponses.end(ctx, ErrorCode.PAYLOAD_TOO_LARGE, "The request body is too large");
            } else if (status >= 400 && status < 500) {
                ProblemResponses.end(ctx, status == 404 ? ErrorCode.NOT_FOUND : ErrorCode.BAD_REQUEST,
                        "The request could not be processed");
            } else {
                LOG.errorf("Unhandled failure at the HTTP layer (requestId=%s)", RequestIds.of(ctx));
                ProblemResponses.end(ctx, ErrorCode.INTERNAL_ERROR, "An unexpected error occurred");
            }
        });
    }
}
