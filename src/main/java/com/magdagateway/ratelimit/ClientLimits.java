package com.magdagateway.ratelimit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.magdagateway.audit.Actor;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The limits of every calling application: its own from the registry, else the configured default. Read on every
 * request, so kept in memory: this replica applies an administrator's change at once, the others when they re-read
 * the table ({@code gateway.rate-limit.refresh}, 5 s). Until the first read succeeds everyone has the default.
 */
@ApplicationScoped
public class ClientLimits {

    private static final Logger LOG = Logger.getLogger(ClientLimits.class);
    private static final Duration READ_DEADLINE = Duration.ofSeconds(30);
    private static final String ALL = "SELECT client_id, requests_per_second, burst, concurrent_calls FROM client_limit";

    /** A client's limits as the admin API shows them: its own, or the default ({@code isDefault}). */
    public record Effective(String clientId, Limits limits, boolean isDefault, OffsetDateTime updatedAt,
            String updatedBy) {
    }

    /** The result of setting a client's limits: whether it had none of its own before. */
    public record Saved(Effective limits, boolean created) {
    }

    private final ClientLimitStore store;
    private final RateLimitMetrics metrics;
    private final Pool database;
    private final Vertx vertx;
    private final Limits defaults;
    private final long refreshMillis;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Map<String, Limits> own = Map.of();
    /** Counts local changes, so that a re-read that started before one cannot undo it. */
    private long changes;
    private volatile long timer = -1;

    public ClientLimits(ClientLimitStore store, RateLimitMetrics metrics, RateLimitConfig config, Pool database,
            Vertx vertx) {
        this.store = store;
        this.metrics = metrics;
        this.database = database;
        this.vertx = vertx;
        this.defaults = config.defaults();
        this.refreshMillis = Math.max(100, config.refresh().toMillis());
    }

    void start(@Observes StartupEvent event) {
        refresh().subscribe().with(loaded -> { }, failure -> { });
        timer = vertx.setPeriodic(refreshMillis, id -> refresh().subscribe().with(loaded -> { }, failure -> { }));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** The limits that apply to this client now, on this replica. */
    public Limits of(String clientId) {
        return own.getOrDefault(clientId, defaults);
    }

    public Limits defaults() {
        return defaults;
    }

    /** The limits as stored (not as cached): the client's own, or the default. */
    public Uni<Effective> effective(String clientId) {
        return store.find(clientId).map(row -> row == null ? new Effective(clientId, defaults, true, null, null)
                : new Effective(clientId, row.limits(), false, row.updatedAt, row.updatedBy));
    }

    /** Gives the client its own limits; applied on this replica as soon as they are stored. */
    public Uni<Saved> put(Actor actor, String clientId, Limits limits) {
        return store.put(actor, clientId, limits)
                .invoke(saved -> applied(clientId, limits))
                .map(saved -> new Saved(new Effective(clientId, saved.row().limits(), false, saved.row().updatedAt,
                        saved.row().updatedBy), saved.created()));
    }

    /** Puts the client back on the default; answers whether it had limits of its own. */
    public Uni<Boolean> remove(Actor actor, String clientId) {
        return store.remove(actor, clientId).invoke(removed -> applied(clientId, null));
    }

    private synchronized void applied(String clientId, Limits limits) {
        Map<String, Limits> next = new HashMap<>(own);
        if (limits == null) {
            next.remove(clientId);
        } else {
            next.put(clientId, limits);
            metrics.known(clientId);
        }
        own = Map.copyOf(next);
        changes++;
    }

    /** Re-reads the table; a failure keeps what is known (logged, never with more than the exception's class). */
    Uni<Void> refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            return Uni.createFrom().voidItem();
        }
        long seen;
        synchronized (this) {
            seen = changes;
        }
        return database.query(ALL).execute()
                .ifNoItem().after(READ_DEADLINE).fail()
                .invoke(rows -> {
                    Map<String, Limits> loaded = new HashMap<>();
                    for (Row row : rows) {
                        loaded.put(row.getString("client_id"), new Limits(row.getInteger("requests_per_second"),
                                row.getInteger("burst"), row.getInteger("concurrent_calls")));
                    }
                    loaded.keySet().forEach(metrics::known);
                    replace(seen, loaded);
                })
                .onFailure().invoke(failure -> LOG.warnf("Client limits could not be re-read, keeping the last known: %s",
                        failure.getClass().getName()))
                .eventually(() -> refreshing.set(false))
                .replaceWithVoid();
    }

    private synchronized void replace(long seen, Map<String, Limits> loaded) {
        if (changes == seen) { // otherwise a local change came in meanwhile: the next re-read includes it
            own = Map.copyOf(loaded);
        }
    }
}
