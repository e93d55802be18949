package com.magdagateway.health;

import java.util.List;

/**
 * A part of the gateway that reports its own checks at DEFAULT level and above (such as the mutation inbox), so
 * that the health service needs no knowledge of it. Checks must answer from memory: they run on every probe.
 */
public interface HealthContributor {

    List<HealthReport.Check> checks();
}
