package com.magdagateway.batch;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Batches and their items in PostgreSQL: plain SQL on the reactive pool. Items are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so that replicas share a batch without ever running one item twice at once.
 */
@ApplicationScoped
public class BatchStore {

    static final String PENDING = "PENDING";
    static final String CLAIMED = "CLAIMED";
    static final String DONE = "DONE";
    static final String CANCELLED = "CANCELLED";

    private static final String INSERT_BATCH = "INSERT INTO batch (id, client_id, entity, end_user, request_id, service, "
            + "params, state, total, created_at, finished_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)";
    /** All items in one round trip: arrays unnested server-side (10,000 rows would be 10,000 statements otherwise). */
    private static final String INSERT_ITEMS = "INSERT INTO batch_item (batch_id, seq, insz, state, outcome, http_status, "
            + "result, finished_at) SELECT $1, t.seq, t.insz, t.state, t.outcome, t.status, t.result::json, "
            + "CASE WHEN t.state = 'DONE' THEN now() END "
            + "FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[]) "
            + "AS t(seq, insz, state, outcome, status, result)";
    private static final String HEADER = "SELECT id, service, state, total, created_at, started_at, finished_at, "
            + "paused_until FROM batch WHERE id = $1 AND client_id = $2 AND entity = $3";
    private static final String COUNTS = "SELECT state, outcome, count(*) AS n FROM batch_item WHERE batch_id = $1 "
            + "GROUP BY state, outcome";
    private static final String PAGE = "SELECT seq, insz, state, outcome, http_status, result::text AS result "
            + "FROM batch_item WHERE batch_id = $1 AND seq > $2 ORDER BY seq LIMIT $3";
    private static final String CANCEL = "UPDATE batch SET state = 'CANCELLED', finished_at = now(), paused_until = NULL "
            + "WHERE id = $1 AND client_id = $2 AND entity = $3 AND state IN ('QUEUED', 'RUNNING') RETURNING id";
    private static final String CANCEL_ITEMS = "UPDATE batch_item SET state = 'CANCELLED', finished_at = now() "
            + "WHERE batch_id = $1 AND state = 'PENDING'";
    /** The oldest batch with work that may run now; within it, items in request order. */
    private static final String CLAIM = "WITH next_batch AS (SELECT b.id FROM batch b "
            + "WHERE b.state IN ('QUEUED', 'RUNNING') AND (b.paused_until IS NULL OR b.paused_until <= now()) "
            + "AND NOT (b.service = ANY($3::text[])) "
            + "AND EXISTS (SELECT 1 FROM batch_item x WHERE x.batch_id = b.id AND x.state = 'PENDING') "
            + "ORDER BY b.created_at LIMIT 1), "
            + "picked AS (SELECT i.batch_id, i.seq FROM batch_item i WHERE i.batch_id = (SELECT id FROM next_batch) "
            + "AND i.state = 'PENDING' ORDER BY i.seq LIMIT $2 FOR UPDATE OF i SKIP LOCKED) "
            + "UPDATE batch_item t SET state = 'CLAIMED', claimed_by = $1, claimed_at = now(), attempts = t.attempts + 1 "
            + "FROM picked p, batch b WHERE t.batch_id = p.batch_id AND t.seq = p.seq AND b.id = t.batch_id "
            + "RETURNING t.batch_id, t.seq, t.insz, b.service, b.params::text AS params, b.client_id, b.entity, b.end_user";
    private static final String MARK_RUNNING = "UPDATE batch SET state = 'RUNNING', started_at = now() "
            + "WHERE id = $1 AND state = 'QUEUED'";
    private static final String FINISH = "UPDATE batch_item SET state = 'DONE', outcome = $3, http_status = $4, "
            + "result = ($5::text)::json, finished_at = now(), claimed_by = NULL WHERE batch_id = $1 AND seq = $2 "
            + "AND state = 'CLAIMED' AND claimed_by = $6";
    /** Run after each item's own commit, so that whichever item finishes last sees all the others done. */
    private static final String SETTLE = "WITH remaining AS (SELECT count(*) AS n FROM (SELECT 1 FROM batch_item "
            + "WHERE batch_id = $1 AND state IN ('PENDING', 'CLAIMED') LIMIT 1) x) "
            + "UPDATE batch SET pauses = CASE WHEN $2 THEN 0 ELSE pauses END, "
            + "state = CASE WHEN (SELECT n FROM remaining) = 0 THEN 'DONE' ELSE state END, "
            + "finished_at = CASE WHEN (SELECT n FROM remaining) = 0 THEN now() ELSE finished_at END "
            + "WHERE id = $1 AND state IN ('QUEUED', 'RUNNING') AND (($2 AND pauses > 0) OR (SELECT n FROM remaining) = 0)";
    private static final String RELEASE = "UPDATE batch_item SET state = 'PENDING', claimed_by = NULL, claimed_at = NULL "
            + "WHERE batch_id = $1 AND seq = $2 AND state = 'CLAIMED' AND claimed_by = $3";
    /** One pause per episode: the items in flight when MAGDA got busy all report it, but count once. */
    private static final String PAUSE = "UPDATE batch SET pauses = pauses + 1, paused_until = now() + "
            + "LEAST($3::bigint, $2::bigint * power(2, LEAST(pauses, 20))::bigint) * interval '1 millisecond' "
            + "WHERE id = $1 AND (paused_until IS NULL OR paused_until <= now())";
    private static final String REQUEUE_STALE = "UPDATE batch_item SET state = 'PENDING', claimed_by = NULL, "
            + "claimed_at = NULL WHERE state = 'CLAIMED' AND claimed_at < now() - $1::bigint * interval '1 millisecond'";
    private static final String SETTLE_ALL = "UPDATE batch b SET state = 'DONE', finished_at = now() "
            + "WHERE b.state IN ('QUEUED', 'RUNNING') AND NOT EXISTS (SELECT 1 FROM batch_item x "
            + "WHERE x.batch_id = b.id AND x.state IN ('PENDING', 'CLAIMED'))";
    private static final String PURGE = "DELETE FROM batch WHERE finished_at < now() - $1::bigint * interval '1 millisecond'";
    private static final String BY_STATE = "SELECT state, count(*) AS n FROM batch GROUP BY state";
    private static final String QUEUE_DEPTH = "SELECT count(*) AS n FROM batch_item WHERE state = 'PENDING'";

