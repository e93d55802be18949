package com.magdagateway.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.magdagateway.api.ApiResponse;
import com.magdagateway.insz.InszFreeUuids;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.magda.MagdaGuards;
import com.magdagateway.magda.MagdaService;
import com.magdagateway.pipeline.Caller;
import com.magdagateway.pipeline.GatewayPipeline;
import com.magdagateway.pipeline.MagdaCall;
import com.magdagateway.pipeline.OnlineCalls;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.problem.Problem;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;

/**
 * Runs batch items on this replica: claims a few at a time, sends each through the one pipeline (authorized,
 * audited with its batch, guarded) and stores its one final result. MAGDA busy, a breaker open or the audit log
 * unavailable pause the batch with a growing backoff and give the item back instead of failing it.
 */
@ApplicationScoped
public class BatchExecutor {

    private static final Logger LOG = Logger.getLogger(BatchExecutor.class);
    /** Housekeeping (stale claims, purge, metrics) every this many polls. */
    private static final int HOUSEKEEPING_EVERY = 10;

    private final String replica = "replica-" + InszFreeUuids.random();
    private final BatchStore store;
    private final BatchServices services;
    private final BatchConfig config;
    private final BatchMetrics metrics;
    private final GatewayPipeline pipeline;
    private final OnlineCalls online;
    private final InszValidator validator;
    private final MagdaGuards guards;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final int limit;
    private final Duration claimStaleAfter;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile boolean running;
    private volatile long timer = -1;

    public BatchExecutor(BatchStore store, BatchServices services, BatchConfig config, BatchMetrics metrics,
            GatewayPipeline pipeline, OnlineCalls online, InszValidator validator, MagdaGuards guards, MagdaConfig magda,
            ObjectMapper json, Vertx vertx) {
        this.store = store;
        this.services = services;
        this.config = config;
        this.metrics = metrics;
        this.pipeline = pipeline;
        this.online = online;
        this.validator = validator;
        this.guards = guards;
        this.json = json;
        this.vertx = vertx;
        this.limit = limit(config, magda);
        this.claimStaleAfter = config.claimStaleAfter().orElse(magda.timeoutDuration().plusSeconds(60));
    }

    /**
     * Items in flight on this replica: the configured concurrency, but never more than the configured share of a
     * service's bulkhead, so that online calls keep most of it.
     */
    static int limit(BatchConfig config, MagdaConfig magda) {
        int share = (int) Math.floor(magda.bulkhead().limit() * config.bulkheadShare());
        return Math.max(1, Math.min(config.concurrency(), share));
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        // Items still in flight finish within the shutdown timeout or, if cut off, are queued again as stale claims.
        running = false;
        cancelTimer();
    }

    /** Starts (or resumes) taking work; items another run of this process left claimed wait until they are stale. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        timer = vertx.setPeriodic(config.poll().toMillis(), id -> poll());
        housekeeping().subscribe().with(ignored -> wake(), failure -> wake());
    }

    /** Stops taking work; completes once the items in flight have their results. */
    public Uni<Void> stop() {
        synchronized (this) {
            running = false;
            cancelTimer();
        }
        return Uni.createFrom().item(inFlight::get)
                .onItem().transformToUni(n -> n == 0 ? Uni.createFrom().voidItem()
                        : Uni.createFrom().failure(new IllegalStateException("items in flight")))
                .onFailure().retry().withBackOff(Duration.ofMillis(20), Duration.ofMillis(200)).atMost(1000);
    }

    /** Looks for work now rather than at the next poll, e.g. right after a batch was submitted. */
    public void wake() {
        vertx.runOnContext(ignored -> claimMore());
    }

    /** Items this replica is running right now. */
    public int inFlight() {
        return inFlight.get();
    }

    public int concurrencyLimit() {
        return limit;
    }

