package com.magdagateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/** The standard probes: {@code /q/health/live} with PING semantics, {@code /q/health/ready} with DEFAULT semantics. */
public final class GatewayHealthChecks {

    private GatewayHealthChecks() {
    }

    /** Alive as long as the process answers; never touches the database or MAGDA, so no restart storms. */
    @Liveness
    @ApplicationScoped
    public static class Live implements AsyncHealthCheck {
        private final HealthService health;

        public Live(HealthService health) {
            this.health = health;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return health.check(HealthReport.Level.PING).map(r -> toResponse("gateway-ping", r));
        }
    }

    /** Ready unless DOWN: an open breaker (DEGRADED) still serves the other services. */
    @Readiness
    @ApplicationScoped
    public static class Ready implements AsyncHealthCheck {
        private final HealthService health;

        public Ready(HealthService health) {
            this.health = health;
        }

        @Override
        public Uni<HealthCheckResponse> call() {
            return health.check(HealthReport.Level.DEFAULT).map(r -> toResponse("gateway-default", r));
        }
    }

    static HealthCheckResponse toResponse(String name, HealthReport report) {
        var builder = HealthCheckResponse.named(name).status(report.status() != HealthReport.Status.DOWN)
                .withData("status", report.status().name());
        report.checks().forEach(c -> builder.withData(c.name(), c.status().name()));
        return builder.build();
    }
}
