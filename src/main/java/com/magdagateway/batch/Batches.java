package com.magdagateway.batch;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.magdagateway.authz.EntityAuthorizer;
import com.magdagateway.insz.InszFreeUuids;
import com.magdagateway.insz.InszValidator;
import com.magdagateway.pipeline.Caller;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Bulk consultation as its owner sees it: submit, follow, read the results in request order, cancel. A batch is
 * visible to the client and entity that created it only; to anyone else it does not exist.
 */
@ApplicationScoped
public class Batches {

    private static final int PAGE = 500;
    private static final int MAX_STORED_INSZ = 32;

    private final BatchStore store;
    private final BatchServices services;
    private final BatchExecutor executor;
    private final BatchConfig config;
    private final InszValidator validator;
    private final EntityAuthorizer authorizer;

    public Batches(BatchStore store, BatchServices services, BatchExecutor executor, BatchConfig config,
            InszValidator validator, EntityAuthorizer authorizer) {
        this.store = store;
        this.services = services;
        this.executor = executor;
        this.config = config;
        this.validator = validator;
        this.authorizer = authorizer;
    }

    /** What a client submits. */
    @Schema(name = "BatchSubmission", description = "One service for many persons; `params` as the single-person "
            + "endpoint's query parameters (`dimona`: `from`, `to`; `dmfa`: `fromQuarter`, `toQuarter`)")
    public record Submission(@Schema(enumeration = { "person", "household", "self-employment", "dimona", "dmfa" })
            String service, List<String> insz, Map<String, String> params) {
    }

    /** A batch's state, counts and pace, as {@code GET /api/v1/batches/{id}} answers it. */
    @Schema(name = "BatchStatus", description = "Counts are items; `outcomes` counts final items by outcome (SUCCESS "
            + "or the error code the single-person call would have answered); `pausedUntil` is set while MAGDA is busy")
    public record Status(UUID id, String service,
            @Schema(enumeration = { "QUEUED", "RUNNING", "DONE", "CANCELLED" }) String state, int total, long pending, long inFlight, long done,
            long cancelled, Map<String, Long> outcomes, double progress, Double itemsPerSecond,
            Long estimatedSecondsLeft, Instant createdAt, Instant startedAt, Instant finishedAt, Instant pausedUntil) {
    }

    /**
     * Stores a new batch (parameters, size and entity checked first; each INSZ checked on its own, an invalid one
     * becoming a failed item) and wakes the executor.
     */
    public Uni<UUID> submit(Caller caller, Submission submission) {
        services.plan(submission.service(), submission.params()); // refuses a bad service or parameters (400)
        List<String> persons = distinct(submission.insz());
        UUID id = InszFreeUuids.random();
        List<BatchStore.NewItem> items = new ArrayList<>(persons.size());
        for (String raw : persons) {
            items.add(upFront(raw, id + "/" + items.size()));
        }
        Map<String, String> params = submission.params() == null ? Map.of() : submission.params();
        BatchStore.NewBatch batch = new BatchStore.NewBatch(id, caller.clientId(), caller.entity(), caller.endUser(),
                caller.requestId(), submission.service(), params, items);
        return authorizer.authorize(caller.clientId(), caller.entity())
                .flatMap(allowed -> store.create(batch))
                .invoke(executor::wake)
                .replaceWith(id);
    }

    /** The batch's status, or 404 {@code NOT_FOUND} when the caller did not create it. */
    public Uni<Status> status(Caller caller, UUID id) {
        return owned(caller, id).flatMap(header -> store.counts(id).map(counts -> status(header, counts)));
    }

    /**
     * The results as NDJSON lines in request order after {@code after}, up to the first item without a final
     * result, so that {@code ?after=} with the last index received resumes without a gap.
     */
    public Uni<Multi<JsonObject>> results(Caller caller, UUID id, int after) {
        return owned(caller, id).map(header -> lines(id, after));
    }

    /** Cancels the batch's waiting items (items in flight still get their result); 404 when not the caller's. */
    public Uni<Status> cancel(Caller caller, UUID id) {
        return owned(caller, id).flatMap(header -> store.cancel(id, caller.clientId(), caller.entity()))
                .flatMap(cancelled -> status(caller, id));
    }

    private Uni<BatchStore.Header> owned(Caller caller, UUID id) {
        return store.header(id, caller.clientId(), caller.entity()).map(header -> {
            if (header == null) {
                throw new GatewayException(ErrorCode.NOT_FOUND, "No such batch");
            }
            return header;
        });
    }