    private void cancelTimer() {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
            timer = -1;
        }
    }

    private void poll() {
        if (polls.incrementAndGet() % HOUSEKEEPING_EVERY == 0) {
            housekeeping().subscribe().with(ignored -> claimMore(), failure -> claimMore());
        } else {
            claimMore();
        }
    }

    /** Stale claims queued again, batches settled and purged, and the shared metrics refreshed. */
    Uni<Void> housekeeping() {
        return store.requeueStale(claimStaleAfter)
                .invoke(n -> {
                    if (n > 0) {
                        LOG.warnf("%d batch items claimed by a replica that stopped mid-item are queued again", n);
                    }
                })
                .flatMap(ignored -> store.settleAll())
                .flatMap(ignored -> store.purge(config.retention()))
                .flatMap(ignored -> store.batchesByState())
                .flatMap(byState -> store.queueDepth().invoke(depth -> metrics.refresh(byState, depth)))
                .replaceWithVoid()
                .onFailure().invoke(f -> LOG.warnf("Batch housekeeping failed: %s", f.getClass().getName()))
                .onFailure().recoverWithNull();
    }

    private void claimMore() {
        int free = width() - inFlight.get();
        if (!running || free <= 0 || !claiming.compareAndSet(false, true)) {
            return;
        }
        store.claim(replica, free, suspendedServices()).subscribe().with(items -> {
            inFlight.addAndGet(items.size());
            claiming.set(false);
            if (!items.isEmpty()) {
                store.markRunning(items.get(0).batchId()).subscribe().with(ignored -> { }, this::logFailure);
                items.forEach(this::run);
                claimMore();
            }
        }, failure -> {
            claiming.set(false);
            logFailure(failure);
        });
    }

    /**
     * Items this replica may have in flight right now: one while online calls are in flight or ended within the last
     * second, so that they keep priority (the batch still moves), its full limit otherwise.
     */
    int width() {
        return online.present() ? 1 : limit;
    }

    /** Services whose breaker is open: nothing of theirs is claimed until it lets calls through again. */
    private List<String> suspendedServices() {
        List<String> open = new ArrayList<>();
        for (String name : BatchServices.NAMES) {
            if (guards.state(BatchServices.magdaService(name)) == CircuitBreakerState.OPEN) {
                open.add(name);
            }
        }
        return open;
    }

    private void run(BatchStore.ClaimedItem item) {
        call(item).map(this::serialize).subscribe().with(
                result -> finish(item, "SUCCESS", 200, result, true),
                failure -> failed(item, failure));
    }

    private Uni<ApiResponse<?>> call(BatchStore.ClaimedItem item) {
        try {
            Map<String, String> params = new JsonObject(item.params()).getMap().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
            MagdaCall<?> call = services.plan(item.service(), params).apply(validator.parse(item.insz()));
            Caller caller = new Caller(item.clientId(), item.entity(), requestId(item), item.endUser());
            return runCall(call, caller, item.batchId());
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private <D> Uni<ApiResponse<?>> runCall(MagdaCall<D> call, Caller caller, UUID batchId) {
        return pipeline.run(call, caller, batchId).map(response -> response);
    }

    /** The request id of an item's audit row: its batch and its place in it. */
    static String requestId(BatchStore.ClaimedItem item) {
        return item.batchId() + "/" + item.seq();
    }

    private void failed(BatchStore.ClaimedItem item, Throwable failure) {
        GatewayException problem = failure instanceof GatewayException g ? g
                : new GatewayException(ErrorCode.INTERNAL_ERROR, "The item could not be processed");
        if (!(failure instanceof GatewayException)) {
            LOG.errorf("Batch item failed unexpectedly: %s", failure.getClass().getName());
        }
        if (pausesTheBatch(problem.code())) {
            metrics.paused();
            store.releaseAndPause(item, replica, config.pauseMin(), config.pauseMax())
                    .subscribe().with(ignored -> done(), f -> {
                        logFailure(f);
                        done();
                    });
            return;
        }
        finish(item, problem.code().name(), problem.code().status(), problemJson(problem, requestId(item)), false);
    }

    /** Temporary conditions: the item is asked again later rather than failed. */
    static boolean pausesTheBatch(ErrorCode code) {
        return code == ErrorCode.BACKEND_BUSY || code == ErrorCode.BACKEND_UNAVAILABLE
                || code == ErrorCode.AUDIT_UNAVAILABLE;
    }

    private void finish(BatchStore.ClaimedItem item, String outcome, int status, String result, boolean success) {
        store.finish(item, replica, outcome, status, result, success).subscribe().with(stored -> {
            if (stored) {
                metrics.itemFinished(outcome);
            }
            done();
        }, failure -> {
            // The claim stays; once stale, the item is queued again (its audit row says what happened meanwhile).
            logFailure(failure);
            done();
        });
    }

    private void done() {
        inFlight.decrementAndGet();
        wake();
    }

    private String serialize(ApiResponse<?> response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserializable answer", e);
        }
    }

    /** The problem the single-person endpoint would have answered, under {@code problem}. */
    public String problemJson(GatewayException failure, String requestId) {
        Problem.MagdaDetail magda = failure.magda() == null ? null
                : new Problem.MagdaDetail(failure.magda().code(), failure.magda().origin(), failure.magda().diagnosis());
        Problem problem = Problem.of(failure.code(), failure.getMessage(), null, requestId, magda);
        try {
            return json.writeValueAsString(Map.of("problem", problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unserializable problem", e);
        }
    }

    private void logFailure(Throwable failure) {
        LOG.warnf("Batch executor: %s", failure.getClass().getName());
    }
}
