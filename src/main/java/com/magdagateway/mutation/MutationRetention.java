package com.magdagateway.mutation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Deletes mutations received longer ago than {@code GATEWAY_MUTATIONS_RETENTION} (default P2Y30D: the two-year tail
 * after someone leaves, and a month to read it), at start-up and daily, by one replica at a time (advisory lock), in
 * chunks so that no statement holds the table long. Also primes the lag metric from the newest stored mutation.
 */
@ApplicationScoped
public class MutationRetention {

    private static final Logger LOG = Logger.getLogger(MutationRetention.class);
    /** "magda-ret": the lock of the purge. */
    static final long LOCK_KEY = 0x6d61676472657474L;
    private static final int CHUNK = 10_000;
    private static final Duration DAILY = Duration.ofDays(1);
    private static final String PURGE = "DELETE FROM mutation WHERE id IN "
            + "(SELECT id FROM mutation WHERE received_at < $1 ORDER BY id LIMIT " + CHUNK + ")";

    private final Pool database;
    private final Vertx vertx;
    private final MutationMetrics metrics;
    private final Period retention;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long timer = -1;

    public MutationRetention(Pool database, Vertx vertx, MutationMetrics metrics,
            @ConfigProperty(name = "gateway.mutations.retention", defaultValue = "P2Y30D") String retention) {
        this.database = database;
        this.vertx = vertx;
        this.metrics = metrics;
        this.retention = Period.parse(retention.trim().toUpperCase());
    }

    void start(@Observes StartupEvent event) {
        database.query("SELECT max(magda_time) AS newest FROM mutation").execute()
                .subscribe().with(rows -> {
                    Row row = rows.iterator().next();
                    metrics.newest(row.getOffsetDateTime("newest"));
                }, failure -> LOG.warnf("Newest mutation unknown at start-up: %s", failure.getClass().getName()));
        purgeInBackground();
        timer = vertx.setPeriodic(DAILY.toMillis(), id -> purgeInBackground());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    public Period retention() {
        return retention;
    }

    private void purgeInBackground() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        purge().eventually(() -> running.set(false)).subscribe().with(deleted -> {
            if (deleted > 0) {
                LOG.infof("Purged %d mutation(s) older than %s", deleted, retention);
            }
        }, failure -> LOG.warnf("Mutation purge failed: %s", failure.getClass().getName()));
    }

    /** Deletes what is past retention if this replica holds the lock; answers how many rows went (0 without it). */
    public Uni<Long> purge() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        return database.withTransaction(connection -> connection
                .preparedQuery("SELECT pg_try_advisory_xact_lock($1) AS locked").execute(Tuple.of(LOCK_KEY))
                .flatMap(rows -> rows.iterator().next().getBoolean("locked") ? chunks(connection, cutoff, 0L)
                        : Uni.createFrom().item(0L)));
    }

    private Uni<Long> chunks(io.vertx.mutiny.sqlclient.SqlConnection connection, OffsetDateTime cutoff, long sofar) {
        return connection.preparedQuery(PURGE).execute(Tuple.of(cutoff)).flatMap(result -> result.rowCount() < CHUNK
                ? Uni.createFrom().item(sofar + result.rowCount())
                : chunks(connection, cutoff, sofar + result.rowCount()));
    }
}
