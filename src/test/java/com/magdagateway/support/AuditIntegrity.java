package com.magdagateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** After a scenario: exactly one final audit row per request, with the status the client saw. */
public final class AuditIntegrity {

    private AuditIntegrity() {
    }

    /** {@code statuses}: request id → HTTP status returned to the client. */
    public static void assertOneFinalRowPerRequest(String prefix, Map<String, Integer> statuses) {
        List<AuditRows.Row> rows = AuditRows.withRequestIdPrefix(prefix);
        assertThat(rows).as("audit rows for %s", prefix).hasSize(statuses.size());
        assertThat(rows).as("rows left PENDING").noneMatch(r -> "PENDING".equals(r.outcome()));
        Map<String, AuditRows.Row> byId = rows.stream().collect(Collectors.toMap(AuditRows.Row::requestId, Function.identity()));
        statuses.forEach((id, status) -> assertThat(byId.get(id).httpStatus()).as("audited status of %s", id)
                .isEqualTo(status));
    }
}
