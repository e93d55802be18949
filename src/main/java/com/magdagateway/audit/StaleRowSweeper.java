package com.magdagateway.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.magdagateway.magda.Durations;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.metrics.Gauges;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Closes audit rows left {@code PENDING} by a gateway that stopped mid-call (a crash, {@code kill -9}, a database
 * that never took the completion) as {@code INTERRUPTED}, at start-up and every minute. One replica at a time: the
 * sweep runs under a PostgreSQL advisory lock, and a replica that does not get it simply skips its turn.
 */
@ApplicationScoped
public class StaleRowSweeper {

    private static final Logger LOG = Logger.getLogger(StaleRowSweeper.class);
    /** "magda-sweep": the advisory lock every replica competes for. */
    static final long LOCK_KEY = 0x6d61676461L;
    private static final String CLOSE = "UPDATE audit_record SET outcome = 'INTERRUPTED' "
            + "WHERE outcome = 'PENDING' AND timestamp < $1";
    private static final String PENDING = "SELECT count(*) AS n, min(timestamp) AS oldest FROM audit_record "
            + "WHERE outcome = 'PENDING'";
    private static final Duration SWEEP_DEADLINE = Duration.ofSeconds(30);

    private final Pool database;
    private final Vertx vertx;
    private final Duration staleAfter;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong pendingRows = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();
    private volatile long timer = -1;

    public StaleRowSweeper(Pool database, Vertx vertx, MagdaConfig magda, MeterRegistry registry,
            @ConfigProperty(name = "gateway.audit.stale-after") Optional<String> staleAfter,
            @ConfigProperty(name = "gateway.audit.sweep-interval", defaultValue = "PT1M") String interval) {
        this.database = database;
        this.vertx = vertx;
        // A call cannot legitimately stay open longer than its MAGDA deadline; a minute of slack covers the rest.
        this.staleAfter = staleAfter.map(Durations::parse).orElse(magda.timeoutDuration().plusSeconds(60));
        this.interval = Durations.parse(interval);
        Gauges.forget(registry, "gateway.audit.pending.rows", "gateway.audit.pending.oldest.seconds");
        Gauge.builder("gateway.audit.pending.rows", pendingRows, AtomicLong::get).strongReference(true)
                .description("Audit rows still PENDING at the last sweep").register(registry);
        Gauge.builder("gateway.audit.pending.oldest.seconds", oldestPendingSeconds, AtomicLong::get)
                .strongReference(true).description("Age of the oldest PENDING audit row at the last sweep")
                .register(registry);
    }

    void start(@Observes StartupEvent event) {
        sweepInBackground();
        timer = vertx.setPeriodic(interval.toMillis(), id -> sweepInBackground());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public Duration staleAfter() {
        return staleAfter;
    }

    private void sweepInBackground() {
        if (!running.compareAndSet(false, true)) {
            return; // the previous sweep is still waiting for the database
        }
        sweep().ifNoItem().after(SWEEP_DEADLINE).fail()
                .eventually(() -> running.set(false))
                .subscribe().with(closed -> {
                    if (closed > 0) {
                        LOG.warnf("Closed %d stale audit row(s) as INTERRUPTED (PENDING for more than %s)", closed,
                                staleAfter);
                    }
                }, failure -> LOG.warnf("Stale audit row sweep failed: %s", failure.getClass().getName()));
    }

    /** Closes stale rows if this replica holds the lock; answers how many it closed (0 without the lock). */
    public Uni<Integer> sweep() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(staleAfter);
        return database.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(LOCK_KEY))
                .flatMap(rows -> rows.iterator().next().getBoolean("locked")
                        ? connection.preparedQuery(CLOSE).execute(Tuple.of(cutoff)).map(result -> result.rowCount())
                        : Uni.createFrom().item(0)))
                .call(this::refreshGauges);
    }

    private Uni<Void> refreshGauges() {
        return database.query(PENDING).execute().invoke(rows -> {
            Row row = rows.iterator().next();
            OffsetDateTime oldest = row.getOffsetDateTime("oldest");
            pendingRows.set(row.getLong("n"));
            oldestPendingSeconds.set(oldest == null ? 0
                    : Math.max(0, Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC)).toSeconds()));
        }).replaceWithVoid();
    }
}
