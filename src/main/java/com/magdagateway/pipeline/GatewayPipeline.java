package com.magdagateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.audit.AuditLog;
import com.magdagateway.audit.AuditOutcome;
import com.magdagateway.authz.EntityAuthorizer;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaGuards;
import com.magdagateway.metrics.GatewayMetrics;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * The one road every MAGDA call takes: authorize the entity, record the audit intent, call MAGDA under the
 * service's fault-tolerance guard, map the answer, record the outcome. Adding a service adds nothing here.
 */
@ApplicationScoped
public class GatewayPipeline {

    public static final String MAGDA_REFERENCE_HEADER = "X-Magda-Reference";
    /** nginx's convention for "client closed the connection before the answer". */
    static final int CLIENT_CLOSED_REQUEST = 499;

    private static final Logger LOG = Logger.getLogger(GatewayPipeline.class);

    private final MagdaGuards guards;
    private final MagdaConfig config;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final EntityAuthorizer authorizer;
    private final AuditLog audit;
    private final GatewayMetrics metrics;

    public GatewayPipeline(MagdaGuards guards, MagdaConfig config, CurrentVertxRequest currentRequest,
            SecurityIdentity identity, EntityAuthorizer authorizer, AuditLog audit, GatewayMetrics metrics) {
        this.guards = guards;
        this.config = config;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.authorizer = authorizer;
        this.audit = audit;
        this.metrics = metrics;
    }

    public <I, D> Uni<ApiResponse<D>> run(MagdaCall<I, D> call) {
        RoutingContext http = currentRequest.getCurrent();
        Caller caller = Caller.of(identity, http);
        Executor backOnRequestContext = requestContextExecutor();
        AuditLog.Intent intent = new AuditLog.Intent(caller.clientId(), caller.entity(), call.service().serviceName(),
                call.insz().value(), caller.requestId(), UUID.randomUUID().toString());
        return authorizer.authorize(caller.clientId(), caller.entity())
                .flatMap(allowed -> call.refusal() == null ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(call.refusal()))
                .onFailure(GatewayException.class).recoverWithUni(f -> recordRefusal(intent, (GatewayException) f))
                .flatMap(allowed -> audit.intent(intent))
                .flatMap(auditId -> callAndComplete(call, intent, auditId, http, backOnRequestContext));
    }

    private <I, D> Uni<ApiResponse<D>> callAndComplete(MagdaCall<I, D> call, AuditLog.Intent intent, long auditId,
            RoutingContext http, Executor backOnRequestContext) {
        long start = System.nanoTime();
        AtomicBoolean sent = new AtomicBoolean();
        String reference = intent.magdaReference();
        return guards.guard(call.service(), () -> {
            // Only calls that really go out carry the reference; an open breaker or full bulkhead sends nothing.
            sent.set(true);
            http.response().putHeader(MAGDA_REFERENCE_HEADER, reference);
            return call.backend().apply(call.insz(), reference);
        })
                // One deadline for the whole call, retries and bulkhead queueing included.
                .ifNoItem().after(config.timeoutDuration()).failWith(FaultMapping::deadlineExceeded)
                .onFailure().transform(f -> FaultMapping.toGateway(f, config.breaker().delay()))
                .emitOn(backOnRequestContext)
                .map(answer -> envelope(call, answer, reference))
                .onItemOrFailure().invoke((item, failure) -> {
                    if (sent.get()) {
                        metrics.magdaCall(call.service(), metricOutcome(failure), elapsed(start));
                    }
                })
                .onItemOrFailure().call((item, failure) -> audit.complete(auditId, outcomeOf(failure),
                        statusOf(failure), elapsed(start), sent.get() ? reference : null))
                .onCancellation().invoke(() -> audit.complete(auditId, AuditOutcome.CLIENT_ERROR, CLIENT_CLOSED_REQUEST,
                        elapsed(start), sent.get() ? reference : null)
                        .subscribe().with(done -> LOG.debugf("Audit row %d completed after client disconnect", auditId)));
    }

    /** A refusal is recorded before it is answered; a registry that cannot be read has nothing to record. */
    private Uni<Void> recordRefusal(AuditLog.Intent intent, GatewayException refusal) {
        if (refusal.code() == ErrorCode.AUDIT_UNAVAILABLE) {
            return Uni.createFrom().failure(refusal);
        }
        return audit.refused(intent, refusal.code()).replaceWithVoid().onItem().failWith(() -> refusal);
    }

    private static String metricOutcome(Throwable failure) {
        if (failure == null) {
            return "SUCCESS";
        }
        return failure instanceof GatewayException g ? g.code().name() : ErrorCode.INTERNAL_ERROR.name();
    }

    private static AuditOutcome outcomeOf(Throwable failure) {
        if (failure == null) {
            return AuditOutcome.SUCCESS;
        }
        return failure instanceof GatewayException g ? AuditOutcome.of(g.code()) : AuditOutcome.BACKEND_ERROR;
    }

    private static int statusOf(Throwable failure) {
        if (failure == null) {
            return 200;
        }
        return failure instanceof GatewayException g ? g.code().status() : ErrorCode.INTERNAL_ERROR.status();
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Fault-tolerance timers and CXF callbacks finish elsewhere; database work must resume on the request's context. */
    private static Executor requestContextExecutor() {
        Context context = Vertx.currentContext();
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }

    private static <I, D> ApiResponse<D> envelope(MagdaCall<I, D> call, MagdaAnswer<I> answer, String reference) {
        ApiSource source = new ApiSource(call.service().serviceName(), call.service().version(), reference, Instant.now());
        return new ApiResponse<>(call.mapper().apply(answer.content()),
                answer.warnings().stream().map(ApiWarning::of).toList(), source);
    }
}