    private final Pool database;

    public BatchStore(Pool database) {
        this.database = database;
    }

    /** A new batch as submitted: who, what, and its items in request order (invalid ones already final). */
    public record NewBatch(UUID id, String clientId, String entity, String endUser, String requestId, String service,
            Map<String, String> params, List<NewItem> items) {
    }

    /** One person of a new batch; {@code result} is set (and the item final) when it was refused up front. */
    public record NewItem(String insz, String outcome, Integer httpStatus, String result) {
    }

    /** A batch's header as its owner sees it. */
    public record Header(UUID id, String service, String state, int total, OffsetDateTime createdAt,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, OffsetDateTime pausedUntil) {
    }

    /** Items by state and, for final ones, by outcome. */
    public record Counts(Map<String, Long> byState, Map<String, Long> byOutcome) {
    }

    /** One item as stored, for the results stream. */
    public record StoredItem(int seq, String insz, String state, String outcome, Integer httpStatus, String result) {
        boolean isFinal() {
            return DONE.equals(state) || CANCELLED.equals(state);
        }
    }

    /** An item this replica claimed, with what it takes to run it. */
    public record ClaimedItem(UUID batchId, int seq, String insz, String service, String params, String clientId,
            String entity, String endUser) {
    }

    public Uni<Void> create(NewBatch batch) {
        int size = batch.items().size();
        Integer[] seqs = new Integer[size];
        String[] insz = new String[size];
        String[] states = new String[size];
        String[] outcomes = new String[size];
        Integer[] statuses = new Integer[size];
        String[] results = new String[size];
        boolean allFinal = true;
        for (int i = 0; i < size; i++) {
            NewItem item = batch.items().get(i);
            seqs[i] = i;
            insz[i] = item.insz();
            states[i] = item.result() == null ? PENDING : DONE;
            outcomes[i] = item.outcome();
            statuses[i] = item.httpStatus();
            results[i] = item.result();
            allFinal &= item.result() != null;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Tuple header = Tuple.tuple().addValue(batch.id()).addValue(batch.clientId()).addValue(batch.entity())
                .addValue(batch.endUser()).addValue(batch.requestId()).addValue(batch.service())
                .addValue(new JsonObject(new TreeMap<String, Object>(batch.params()))).addValue(allFinal ? DONE : "QUEUED")
                .addValue(size).addValue(now).addValue(allFinal ? now : null);
        Tuple items = Tuple.tuple().addValue(batch.id()).addArrayOfInteger(seqs).addArrayOfString(insz)
                .addArrayOfString(states).addArrayOfString(outcomes).addArrayOfInteger(statuses).addArrayOfString(results);
        return database.withTransaction(connection -> connection.preparedQuery(INSERT_BATCH).execute(header)
                .flatMap(ignored -> connection.preparedQuery(INSERT_ITEMS).execute(items))).replaceWithVoid();
    }

    /** The batch if this client created it for this entity; null otherwise (others must not learn it exists). */
    public Uni<Header> header(UUID id, String clientId, String entity) {
        return database.preparedQuery(HEADER).execute(Tuple.of(id, clientId, entity)).map(rows -> {
            if (!rows.iterator().hasNext()) {
                return null;
            }
            Row row = rows.iterator().next();
            return new Header(row.getUUID("id"), row.getString("service"), row.getString("state"),
                    row.getInteger("total"), row.getOffsetDateTime("created_at"), row.getOffsetDateTime("started_at"),
                    row.getOffsetDateTime("finished_at"), row.getOffsetDateTime("paused_until"));
        });
    }

    public Uni<Counts> counts(UUID id) {
        return database.preparedQuery(COUNTS).execute(Tuple.of(id)).map(rows -> {
            Map<String, Long> byState = new TreeMap<>();
            Map<String, Long> byOutcome = new TreeMap<>();
            for (Row row : rows) {
                long n = row.getLong("n");
                byState.merge(row.getString("state"), n, Long::sum);
                if (row.getString("outcome") != null) {
                    byOutcome.merge(row.getString("outcome"), n, Long::sum);
                }
            }
            return new Counts(byState, byOutcome);
        });
    }

    /** Up to {@code limit} items after {@code after}, in request order. */
    public Uni<List<StoredItem>> page(UUID id, int after, int limit) {
        return database.preparedQuery(PAGE).execute(Tuple.of(id, after, limit)).map(rows -> {
            List<StoredItem> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new StoredItem(row.getInteger("seq"), row.getString("insz"), row.getString("state"),
                        row.getString("outcome"), row.getInteger("http_status"), row.getString("result")));
            }
            return items;
        });
    }

    /** Cancels a running or queued batch; false when there is none of this owner or it has already ended. */
    public Uni<Boolean> cancel(UUID id, String clientId, String entity) {
        return database.withTransaction(connection -> connection.preparedQuery(CANCEL)
                .execute(Tuple.of(id, clientId, entity))
                .flatMap(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false)
                        : connection.preparedQuery(CANCEL_ITEMS).execute(Tuple.of(id)).replaceWith(true)));
    }

    public Uni<List<ClaimedItem>> claim(String replica, int limit, List<String> excludedServices) {
        Tuple values = Tuple.tuple().addValue(replica).addValue(limit)
                .addArrayOfString(excludedServices.toArray(String[]::new));
        return database.preparedQuery(CLAIM).execute(values).map(rows -> {
            List<ClaimedItem> items = new ArrayList<>();
            for (Row row : rows) {
                items.add(new ClaimedItem(row.getUUID("batch_id"), row.getInteger("seq"), row.getString("insz"),
                        row.getString("service"), row.getString("params"), row.getString("client_id"),
                        row.getString("entity"), row.getString("end_user")));
            }
            return items;
        });
    }

    public Uni<Void> markRunning(UUID batchId) {
        return database.preparedQuery(MARK_RUNNING).execute(Tuple.of(batchId)).replaceWithVoid();
    }

    /** Stores an item's one final result; false when the claim was no longer ours (requeued as stale meanwhile). */
    public Uni<Boolean> finish(ClaimedItem item, String replica, String outcome, int httpStatus, String result,
            boolean success) {
        Tuple values = Tuple.tuple().addValue(item.batchId()).addValue(item.seq()).addValue(outcome)
                .addValue(httpStatus).addValue(result).addValue(replica);
        return database.preparedQuery(FINISH).execute(values)
                .flatMap(rows -> database.preparedQuery(SETTLE).execute(Tuple.of(item.batchId(), success))
                        .replaceWith(rows.rowCount() == 1));
    }

    /** Gives an item back unanswered and pauses its batch, with a backoff that doubles per pause in a row. */
    public Uni<Void> releaseAndPause(ClaimedItem item, String replica, Duration min, Duration max) {
        return database.preparedQuery(RELEASE).execute(Tuple.of(item.batchId(), item.seq(), replica))
                .flatMap(ignored -> database.preparedQuery(PAUSE)
                        .execute(Tuple.of(item.batchId(), min.toMillis(), max.toMillis())))
                .replaceWithVoid();
    }

    /** Queues again the items whose claim is older than {@code staleAfter}: their replica died mid-item. */
    public Uni<Integer> requeueStale(Duration staleAfter) {
        return database.preparedQuery(REQUEUE_STALE).execute(Tuple.of(staleAfter.toMillis())).map(rows -> rows.rowCount());
    }

    /** Marks done the batches whose last items finished on replicas that could not say so. */
    public Uni<Void> settleAll() {
        return database.query(SETTLE_ALL).execute().replaceWithVoid();
    }

    /** Deletes batches (and, by cascade, their items and results) that ended longer ago than {@code retention}. */
    public Uni<Integer> purge(Duration retention) {
        return database.preparedQuery(PURGE).execute(Tuple.of(retention.toMillis())).map(rows -> rows.rowCount());
    }

    public Uni<Map<String, Long>> batchesByState() {
        return database.query(BY_STATE).execute().map(rows -> {
            Map<String, Long> counts = new TreeMap<>();
            rows.forEach(row -> counts.put(row.getString("state"), row.getLong("n")));
            return counts;
        });
    }

    public Uni<Long> queueDepth() {
        return database.query(QUEUE_DEPTH).execute().map(rows -> rows.iterator().next().getLong("n"));
    }
}
