package com.magdagateway.link;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.magdagateway.audit.DatabaseDeadline;
import com.magdagateway.magda.MagdaConfig;
import com.magdagateway.problem.ErrorCode;
import com.magdagateway.problem.GatewayException;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The ledger of links per (entity, INSZ) and of what the gateway knows of each person's MAGDA registration. Changes
 * about one INSZ are serialized (a transaction-scoped advisory lock per INSZ), so that two entities acting on the same
 * person at once cannot both register, both deregister, or both skip. Plain SQL on the reactive pool, like the audit.
 */
@ApplicationScoped
public class PersonLinks {

    private static final Logger LOG = Logger.getLogger(PersonLinks.class);

    private static final String LOCK_TIMEOUT = "SELECT set_config('lock_timeout', $1, true)";
    private static final String LOCK = "SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext('person_link:' || $1))) AS l";
    private static final String OWN = "SELECT relation, start_date, end_date, tail_end, registration_reference, "
            + "deregistration_reference FROM person_link WHERE entity_code = $1 AND insz = $2";
    private static final String OTHERS = "SELECT coalesce(bool_or(end_date IS NULL), false) AS active, max(tail_end) AS tail "
            + "FROM person_link WHERE insz = $2 AND entity_code <> $1 AND relation = 'EMPLOYEE'";
    private static final String REGISTRATION = "SELECT registered, end_date, updated_at FROM magda_registration WHERE insz = $1";
    private static final String SAVE_LINK = "INSERT INTO person_link (entity_code, insz, relation, start_date, "
            + "created_by_client, created_by_end_user, registration_reference) VALUES ($1, $2, $3, $4, $5, $6, $7) "
            + "ON CONFLICT (entity_code, insz) DO UPDATE SET relation = EXCLUDED.relation, start_date = EXCLUDED.start_date, "
            // A re-hire is a new relation: its creator is the one who re-hired; a repeated PUT keeps the first creator.
            + "created_at = CASE WHEN person_link.end_date IS NULL THEN person_link.created_at ELSE now() END, "
            + "created_by_client = CASE WHEN person_link.end_date IS NULL THEN person_link.created_by_client "
            + "ELSE EXCLUDED.created_by_client END, "
            + "created_by_end_user = CASE WHEN person_link.end_date IS NULL THEN person_link.created_by_end_user "
            + "ELSE EXCLUDED.created_by_end_user END, "
            + "end_date = NULL, tail_end = NULL, ended_at = NULL, ended_by_client = NULL, ended_by_end_user = NULL, "
            + "registration_reference = coalesce(EXCLUDED.registration_reference, person_link.registration_reference)";
    private static final String END_LINK = "UPDATE person_link SET end_date = $3, tail_end = $4, ended_at = now(), "
            + "ended_by_client = $5, ended_by_end_user = $6, "
            + "deregistration_reference = coalesce($7, deregistration_reference) WHERE entity_code = $1 AND insz = $2";
    private static final String SAVE_REGISTRATION = "INSERT INTO magda_registration (insz, registered, end_date, "
            + "magda_reference, updated_at) VALUES ($1, $2, $3, $4, now()) ON CONFLICT (insz) DO UPDATE SET "
            + "registered = EXCLUDED.registered, end_date = EXCLUDED.end_date, magda_reference = EXCLUDED.magda_reference, "
            + "updated_at = now()";
    private static final String MAY_LOOK_UP = "SELECT EXISTS (SELECT 1 FROM person_link WHERE entity_code = $1 "
            + "AND insz = $2 AND relation = 'EMPLOYEE' AND (end_date IS NULL OR tail_end >= $3)) AS linked";

    private final Pool database;
    private final DatabaseDeadline deadline;
    private final Duration lockTimeout;

    public PersonLinks(Pool database, DatabaseDeadline deadline, MagdaConfig magda) {
        this.database = database;
        this.deadline = deadline;
        // Another change about the same person may be waiting for MAGDA: wait for it, but not forever.
        this.lockTimeout = magda.timeoutDuration().plus(deadline.timeout());
    }

    /** Who acts: the calling application and, when known, the person at its keyboard. */
    public record Actor(String clientId, String endUser) {
    }

    /** What one entity sees of a person before acting: its own link, whether others keep the person, the registration. */
    public record Snapshot(PersonLink own, boolean otherActiveEmployee, LocalDate otherTailEnd, KnownRegistration registration) {
    }

    /**
     * Runs {@code work} in one transaction holding the person's lock: everything {@code work} reads and writes through
     * the {@link Ledger} is consistent with every other change about this INSZ; a failure of {@code work} rolls its
     * ledger changes back.
     */
    public <T> Uni<T> serialized(String insz, Function<Ledger, Uni<T>> work) {
        return database.withTransaction(connection -> connection.preparedQuery(LOCK_TIMEOUT)
                .execute(Tuple.of(lockTimeout.toMillis() + "ms"))
                .flatMap(set -> connection.preparedQuery(LOCK).execute(Tuple.of(insz)))
                .onFailure().transform(PersonLinks::unavailable)
                .flatMap(locked -> work.apply(new Ledger(connection, insz))));
    }

