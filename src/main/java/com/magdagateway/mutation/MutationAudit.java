package com.magdagateway.mutation;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The mutation flow's rows in the audit log: one per imported publication, and one per person delivered by the feed
 * (written in one statement per page, before the page is answered).
 */
@ApplicationScoped
public class MutationAudit {

    /** The audit row needs an INSZ; a publication without any readable one is recorded under this placeholder. */
    public static final String NO_INSZ = "00000000000";
    static final String FEED_SERVICE = "MutationFeed";

    private static final String PUBLICATION = "INSERT INTO audit_record (timestamp, client_id, entity, service, insz, "
            + "outcome, http_status, magda_reference, request_id, duration_ms, end_user, reason) "
            + "VALUES ($1, $2, NULL, $3, $4, $5, $6, NULL, $7, $8, $9, $10)";
    private static final String DELIVERED = "INSERT INTO audit_record (timestamp, client_id, entity, service, insz, "
            + "outcome, http_status, magda_reference, request_id, duration_ms, end_user, reason) "
            + "SELECT $1, $2, $3, $4, i, 'SUCCESS', 200, r, $5, 0, $6, 'mutation ' || m "
            + "FROM unnest($7::text[], $8::text[], $9::bigint[]) AS u(i, r, m)";

    private final Pool database;

    public MutationAudit(Pool database) {
        this.database = database;
    }

    /** Who brought a publication in: the calling application and request, or the inbox / poller. */
    public record Origin(String door, String clientId, String requestId, String endUser, String source) {
    }

    /**
     * Records one publication under its first valid INSZ (or {@link #NO_INSZ}); the reason carries the counts.
     * {@code outcome} is SUCCESS when the file was read to its end, CLIENT_ERROR otherwise.
     */
    public Uni<Void> publication(Origin origin, MutationKind kind, String insz, ImportReport report, Duration took) {
        String reason = "imported " + report.imported() + ", known " + report.duplicates() + ", rejected "
                + report.rejected() + (report.complete() ? "" : ", unreadable after line " + report.errorLine());
        Tuple values = Tuple.tuple().addValue(OffsetDateTime.now(ZoneOffset.UTC)).addString(origin.clientId())
                .addString(kind == null ? "PubliceerMutatie" : kind.serviceName())
                .addString(insz == null ? NO_INSZ : insz)
                .addString(report.complete() ? "SUCCESS" : "CLIENT_ERROR")
                .addInteger(report.complete() ? 200 : 422).addString(origin.requestId()).addLong(took.toMillis())
                .addString(origin.endUser()).addString(reason);
        return database.preparedQuery(PUBLICATION).execute(values).replaceWithVoid();
    }

    /** Records the persons a feed page delivers, one row each, in one statement. */
    public Uni<Void> delivered(String clientId, String entity, String requestId, String endUser,
            List<MutationFeed.Item> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] insz = items.stream().map(MutationFeed.Item::insz).toArray(String[]::new);
        String[] referte = items.stream().map(MutationFeed.Item::referte).toArray(String[]::new);
        Long[] ids = items.stream().map(MutationFeed.Item::id).toArray(Long[]::new);
        Tuple values = Tuple.tuple().addValue(OffsetDateTime.now(ZoneOffset.UTC)).addString(clientId)
                .addString(entity).addString(FEED_SERVICE).addString(requestId).addString(endUser)
                .addArrayOfString(insz).addArrayOfString(referte).addArrayOfLong(ids);
        return database.preparedQuery(DELIVERED).execute(values).replaceWithVoid();
    }
}