    private List<String> distinct(List<String> insz) {
        if (insz == null || insz.isEmpty()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST, "'insz' must list at least one person");
        }
        Set<String> unique = new LinkedHashSet<>();
        for (String raw : insz) {
            unique.add(raw == null ? "" : raw.strip());
        }
        if (unique.size() > config.maxItems()) {
            throw new GatewayException(ErrorCode.BAD_REQUEST,
                    "A batch may name at most " + config.maxItems() + " distinct persons");
        }
        return new ArrayList<>(unique);
    }

    /** A valid INSZ waits for its turn; an invalid one is final at once, with the problem its own call would give. */
    private BatchStore.NewItem upFront(String raw, String requestId) {
        try {
            validator.parse(raw);
            return new BatchStore.NewItem(raw, null, null, null);
        } catch (GatewayException invalid) {
            String kept = raw.length() > MAX_STORED_INSZ ? raw.substring(0, MAX_STORED_INSZ) : raw;
            return new BatchStore.NewItem(kept, invalid.code().name(), invalid.code().status(),
                    executor.problemJson(invalid, requestId));
        }
    }

    private static Status status(BatchStore.Header header, BatchStore.Counts counts) {
        long pending = counts.byState().getOrDefault(BatchStore.PENDING, 0L);
        long inFlight = counts.byState().getOrDefault(BatchStore.CLAIMED, 0L);
        long done = counts.byState().getOrDefault(BatchStore.DONE, 0L);
        long cancelled = counts.byState().getOrDefault(BatchStore.CANCELLED, 0L);
        double progress = header.total() == 0 ? 1.0 : (double) (done + cancelled) / header.total();
        Double rate = null;
        Long left = null;
        if (header.startedAt() != null) {
            OffsetDateTime end = header.finishedAt() == null ? OffsetDateTime.now() : header.finishedAt();
            double seconds = Math.max(0.001, Duration.between(header.startedAt(), end).toMillis() / 1000.0);
            rate = Math.round(done / seconds * 10) / 10.0;
            long remaining = pending + inFlight;
            if (remaining == 0) {
                left = 0L;
            } else if (done > 0) {
                left = (long) Math.ceil(remaining / (done / seconds));
            }
        }
        return new Status(header.id(), header.service(), header.state(), header.total(), pending, inFlight, done,
                cancelled, counts.byOutcome(), Math.round(progress * 1000) / 1000.0, rate, left,
                instant(header.createdAt()), instant(header.startedAt()), instant(header.finishedAt()),
                "RUNNING".equals(header.state()) || "QUEUED".equals(header.state()) ? future(header.pausedUntil()) : null);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Instant future(OffsetDateTime time) {
        return time == null || time.toInstant().isBefore(Instant.now()) ? null : time.toInstant();
    }

    private Multi<JsonObject> lines(UUID id, int after) {
        Cursor cursor = new Cursor(after);
        return Multi.createBy().repeating()
                .uni(() -> cursor.ended ? Uni.createFrom().item(List.<JsonObject>of())
                        : store.page(id, cursor.after, PAGE).map(cursor::take))
                .until(List::isEmpty)
                .onItem().transformToIterable(page -> page);
    }

    /** Where the stream stands: the last index sent, and whether an unfinished item or the end was reached. */
    private static final class Cursor {
        int after;
        boolean ended;

        Cursor(int after) {
            this.after = after;
        }

        List<JsonObject> take(List<BatchStore.StoredItem> page) {
            List<JsonObject> lines = new ArrayList<>(page.size());
            for (BatchStore.StoredItem item : page) {
                if (!item.isFinal()) {
                    ended = true;
                    return lines;
                }
                lines.add(line(item));
                after = item.seq();
            }
            ended = page.size() < PAGE;
            return lines;
        }
    }

    /**
     * One result line: its index (for {@code ?after=}), the INSZ, the outcome and HTTP status the single-person
     * endpoint would have answered, then that answer's {@code data}/{@code warnings}/{@code source} or {@code problem}.
     */
    static JsonObject line(BatchStore.StoredItem item) {
        JsonObject line = new JsonObject().put("index", item.seq()).put("insz", item.insz())
                .put("outcome", BatchStore.CANCELLED.equals(item.state()) ? "CANCELLED" : item.outcome());
        if (item.httpStatus() != null) {
            line.put("status", item.httpStatus());
        }
        if (item.result() != null) {
            new JsonObject(item.result()).forEach(member -> line.put(member.getKey(), member.getValue()));
        }
        return line;
    }
}
