package com.magdagateway.pipeline;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaGuards;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The one road every MAGDA call takes: call under the service's fault-tolerance guard, read the answer, map it
 * into the envelope. Authorization and audit are added here, once, for every service.
 */
@ApplicationScoped
public class GatewayPipeline {

    public static final String MAGDA_REFERENCE_HEADER = "X-Magda-Reference";

    private final MagdaGuards guards;
    private final MagdaConfig config;
    private final CurrentVertxRequest currentRequest;

    public GatewayPipeline(MagdaGuards guards, MagdaConfig config, CurrentVertxRequest currentRequest) {
        this.guards = guards;
        this.config = config;
        this.currentRequest = currentRequest;
    }

    public <I, D> Uni<ApiResponse<D>> run(MagdaCall<I, D> call) {
        RoutingContext http = currentRequest.getCurrent();
        String reference = UUID.randomUUID().toString();
        return guards.guard(call.service(), () -> {
            // Only calls that really go out carry the reference header; an open breaker sends nothing.
            http.response().putHeader(MAGDA_REFERENCE_HEADER, reference);
            return call.backend().apply(call.insz(), reference);
        })
                .onFailure().transform(f -> FaultMapping.toGateway(f, config.breaker().delay()))
                .map(answer -> envelope(call, answer, reference));
    }

    private static <I, D> ApiResponse<D> envelope(MagdaCall<I, D> call, MagdaAnswer<I> answer, String reference) {
        ApiSource source = new ApiSource(call.service().serviceName(), call.service().version(), reference, Instant.now());
        return new ApiResponse<>(call.mapper().apply(answer.content()),
                answer.warnings().stream().map(ApiWarning::of).toList(), source);
    }
}
