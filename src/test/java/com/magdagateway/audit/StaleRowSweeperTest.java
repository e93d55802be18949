package com.magdagateway.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.AuditRows;

import io.quarkus.test.junit.QuarkusTest;

/** Rows a dead gateway left PENDING are closed as INTERRUPTED; fresh ones are left alone; one replica at a time. */
@QuarkusTest
class StaleRowSweeperTest {

    @Inject
    StaleRowSweeper sweeper;

    @Test
    void closesAnOldPendingRowAsInterruptedAndLeavesAFreshOneAlone() throws SQLException {
        try (Connection c = AuditRows.connect()) {
            long old = pendingRow(c, "now() - interval '2 hours'");
            long fresh = pendingRow(c, "now()");

            int closed = sweeper.sweep().await().atMost(Duration.ofSeconds(30));

            assertThat(closed).isGreaterThanOrEqualTo(1);
            assertThat(outcome(c, old)).isEqualTo("INTERRUPTED");
            assertThat(outcome(c, fresh)).isEqualTo("PENDING");
            // The fresh row is a call in flight as far as anyone knows: complete it as that call would.
            update(c, "UPDATE audit_record SET outcome = 'SUCCESS', http_status = 200 WHERE id = " + fresh);
        }
        given().get("/q/metrics").then().statusCode(200).body(containsString("gateway_audit_pending_rows"))
                .body(containsString("gateway_audit_pending_oldest_seconds"));
    }

    @Test
    void aReplicaWithoutTheLockSkipsItsTurn() throws SQLException {
        try (Connection c = AuditRows.connect(); Connection otherReplica = AuditRows.connect()) {
            long old = pendingRow(c, "now() - interval '2 hours'");
            try (Statement s = otherReplica.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + StaleRowSweeper.LOCK_KEY + ")");
            }
            assertThat(sweeper.sweep().await().atMost(Duration.ofSeconds(30))).isZero();
            assertThat(outcome(c, old)).isEqualTo("PENDING");

            try (Statement s = otherReplica.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + StaleRowSweeper.LOCK_KEY + ")");
            }
            assertThat(sweeper.sweep().await().atMost(Duration.ofSeconds(30))).isGreaterThanOrEqualTo(1);
            assertThat(outcome(c, old)).isEqualTo("INTERRUPTED");
        }
    }

    private static long pendingRow(Connection c, String timestamp) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_record (timestamp, client_id, entity, service, "
                + "insz, outcome, request_id) VALUES (" + timestamp + ", 'sweep-test', 'DWSE', 'GeefPersoon', "
                + "'85611512387', 'PENDING', ?) RETURNING id")) {
            ps.setString(1, "sweep-" + UUID.randomUUID());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String outcome(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT outcome FROM audit_record WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
