package com.magdagateway.mutation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The mutation table: batches written in one transaction each, one importer at a time (advisory lock), so that ids
 * become visible in the order they were given out and a feed reader's cursor never skips a late commit.
 */
@ApplicationScoped
public class MutationStore {

    /** "magda-mut": the lock every import transaction takes. */
    static final long IMPORT_LOCK = 0x6d6167646d7574L;

    private static final String PREVIOUS = "SELECT DISTINCT ON (kind, insz) kind, insz, data::text AS data FROM mutation "
            + "WHERE insz = ANY($1) AND data IS NOT NULL ORDER BY kind, insz, id DESC";
    private static final String INSERT = "INSERT INTO mutation (kind, referte, insz, cancelled_insz, magda_time, reason, "
            + "changed_fields, data, source) "
            + "SELECT k, r, i, c, t, re, string_to_array(ch, ','), d::json, $9 FROM unnest($1::text[], $2::text[], "
            + "$3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[]) WITH ORDINALITY "
            + "AS u(k, r, i, c, t, re, ch, d, n) ORDER BY n "
            + "ON CONFLICT (kind, referte) DO NOTHING RETURNING id, insz, cancelled_insz";
    /** An INSZ change moves the entities' links to the new number, unless the entity already holds that one. */
    private static final String RELINK = "UPDATE person_link l SET insz = $1 WHERE l.insz = $2 AND NOT EXISTS "
            + "(SELECT 1 FROM person_link o WHERE o.entity_code = l.entity_code AND o.insz = $1)";

    private final Pool database;

    public MutationStore(Pool database) {
        this.database = database;
    }

    /**
     * One mutation ready to be stored; {@code changedFields} is filled in by the store's caller. {@code json} is null
     * for a polled notification, which names the person and the change but carries no data.
     */
    public record Pending(MutationKind kind, String referte, String insz, String cancelledInsz, OffsetDateTime magdaTime,
            String reason, String json) {
    }

    /** The outcome of one batch. */
    public record Stored(int inserted, int relinked, OffsetDateTime newestMagdaTime) {
    }

    /**
     * Stores a batch in one transaction: the previous mutation of each person is read under the import lock, the
     * changed fields worked out by {@code changes}, the rows inserted (known Referten skipped) and links moved.
     */
    public Uni<Stored> store(List<Pending> batch, String source, ChangedFields changes) {
        return database.withTransaction(connection -> storeIn(connection, batch, source, changes));
    }

    /** The same inside the caller's transaction (the poller's, which also advances its receipt reference). */
    public Uni<Stored> storeIn(SqlConnection connection, List<Pending> batch, String source, ChangedFields changes) {
        if (batch.isEmpty()) {
            return Uni.createFrom().item(new Stored(0, 0, null));
        }
        return connection
                .preparedQuery("SELECT pg_advisory_xact_lock($1)").execute(Tuple.of(IMPORT_LOCK))
                .flatMap(locked -> previous(connection, batch))
                .flatMap(previous -> insert(connection, batch, source, changes.of(batch, previous)))
                .flatMap(inserted -> relink(connection, inserted).map(relinked -> new Stored(inserted.size(),
                        relinked, batch.stream().map(Pending::magdaTime).max(OffsetDateTime::compareTo).orElse(null))));
    }

    private Uni<Map<String, String>> previous(SqlConnection connection, List<Pending> batch) {
        // The cancelled number too: an INSZ change is compared with what was known under the old number.
        String[] insz = batch.stream().flatMap(p -> java.util.stream.Stream.of(p.insz(), p.cancelledInsz()))
                .filter(java.util.Objects::nonNull).distinct().toArray(String[]::new);
        return connection.preparedQuery(PREVIOUS).execute(Tuple.of(insz)).map(rows -> {
            Map<String, String> latest = new HashMap<>();
            for (Row row : rows) {
                latest.put(row.getString("kind") + ":" + row.getString("insz"), row.getString("data"));
            }
            return latest;
        });
    }

    private Uni<List<Row>> insert(SqlConnection connection, List<Pending> batch, String source, List<String> changed) {
        int n = batch.size();
        String[] kind = new String[n];
        String[] referte = new String[n];
        String[] insz = new String[n];
        String[] cancelled = new String[n];
        OffsetDateTime[] time = new OffsetDateTime[n];
        String[] reason = new String[n];
        String[] fields = new String[n];
        String[] data = new String[n];
        for (int i = 0; i < n; i++) {
            Pending r = batch.get(i);
            kind[i] = r.kind().name();
            referte[i] = r.referte();
            insz[i] = r.insz();
            cancelled[i] = r.cancelledInsz();
            time[i] = r.magdaTime();
            reason[i] = r.reason();
            fields[i] = changed.get(i);
            data[i] = r.json();
        }
        Tuple values = Tuple.tuple().addArrayOfString(kind).addArrayOfString(referte).addArrayOfString(insz)
                .addArrayOfString(cancelled).addArrayOfOffsetDateTime(time).addArrayOfString(reason)
                .addArrayOfString(fields).addArrayOfString(data).addString(source);
        return connection.preparedQuery(INSERT).execute(values).map(rows -> {
            List<Row> inserted = new ArrayList<>();
            rows.forEach(inserted::add);
            return inserted;
        });
    }

    private Uni<Integer> relink(SqlConnection connection, List<Row> inserted) {
        List<Tuple> changes = inserted.stream().filter(row -> row.getString("cancelled_insz") != null)
                .map(row -> Tuple.of(row.getString("insz"), row.getString("cancelled_insz"))).toList();
        if (changes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection.preparedQuery(RELINK).executeBatch(changes).map(result -> {
            int moved = 0;
            for (var r = result; r != null; r = r.next()) {
                moved += r.rowCount();
            }
            return moved;
        });
    }
}
