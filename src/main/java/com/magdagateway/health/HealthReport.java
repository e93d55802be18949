package com.magdagateway.health;

import java.util.Comparator;
import java.util.List;

/** The answer of {@code /api/v1/health}: an overall status, the level asked for and the checks behind it. */
public record HealthReport(Status status, Level level, List<Check> checks) {

    /** How well the gateway can serve; ordered from best to worst. */
    public enum Status {
        UP, DEGRADED, DOWN
    }

    /** How deep to look: PING touches nothing, DEFAULT adds database and breakers, DEEP adds MAGDA probes. */
    public enum Level {
        PING, DEFAULT, DEEP
    }

    /** One thing that was checked. */
    public record Check(String name, Status status, long durationMs, String detail) {
    }

    static HealthReport of(Level level, List<Check> checks) {
        Status worst = checks.stream().map(Check::status).max(Comparator.naturalOrder()).orElse(Status.UP);
        return new HealthReport(worst, level, checks);
    }
}
