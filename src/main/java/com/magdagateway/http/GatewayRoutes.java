package com.magdagateway.http;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.ProblemResponses;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.HttpException;

/** Vert.x-level plumbing: a request id on every response, and problem+json where no JAX-RS resource answered. */
@Singleton
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);

    private final MemorySize maxBodySize;

    public GatewayRoutes(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    private boolean declaresTooLargeBody(String contentLength) {
        try {
            return contentLength != null && Long.parseLong(contentLength.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects malformed lengths itself
        }
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            // The request id goes into the logging context of this request, so every line it logs carries it.
            MDC.put(RequestIds.MDC_KEY, RequestIds.assign(ctx));
            if (declaresTooLargeBody(ctx.request().getHeader("Content-Length"))) {
                // Quarkus would answer this with an empty 413; we answer first, as a problem.
                ctx.response().putHeader("Connection", "close");
                ProblemResponses.end(ctx, ErrorCode.PAYLOAD_TOO_LARGE,
                        "The request body exceeds " + maxBodySize.asLongValue() + " bytes");
                return;
            }
            ctx.next();
        });
        router.route().last().handler(ctx -> ProblemResponses.end(ctx, ErrorCode.NOT_FOUND, "No resource at this path"));
        // Registered first so that it answers before Quarkus' own error page for failures outside JAX-RS (e.g. 413).
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
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
