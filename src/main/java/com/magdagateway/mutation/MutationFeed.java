package com.magdagateway.mutation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.magdagateway.household.Household;
import com.magdagateway.person.Person;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * An entity's mutation feed: the mutations of the persons it holds an active employee link for (or one inside its
 * two-year tail), oldest first from a cursor. An empty page can wait for the next import without holding a thread:
 * a timer and a wake-up from this process's importer, with a re-check every few seconds for imports committed by
 * another replica.
 */
@ApplicationScoped
public class MutationFeed {

    static final Duration RECHECK = Duration.ofSeconds(5);

    /**
     * One statement, so one snapshot: the page, and the newest id at that moment. Ids become visible in order (the
     * import lock), so when the page is not full every row up to that id has been looked at and the cursor may move
     * past the rows that were not this entity's.
     */
    private static final String PAGE = "WITH page AS (SELECT m.id, m.kind, m.referte, m.insz, m.cancelled_insz, "
            + "m.magda_time, m.reason, m.changed_fields, m.data::text AS data, m.received_at FROM mutation m "
            + "WHERE m.id > $1 AND m.kind = ANY($3) AND EXISTS (SELECT 1 FROM person_link l "
            + "WHERE l.entity_code = $2 AND l.relation = 'EMPLOYEE' "
            + "AND (l.end_date IS NULL OR l.tail_end >= current_date) "
            + "AND (l.insz = m.insz OR l.insz = m.cancelled_insz)) ORDER BY m.id LIMIT $4), "
            + "head AS (SELECT max(id) AS head FROM mutation) "
            + "SELECT page.*, head.head FROM head LEFT JOIN page ON true ORDER BY page.id";

    private final Pool database;
    private final Vertx vertx;
    private final MutationNotifier notifier;

    public MutationFeed(Pool database, Vertx vertx, MutationNotifier notifier) {
        this.database = database;
        this.vertx = vertx;
        this.notifier = notifier;
    }

    /** One delivered mutation. */
    @Schema(name = "Mutation")
    public record Item(
            @Schema(description = "The feed's cursor: pass the last one seen as `after`") long id,
            MutationKind kind,
            @Schema(description = "The person the mutation is about (for an INSZ change: the new number)") String insz,
            @Schema(description = "For an INSZ change: the number that no longer applies", nullable = true) String cancelledInsz,
            @Schema(description = "MAGDA's Onderwerp/Referte") String magdaReference,
            @Schema(description = "MAGDA's time of the change (MutatieInformatie/Tijdstip)") OffsetDateTime magdaTime,
            @Schema(description = "MAGDA's reason (MutatieInformatie/Reden), as MAGDA wrote it", nullable = true) String reason,
            @Schema(description = "The fields of `data` that changed, when the previous mutation of the person or MAGDA's "
                    + "reason tells it; null when unknown", nullable = true) List<String> changedFields,
            @Schema(description = "When the gateway imported it") OffsetDateTime receivedAt,
            @Schema(description = "The person's full new data (Person) or household (Household), as the lookups return them. "
                    + "Null for a change MAGDA only notified (GeefPersoonMutatiesNotificaties, GATEWAY_MUTATIONS_POLL): "
                    + "the notification names the person and what changed, not the data; look the person up",
                    type = SchemaType.OBJECT, nullable = true, oneOf = { Person.class, Household.class })
            @JsonRawValue String data) {

        @JsonIgnore
        public String referte() {
            return magdaReference;
        }
    }

    /** A page of the feed. */
    @Schema(name = "MutationPage")
    public record Page(List<Item> items,
            @Schema(description = "Pass as `after` to continue. It may lie beyond the last item: mutations of persons this "
                    + "entity is not linked to are passed over for good") long next) {
    }

    /** The page after {@code after}; when it is empty, waits up to {@code wait} for one. */
    public Uni<Page> read(String entity, long after, int limit, Set<MutationKind> kinds, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        return page(entity, after, limit, kinds)
                .flatMap(page -> page.items().isEmpty() && !wait.isZero() ? waitFor(entity, after, limit, kinds, deadline)
                        : Uni.createFrom().item(page));
    }

    private Uni<Page> waitFor(String entity, long after, int limit, Set<MutationKind> kinds, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return Uni.createFrom().item(new Page(List.of(), after));
        }
        long pause = Math.max(1, Math.min(RECHECK.toMillis(), Duration.ofNanos(remaining).toMillis()));
        Uni<Boolean> wakeUp = Uni.createFrom().emitter(emitter -> {
            AtomicBoolean done = new AtomicBoolean();
            Runnable[] waiter = new Runnable[1];
            long timer = vertx.setTimer(pause, id -> {
                if (done.compareAndSet(false, true)) {
                    notifier.cancel(waiter[0]);
                    emitter.complete(false);
                }
            });
            waiter[0] = () -> {
                if (done.compareAndSet(false, true)) {
                    vertx.cancelTimer(timer);
                    emitter.complete(true);
                }
            };
            notifier.await(waiter[0]);
            emitter.onTermination(() -> {
                notifier.cancel(waiter[0]);
                vertx.cancelTimer(timer);
            });
        });
        return wakeUp.flatMap(woken -> page(entity, after, limit, kinds))
                .flatMap(page -> page.items().isEmpty() && page.next() == after
                        ? waitFor(entity, after, limit, kinds, deadline)
                        : page.items().isEmpty() ? waitFor(entity, page.next(), limit, kinds, deadline)
                        : Uni.createFrom().item(page));
    }

    Uni<Page> page(String entity, long after, int limit, Set<MutationKind> kinds) {
        String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
        Tuple values = Tuple.tuple().addLong(after).addString(entity).addArrayOfString(kindNames).addInteger(limit);
        return database.preparedQuery(PAGE).execute(values).map(rows -> {
            List<Item> items = new ArrayList<>();
            long head = after;
            for (Row row : rows) {
                Long newest = row.getLong("head");
                head = newest == null ? after : Math.max(after, newest);
                if (row.getLong("id") != null) {
                    items.add(item(row));
                }
            }
            long next = items.isEmpty() || items.size() < limit
                    ? Math.max(head, items.isEmpty() ? after : items.get(items.size() - 1).id())
                    : items.get(items.size() - 1).id();
            return new Page(List.copyOf(items), next);
        });
    }

    private static Item item(Row row) {
        String[] changed = row.getArrayOfStrings("changed_fields");
        return new Item(row.getLong("id"), MutationKind.valueOf(row.getString("kind")), row.getString("insz"),
                row.getString("cancelled_insz"), row.getString("referte"), row.getOffsetDateTime("magda_time"),
                row.getString("reason"), changed == null ? null : Arrays.asList(changed),
                row.getOffsetDateTime("received_at"), row.getString("data"));
    }
}
