package com.magdagateway.api;

import java.time.Instant;

/** Where the data came from: MAGDA service, version, the reference we sent and when it was retrieved. */
public record ApiSource(String service, String version, String reference, Instant retrievedAt) {
}
