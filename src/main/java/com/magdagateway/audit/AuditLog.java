package com.magdagateway.audit;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.magdagateway.metrics.GatewayMetrics;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;
import com.magdagateway.tracing.GatewayTracing;

import io.opentelemetry.api.common.Attributes;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes the audit trail: the intent before MAGDA is called, the outcome after. Failing to write the intent fails
 * the call (fail closed); failing to complete it is retried, because the lookup itself is already on record.
 * Plain SQL on the reactive pool, one round trip per write, because every request pays for it.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final int COMPLETION_RETRIES = 3;
    private static final String INSERT = "INSERT INTO audit_record (timestamp, client_id, entity, service, insz, outcome, "
            + "http_status, magda_reference, request_id, duration_ms, end_user, batch_id) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
            + "RETURNING id";
    private static final String COMPLETE = "UPDATE audit_record SET outcome = $1, http_status = $2, duration_ms = $3, "
            + "magda_reference = $4, reason = $5 WHERE id = $6 AND outcome = 'PENDING'";

    private final Pool database;
    private final GatewayMetrics metrics;
    private final DatabaseDeadline deadline;
    private final GatewayTracing tracing;

    public AuditLog(Pool database, GatewayMetrics metrics, DatabaseDeadline deadline, GatewayTracing tracing) {
        this.database = database;
        this.metrics = metrics;
        this.deadline = deadline;
        this.tracing = tracing;
    }

    /** What is known about a call before it is made; {@code batchId} names the batch an item call belongs to. */
    public record Intent(String clientId, String entity, String service, String insz, String requestId,
            String magdaReference, String endUser, java.util.UUID batchId) {

        /** An online call, outside any batch. */
        public Intent(String clientId, String entity, String service, String insz, String requestId,
                String magdaReference, String endUser) {
            this(clientId, entity, service, insz, requestId, magdaReference, endUser, null);
        }
    }

    /** Records the intent as {@code PENDING}; fails with 503 {@code AUDIT_UNAVAILABLE} when it cannot. */
    public Uni<Long> intent(Intent intent) {
        return timed("intent", deadline.bound("audit intent", write(intent, AuditOutcome.PENDING, null, null)))
                .onFailure().transform(AuditLog::unavailable)
                .plug(write -> tracing.span("audit intent", spanAttributes("intent", intent.service(), AuditOutcome.PENDING),
                        write));
    }

    /** Records a call refused before any MAGDA call, as a final row without a MAGDA reference. */
    public Uni<Long> refused(Intent intent, ErrorCode code) {
        Intent unsent = new Intent(intent.clientId(), intent.entity(), intent.service(), intent.insz(),
                intent.requestId(), null, intent.endUser(), intent.batchId());
        return timed("refused", deadline.bound("audit refusal", write(unsent, AuditOutcome.of(code), code.status(), 0L)))
                .onFailure().transform(AuditLog::unavailable)
                .plug(write -> tracing.span("audit refusal", spanAttributes("refused", intent.service(),
                        AuditOutcome.of(code)), write));
    }

    /**
     * Completes a pending row with the call's outcome: each attempt under the database deadline, retried with
     * backoff; a row that still cannot be completed stays PENDING and is closed as INTERRUPTED by the sweeper.
     */
    public Uni<Void> complete(long id, AuditOutcome outcome, int httpStatus, Duration duration, String magdaReference) {
        return complete(id, outcome, httpStatus, duration, magdaReference, null);
    }

    /** The same, with the reason behind the outcome when it needs one (such as {@code ANSWER_MISMATCH}). */
    public Uni<Void> complete(long id, AuditOutcome outcome, int httpStatus, Duration duration, String magdaReference,
            String reason) {
        Tuple values = Tuple.tuple().addValue(outcome.name()).addValue(httpStatus).addValue(duration.toMillis())
                .addValue(magdaReference).addValue(reason).addValue(id);
        return timed("complete", deadline.bound("audit completion", database.preparedQuery(COMPLETE).execute(values)))
                .onFailure().retry().withBackOff(Duration.ofMillis(100), Duration.ofSeconds(1)).atMost(COMPLETION_RETRIES)
                .plug(write -> tracing.span("audit completion", spanAttributes("complete", null, outcome), write))
                .onFailure().invoke(f -> LOG.errorf("Audit row %d could not be completed: %s", id, f.getClass().getName()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** What a span of an audit write shows: never the row's INSZ. */
    private static Attributes spanAttributes(String operation, String service, AuditOutcome outcome) {
        return service == null
                ? Attributes.of(GatewayTracing.AUDIT_OPERATION, operation, GatewayTracing.AUDIT_OUTCOME, outcome.name())
                : Attributes.of(GatewayTracing.AUDIT_OPERATION, operation, GatewayTracing.AUDIT_OUTCOME, outcome.name(),
                        GatewayTracing.SERVICE, service);
    }

    private <T> Uni<T> timed(String operation, Uni<T> write) {
        return Uni.createFrom().deferred(() -> {
            long start = System.nanoTime();
            return write.onItemOrFailure().invoke((item, failure) -> metrics.auditWrite(operation,
                    Duration.ofNanos(System.nanoTime() - start), failure != null));
        });
    }

    private Uni<Long> write(Intent intent, AuditOutcome outcome, Integer httpStatus, Long durationMs) {
        Tuple values = Tuple.tuple()
                .addValue(OffsetDateTime.now(ZoneOffset.UTC))
                .addValue(intent.clientId())
                .addValue(intent.entity())
                .addValue(intent.service())
                .addValue(intent.insz())
                .addValue(outcome.name())
                .addValue(httpStatus)
                .addValue(intent.magdaReference())
                .addValue(intent.requestId())
                .addValue(durationMs)
                .addValue(intent.endUser())
                .addValue(intent.batchId());
        return database.preparedQuery(INSERT).execute(values).map(rows -> rows.iterator().next().getLong("id"));
    }

    private static Throwable unavailable(Throwable failure) {
        if (failure instanceof GatewayException) {
            return failure;
        }
        LOG.errorf("Audit log unavailable, refusing the lookup: %s", failure.getClass().getName());
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "The audit record could not be written; no lookup was made", null, null, failure);
    }
}
