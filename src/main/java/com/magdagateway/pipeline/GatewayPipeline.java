package com.magdagateway.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.magdagateway.api.ApiResponse;
import com.magdagateway.api.ApiSource;
import com.magdagateway.api.ApiWarning;
import com.magdagateway.audit.AuditLog;
import com.magdagateway.audit.AuditOutcome;
import com.magdagateway.authz.EmployeeRule;
import com.magdagateway.authz.EntityAuthorizer;
import com.magdagateway.insz.Insz;
import com.magdagateway.insz.InszFreeUuids;
import com.magdagateway.magda.AnswerMismatchException;
import com.magdagateway.magda.MagdaAnswer;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaGuards;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.metrics.GatewayMetrics;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.tracing.GatewayTracing;
import com.magdagateway.ratelimit.FairShare;

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
    /** The audit reason of a call the gateway answered from its own records, without asking MAGDA. */
    public static final String NO_MAGDA_CALL = "NO_MAGDA_CALL";

    private static final Logger LOG = Logger.getLogger(GatewayPipeline.class);

    private final MagdaGuards guards;
    private final MagdaConfig config;
    private final CurrentVertxRequest currentRequest;
    private final SecurityIdentity identity;
    private final EntityAuthorizer authorizer;
    private final EmployeeRule employeeRule;
    private final AuditLog audit;
    private final GatewayMetrics metrics;
    @Inject
    GatewayTracing tracing; // a field, not a constructor argument: the pipeline's constructor is shared ground
    private final FairShare fairShare;
    @Inject
    OnlineCalls online; // a field, like tracing: batch items give way to what it counts

    public GatewayPipeline(MagdaGuards guards, MagdaConfig config, CurrentVertxRequest currentRequest,
            SecurityIdentity identity, EntityAuthorizer authorizer, EmployeeRule employeeRule, AuditLog audit,
            GatewayMetrics metrics, FairShare fairShare) {
        this.guards = guards;
        this.config = config;
        this.currentRequest = currentRequest;
        this.identity = identity;
        this.authorizer = authorizer;
        this.employeeRule = employeeRule;
        this.audit = audit;
        this.metrics = metrics;
        this.fairShare = fairShare;
    }

    public <D> Uni<ApiResponse<D>> run(MagdaCall<D> call) {
        RoutingContext http = currentRequest.getCurrent();
        Caller caller = Caller.of(identity, http);
        Executor backOnRequestContext = requestContextExecutor();
        AuditLog.Intent intent = new AuditLog.Intent(caller.clientId(), caller.entity(), call.service().serviceName(),
                call.insz().value(), caller.requestId(), InszFreeUuids.randomText(), caller.endUser());
        Hangup hangup = new Hangup(call.service(), intent.magdaReference());
        Uni<Void> hasRole = requireRole(call.service().requiredRole())
                // The client's request rate first: a flood is refused before it costs a registry read.
                .flatMap(ok -> fairShare.admit(caller.clientId()));
        Uni<ApiResponse<D>> work = call.gate() == null
                ? hasRole.onFailure(GatewayException.class).recoverWithUni(f -> recordRefusal(intent, (GatewayException) f))
                        // The client's concurrency permit before the intent row: a refusal is one DENIED row.
                        .flatMap(ok -> withinShare(intent, () -> admitted(call, caller, intent, hangup)
                                .flatMap(auditId -> callAndComplete(call, call.backend(), intent, auditId, http,
                                        backOnRequestContext, hangup))))
                : hasRole.flatMap(ok -> authorizer.authorize(caller.clientId(), caller.entity()))
                        .flatMap(allowed -> call.service().isWrite() ? Uni.createFrom().voidItem()
                                : employeeRule.check(caller.entity(), call.insz().value()))
                        .flatMap(allowed -> call.refusal() == null ? Uni.createFrom().voidItem()
                                : Uni.createFrom().failure(call.refusal()))
                        .onFailure(GatewayException.class).recoverWithUni(f -> recordRefusal(intent, (GatewayException) f))
                        // A gate decides for itself whether MAGDA is called; the intent is written only if it is.
                        .flatMap(allowed -> call.gate().pass(new GatePassage<>(call, caller, intent, http,
                                backOnRequestContext, hangup)));
        if (call.service().isWrite()) {
            return detached(online.track(work));
        }
        return online.track(work.onCancellation().invoke(hangup::clientGone));
    }

    /**
     * The same road for a call without an HTTP request: a batch item, run for the caller who created the batch
     * (whose role was checked then). The entity's grant and the employee rule are checked again per item, so that a
     * revocation or an ended link stops the rest of a batch; the audit row names the batch. Reads only.
     */
    public <D> Uni<ApiResponse<D>> run(MagdaCall<D> call, Caller caller, UUID batchId) {
        if (call.service().isWrite()) {
            return Uni.createFrom().failure(new IllegalArgumentException("Batches are read-only"));
        }
        AuditLog.Intent intent = new AuditLog.Intent(caller.clientId(), caller.entity(), call.service().serviceName(),
                call.insz().value(), caller.requestId(), InszFreeUuids.randomText(), caller.endUser(), batchId);
        Hangup hangup = new Hangup(call.service(), intent.magdaReference());
        return admitted(call, caller, intent, hangup)
                .flatMap(auditId -> callAndComplete(call, call.backend(), intent, auditId, null, Runnable::run, hangup));
    }

    /**
     * Decides and records in one round trip: the entity's authorization, the employee rule (reads; writes create
     * links) and the audit intent go to the database concurrently, and MAGDA is called only when all three succeeded,
     * so the intent is still durable before any call (fail closed). A refusal completes that intent row as the
     * refusal: one final row per call, as when refusals were recorded on their own. Refusals keep their order:
     * the entity's authorization, then the employee rule, then the call's own objection (such as its parameters).
     */
    private <D> Uni<Long> admitted(MagdaCall<D> call, Caller caller, AuditLog.Intent intent, Hangup hangup) {
        Uni<Optional<Throwable>> authorization = refusalOf(authorizer.authorize(caller.clientId(), caller.entity()));
        Uni<Optional<Throwable>> link = call.service().isWrite() ? refusalOf(Uni.createFrom().voidItem())
                : refusalOf(employeeRule.check(caller.entity(), call.insz().value()));
        Uni<Recorded> recorded = writeIntent(intent, hangup).map(id -> new Recorded(id, null))
                .onFailure().recoverWithItem(failure -> new Recorded(-1, failure));
        return Uni.combine().all().unis(authorization, link, recorded).asTuple().flatMap(decision -> {
            Throwable refusal = decision.getItem1().or(decision::getItem2).orElse(call.refusal());
            Recorded intentRow = decision.getItem3();
            if (refusal == null) {
                return intentRow.failure() == null ? Uni.createFrom().item(intentRow.id())
                        : Uni.createFrom().failure(intentRow.failure());
            }
            if (intentRow.failure() == null) {
                return closeAsRefused(intentRow.id(), refusal);
            }
            // The intent could not be written: record the refusal on its own, as before (503 if that fails too).
            return refusal instanceof GatewayException g ? recordRefusal(intent, g).replaceWith(-1L)
                    : Uni.createFrom().failure(refusal);
        });
    }

    /** The audit row of the intent, or why it could not be written. */
    private record Recorded(long id, Throwable failure) {
    }

    /** The intent of a call that will not go out becomes its final row: the refusal, without MAGDA reference. */
    private Uni<Long> closeAsRefused(long auditId, Throwable refusal) {
        return audit.complete(auditId, outcomeOf(refusal), statusOf(refusal), Duration.ZERO, null)
                .onItem().<Long> transformToUni(done -> Uni.createFrom().failure(refusal));
    }

    private static Uni<Optional<Throwable>> refusalOf(Uni<Void> check) {
        return check.map(ok -> Optional.<Throwable> empty()).onFailure().recoverWithItem(Optional::of);
    }

    /**
     * The same road for a question the gateway asks on its own account, for no client's request (the mutation
     * poller): nobody to authorize and no person asked, so the audit row names {@code caller} (the gateway's own
     * client id and request id) and holds {@code insz} as its placeholder. Intent first (fail closed), then the
     * service's guard and deadline, then the outcome with the MAGDA reference. Reads only.
     */
    public <D> Uni<MagdaAnswer<D>> runOwn(MagdaService service, Caller caller, String insz,
            Function<String, Uni<MagdaAnswer<D>>> backend) {
        if (service.isWrite()) {
            return Uni.createFrom().failure(new IllegalArgumentException("The gateway asks only reads on its own account"));
        }
        AuditLog.Intent intent = new AuditLog.Intent(caller.clientId(), caller.entity(), service.serviceName(), insz,
                caller.requestId(), InszFreeUuids.randomText(), caller.endUser());
        String reference = intent.magdaReference();
        AtomicBoolean sent = new AtomicBoolean();
        return audit.intent(intent).flatMap(auditId -> {
            long start = System.nanoTime();
            return guarded(service, () -> {
                sent.set(true);
                return backend.apply(reference);
            })
                    .onItemOrFailure().invoke((item, failure) -> {
                        if (sent.get()) {
                            metrics.magdaCall(service, metricOutcome(failure), elapsed(start));
                        }
                    })
                    .onItemOrFailure().call((item, failure) -> audit.complete(auditId, outcomeOf(failure),
                            statusOf(failure), elapsed(start), sent.get() ? reference : null, reasonOf(failure)));
        });
    }

    /**
     * A write runs on its own subscription, so that a client hanging up cannot cancel it halfway: once sent, MAGDA
     * may carry it out whatever we do, and the audit row must say what MAGDA answered, not that the client left.
     */
    private static <T> Uni<T> detached(Uni<T> write) {
        return Uni.createFrom().deferred(() -> {
            CompletableFuture<T> running = write.subscribeAsCompletionStage();
            return Uni.createFrom().completionStage(running.thenApply(result -> result)); // a copy: cancelling it leaves the write alone
        });
    }

    /**
     * A call answered from the gateway's own records (no MAGDA service behind it), for callers holding any of
     * {@code roles}: authorized and audited like a MAGDA call, as {@code SUCCESS} without MAGDA reference.
     */
    public <D> Uni<ApiResponse<D>> runLocal(String service, Insz insz, List<String> roles, Function<Caller, Uni<D>> read) {
        RoutingContext http = currentRequest.getCurrent();
        Caller caller = Caller.of(identity, http);
        AuditLog.Intent intent = new AuditLog.Intent(caller.clientId(), caller.entity(), service, insz.value(),
                caller.requestId(), null, caller.endUser());
        return requireAnyRole(roles)
                .flatMap(hasRole -> fairShare.admit(caller.clientId()))
                .flatMap(admitted -> authorizer.authorize(caller.clientId(), caller.entity()))
                .onFailure(GatewayException.class).recoverWithUni(f -> recordRefusal(intent, (GatewayException) f))
                .flatMap(allowed -> answerLocally(intent, () -> read.apply(caller)));
    }

    private <D> Uni<ApiResponse<D>> viaMagda(MagdaCall<D> call, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend,
            AuditLog.Intent intent, RoutingContext http, Executor backOnRequestContext, Hangup hangup) {
        return writeIntent(intent, hangup)
                .flatMap(auditId -> callAndComplete(call, backend, intent, auditId, http, backOnRequestContext, hangup));
    }

    /**
     * An online call as one of its client's concurrent MAGDA calls (batch items are not: they have their own pace);
     * a refusal is audited like any other, before any intent row.
     */
    private <D> Uni<ApiResponse<D>> withinShare(AuditLog.Intent intent, Supplier<Uni<ApiResponse<D>>> call) {
        return fairShare.concurrently(intent.clientId(), call, refusal -> recordRefusal(intent, refusal));
    }

    /** Audits an answer the gateway gives without MAGDA: the intent first (fail closed), then the outcome. */
    private <D> Uni<ApiResponse<D>> answerLocally(AuditLog.Intent intent, Supplier<Uni<D>> answer) {
        AuditLog.Intent local = new AuditLog.Intent(intent.clientId(), intent.entity(), intent.service(), intent.insz(),
                intent.requestId(), null, intent.endUser());
        long start = System.nanoTime();
        return audit.intent(local).flatMap(auditId -> Uni.createFrom().<D> deferred(answer::get)
                .onItemOrFailure().call((item, failure) -> audit.complete(auditId, outcomeOf(failure), statusOf(failure),
                        elapsed(start), null, failure == null ? NO_MAGDA_CALL : reasonOf(failure))))
                .map(data -> new ApiResponse<>(data, List.<ApiWarning> of(), null));
    }

    /** The rest of the pipeline as a gate sees it; each way audits the call once. */
    private final class GatePassage<D> implements CallGate.Passage<D> {
        private final MagdaCall<D> call;
        private final Caller caller;
        private final AuditLog.Intent intent;
        private final RoutingContext http;
        private final Executor backOnRequestContext;
        private final Hangup hangup;

        GatePassage(MagdaCall<D> call, Caller caller, AuditLog.Intent intent, RoutingContext http,
                Executor backOnRequestContext, Hangup hangup) {
            this.call = call;
            this.caller = caller;
            this.intent = intent;
            this.http = http;
            this.backOnRequestContext = backOnRequestContext;
            this.hangup = hangup;
        }

        @Override
        public Caller caller() {
            return caller;
        }

        @Override
        public Uni<ApiResponse<D>> viaMagda(BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend) {
            return withinShare(intent,
                    () -> GatewayPipeline.this.viaMagda(call, backend, intent, http, backOnRequestContext, hangup));
        }

        @Override
        public Uni<ApiResponse<D>> withoutMagda(D data) {
            return answerLocally(intent, () -> Uni.createFrom().item(data));
        }
    }

    /** The intent is written on its own subscription: a client hanging up mid-write must not orphan the row. */
    private Uni<Long> writeIntent(AuditLog.Intent intent, Hangup hangup) {
        CompletableFuture<Long> written = audit.intent(intent).subscribeAsCompletionStage();
        written.thenAccept(hangup::recorded);
        return Uni.createFrom().completionStage(written.thenApply(id -> id)); // a copy: cancelling it leaves the write alone
    }

    private <D> Uni<ApiResponse<D>> callAndComplete(MagdaCall<D> call, BiFunction<Insz, String, Uni<MagdaAnswer<D>>> backend,
            AuditLog.Intent intent, long auditId, RoutingContext http, Executor backOnRequestContext, Hangup hangup) {
        long start = System.nanoTime();
        AtomicBoolean sent = hangup.sent;
        String reference = intent.magdaReference();
        return guarded(call.service(), () -> {
            // Only calls that really go out carry the reference; an open breaker or full bulkhead sends nothing.
            sent.set(true);
            if (http != null) { // a batch item has no HTTP exchange; its reference is in its result and audit row
                http.response().putHeader(MAGDA_REFERENCE_HEADER, reference);
            }
            return backend.apply(call.insz(), reference);
        })
                .onFailure(f -> isUnconfirmedWrite(call.service(), f, sent.get()))
                .transform(f -> FaultMapping.unconfirmedWrite(call.service(), (GatewayException) f))
                .plug(magda -> tracing.magdaCall(call.service(), reference, sent::get, magda))
                .emitOn(backOnRequestContext)
                .map(answer -> envelope(call, answer, reference))
                .onFailure(AnswerMismatchException.class).invoke(mismatch -> metrics.answerMismatch(call.service()))
                .onItemOrFailure().invoke((item, failure) -> hangup.count(metricOutcome(failure), elapsed(start)))
                .onItemOrFailure().call((item, failure) -> audit.complete(auditId,
                        isUnconfirmedWrite(call.service(), failure, sent.get()) ? AuditOutcome.UNCONFIRMED : outcomeOf(failure),
                        statusOf(failure), elapsed(start), sent.get() ? reference : null, reasonOf(failure)));
    }

    /** A MAGDA call under its service's guard and one deadline, its failures in the contract's error codes. */
    private <T> Uni<T> guarded(MagdaService service, Supplier<Uni<T>> call) {
        return guards.guard(service, call)
                // One deadline for the whole call, retries and bulkhead queueing included.
                .ifNoItem().after(config.timeoutDuration()).failWith(FaultMapping::deadlineExceeded)
                .onFailure().transform(f -> FaultMapping.toGateway(f, config.breaker().delay()));
    }

    /** A write that went out and timed out: MAGDA may or may not have carried it out. */
    private static boolean isUnconfirmedWrite(MagdaService service, Throwable failure, boolean sent) {
        return service.isWrite() && sent && failure instanceof GatewayException gateway
                && gateway.code() == ErrorCode.BACKEND_TIMEOUT;
    }

    /** Completes the audit row of a call whose client hung up, whether that happened before or after it was written. */
    private final class Hangup {
        final AtomicBoolean sent = new AtomicBoolean();
        private final long start = System.nanoTime();
        private final MagdaService service;
        private final String reference;
        private final AtomicBoolean counted = new AtomicBoolean();
        private final AtomicLong auditId = new AtomicLong(-1);
        private final AtomicBoolean gone = new AtomicBoolean();
        private final AtomicBoolean completed = new AtomicBoolean();

        Hangup(MagdaService service, String reference) {
            this.service = service;
            this.reference = reference;
        }

        /** Counts a call that went out, once: when it ends, or when its client hangs up first. */
        void count(String outcome, Duration duration) {
            if (sent.get() && counted.compareAndSet(false, true)) {
                metrics.magdaCall(service, outcome, duration);
            }
        }

        void recorded(long id) {
            auditId.set(id);
            if (gone.get()) {
                complete();
            }
        }

        void clientGone() {
            gone.set(true);
            if (auditId.get() >= 0) {
                complete();
            }
        }

        private void complete() {
            long id = auditId.get();
            if (completed.compareAndSet(false, true)) {
                count("CLIENT_CLOSED", elapsed(start));
                audit.complete(id, AuditOutcome.CLIENT_ERROR, CLIENT_CLOSED_REQUEST, elapsed(start),
                        sent.get() ? reference : null)
                        .subscribe().with(done -> LOG.debugf("Audit row %d completed after client disconnect", id));
            }
        }
    }

    private Uni<Void> requireAnyRole(List<String> roles) {
        return roles.stream().anyMatch(identity::hasRole) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new GatewayException(ErrorCode.FORBIDDEN,
                        "The token lacks the roles (any of " + String.join(", ", roles) + ") this operation needs"));
    }

    /** Checked here rather than by {@code @RolesAllowed}, so that a caller without the role is audited as DENIED. */
    private Uni<Void> requireRole(String role) {
        return identity.hasRole(role) ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new GatewayException(ErrorCode.FORBIDDEN,
                        "The token lacks the role '" + role + "' this operation needs"));
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

    /** Why a call ended as it did, where the outcome alone does not say it. */
    private static String reasonOf(Throwable failure) {
        return failure instanceof AnswerMismatchException ? AnswerMismatchException.REASON : null;
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

    private static <D> ApiResponse<D> envelope(MagdaCall<D> call, MagdaAnswer<D> answer, String reference) {
        ApiSource source = new ApiSource(call.service().serviceName(), call.service().version(), reference, Instant.now());
        return new ApiResponse<>(answer.content(),
                answer.warnings().stream().map(ApiWarning::of).toList(), source);
    }
}