    /** The employee rule: an EMPLOYEE link of {@code entity}, active (a future start included) or inside its tail. */
    public Uni<Boolean> mayLookUp(String entity, String insz, LocalDate today) {
        return deadline.bound("link rule", database.preparedQuery(MAY_LOOK_UP).execute(Tuple.of(entity, insz, today)))
                .onFailure().transform(PersonLinks::unavailable)
                .map(rows -> rows.iterator().next().getBoolean("linked"));
    }

    /** This entity's link (null when none) and the registration as the gateway knows it; never other entities' links. */
    public Uni<Snapshot> view(String entity, String insz) {
        return deadline.bound("link view", database.withConnection(connection -> snapshot(connection, entity, insz)))
                .onFailure().transform(PersonLinks::unavailable);
    }

    /** The ledger of one person inside a {@link #serialized} transaction. */
    public final class Ledger {
        private final SqlConnection connection;
        private final String insz;

        Ledger(SqlConnection connection, String insz) {
            this.connection = connection;
            this.insz = insz;
        }

        public Uni<Snapshot> snapshot(String entity) {
            return bound("link snapshot", PersonLinks.snapshot(connection, entity, insz));
        }

        /** Creates the link, or re-opens it (a re-hire lifts its end); {@code reference} of the MAGDA call it caused. */
        public Uni<Void> open(String entity, LinkRelation relation, LocalDate from, Actor actor, String reference) {
            return bound("link open", connection.preparedQuery(SAVE_LINK).execute(Tuple.tuple().addValue(entity)
                    .addValue(insz).addValue(relation.name()).addValue(from).addValue(actor.clientId())
                    .addValue(actor.endUser()).addValue(reference))).replaceWithVoid();
        }

        /** Ends the link (if any) on {@code endDate}; its tail ends two years later. */
        public Uni<Void> end(String entity, LocalDate endDate, Actor actor, String reference) {
            return bound("link end", connection.preparedQuery(END_LINK).execute(Tuple.tuple().addValue(entity)
                    .addValue(insz).addValue(endDate).addValue(LinkDates.tailEnd(endDate)).addValue(actor.clientId())
                    .addValue(actor.endUser()).addValue(reference))).replaceWithVoid();
        }

        /** Records what MAGDA confirmed: registered without end, or deregistered (ending on {@code endDate} if any). */
        public Uni<Void> registration(boolean registered, LocalDate endDate, String reference) {
            return bound("registration state", connection.preparedQuery(SAVE_REGISTRATION).execute(Tuple.tuple()
                    .addValue(insz).addValue(registered).addValue(endDate).addValue(reference))).replaceWithVoid();
        }

        private <T> Uni<T> bound(String what, Uni<T> operation) {
            return deadline.bound(what, operation).onFailure().transform(PersonLinks::unavailable);
        }
    }

    private static Uni<Snapshot> snapshot(SqlConnection connection, String entity, String insz) {
        Tuple key = Tuple.of(entity, insz);
        return connection.preparedQuery(OWN).execute(key).flatMap(own -> connection.preparedQuery(OTHERS).execute(key)
                .flatMap(others -> connection.preparedQuery(REGISTRATION).execute(Tuple.of(insz))
                        .map(registration -> {
                            Row other = others.iterator().next();
                            return new Snapshot(link(own.iterator()), other.getBoolean("active"),
                                    other.getLocalDate("tail"), registration(registration.iterator()));
                        })));
    }

    private static PersonLink link(RowIterator<Row> rows) {
        if (!rows.hasNext()) {
            return null;
        }
        Row row = rows.next();
        LocalDate end = row.getLocalDate("end_date");
        return new PersonLink(LinkRelation.valueOf(row.getString("relation")), row.getLocalDate("start_date"), end,
                row.getLocalDate("tail_end"), end == null, row.getString("registration_reference"),
                row.getString("deregistration_reference"));
    }

    private static KnownRegistration registration(RowIterator<Row> rows) {
        if (!rows.hasNext()) {
            return KnownRegistration.UNKNOWN;
        }
        Row row = rows.next();
        return KnownRegistration.of(row.getBoolean("registered"), row.getLocalDate("end_date"),
                row.getOffsetDateTime("updated_at"), LinkDates.today());
    }

    private static Throwable unavailable(Throwable failure) {
        if (failure instanceof GatewayException) {
            return failure;
        }
        LOG.errorf("Link ledger unavailable: %s", failure.getClass().getName());
        return new GatewayException(ErrorCode.AUDIT_UNAVAILABLE,
                "The gateway's link ledger could not be read or written; nothing was changed", null, null, failure);
    }
}
