package com.magdagateway.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.magdagateway.health.HealthReport.Check;
import com.magdagateway.health.HealthReport.Level;
import com.magdagateway.health.HealthReport.Status;
import com.magdagateway.health.client.MagdaProbe;
import com.magdagateway.magda.MagdaGuards;
import com.magdagateway.magda.MagdaService;

import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/** Evaluates the gateway's health at the three levels MAGDA's own services use: PING, DEFAULT and DEEP. */
@ApplicationScoped
public class HealthService {

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);

    private final Pool database;
    private final MagdaGuards guards;
    private final MagdaProbe probe;
    private final Instance<HealthContributor> contributors;

    public HealthService(Pool database, MagdaGuards guards, MagdaProbe probe, Instance<HealthContributor> contributors) {
        this.database = database;
        this.guards = guards;
        this.probe = probe;
        this.contributors = contributors;
    }

    public Uni<HealthReport> check(Level level) {
        if (level == Level.PING) {
            return Uni.createFrom().item(HealthReport.of(level, List.of(new Check("process", Status.UP, 0, null))));
        }
        Uni<List<Check>> magda = level == Level.DEEP ? magdaChecks() : Uni.createFrom().item(List.of());
        return Uni.combine().all().unis(databaseCheck(), magda).asTuple().map(results -> {
            List<Check> checks = new ArrayList<>();
            checks.add(results.getItem1());
            checks.addAll(breakerChecks());
            contributors.forEach(contributor -> checks.addAll(contributor.checks()));
            checks.addAll(results.getItem2());
            return HealthReport.of(level, checks);
        });
    }

    /** Without the database nothing can be audited, so nothing can be served: DOWN. */
    private Uni<Check> databaseCheck() {
        return timed("database", database.query("SELECT 1").execute().ifNoItem().after(DATABASE_TIMEOUT).fail(),
                ok -> new Check("database", Status.UP, 0, null), Status.DOWN);
    }

    /** An open or half-open breaker means that service fails fast for a while: DEGRADED. */
    private List<Check> breakerChecks() {
        return Arrays.stream(MagdaService.values()).map(service -> {
            CircuitBreakerState state = guards.state(service);
            Status status = state == CircuitBreakerState.CLOSED ? Status.UP : Status.DEGRADED;
            return new Check("breaker:" + service.serviceName(), status, 0, state.name());
        }).toList();
    }

    /**
     * One IsBeschikbaar probe answers for every service behind the shared endpoint. A failing MAGDA degrades the
     * gateway (audit and administration still work); it is reported per service.
     */
    private Uni<List<Check>> magdaChecks() {
        return timed("magda", probe.available(), ok -> new Check("magda", Status.UP, 0, null), Status.DEGRADED)
                .map(result -> Arrays.stream(MagdaService.values())
                        .map(service -> new Check("magda:" + service.serviceName(), result.status(), result.durationMs(),
                                result.detail()))
                        .toList());
    }

    private static <T> Uni<Check> timed(String name, Uni<T> probe, Function<T, Check> onSuccess, Status onFailure) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return probe.map(onSuccess)
                    .onFailure().recoverWithItem(f -> new Check(name, onFailure, 0, describe(f)))
                    .map(check -> new Check(check.name(), check.status(), (System.nanoTime() - start) / 1_000_000,
                            check.detail()));
        });
    }

    /** The failure's kind, never its message: messages can quote remote content. */
    private static String describe(Throwable failure) {
        return failure instanceof io.smallrye.mutiny.TimeoutException ? "timeout"
                : failure instanceof com.magdagateway.problem.GatewayException g ? g.code().name()
                : "unavailable (" + failure.getClass().getSimpleName() + ")";
    }
}
