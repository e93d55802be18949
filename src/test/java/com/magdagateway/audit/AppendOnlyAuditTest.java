package com.magdagateway.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.magdagateway.support.AuditRows;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The database itself refuses to rewrite history, whatever SQL the application (or anyone with its credentials)
 * sends: a PENDING row can be completed once, nothing else is ever updated or deleted; entity codes are upper-case.
 */
@QuarkusTest
class AppendOnlyAuditTest {

    @Test
    void aPendingRowCanBeCompletedOnceAndThenNeverChanged() throws SQLException {
        try (Connection c = AuditRows.connect()) {
            long id = pendingRow(c);
            assertThat(update(c, "UPDATE audit_record SET outcome = 'SUCCESS', http_status = 200, duration_ms = 5 "
                    + "WHERE id = " + id)).isEqualTo(1);

            assertRefused(c, "UPDATE audit_record SET outcome = 'NOT_FOUND' WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET http_status = 404 WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET outcome = 'PENDING' WHERE id = " + id);
            assertRefused(c, "DELETE FROM audit_record WHERE id = " + id);
            assertThat(outcome(c, id)).isEqualTo("SUCCESS");
        }
    }

    @Test
    void completingCannotRewriteWhoAskedAboutWhom() throws SQLException {
        try (Connection c = AuditRows.connect()) {
            long id = pendingRow(c);
            assertRefused(c, "UPDATE audit_record SET outcome = 'SUCCESS', insz = '00000000097' WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET outcome = 'SUCCESS', client_id = 'someone-else' WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET outcome = 'SUCCESS', end_user = 'someone.else' WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET outcome = 'SUCCESS', timestamp = now() - interval '1 year' "
                    + "WHERE id = " + id);
            assertRefused(c, "UPDATE audit_record SET insz = '00000000097' WHERE id = " + id);
            assertRefused(c, "DELETE FROM audit_record WHERE id = " + id);
            assertRefused(c, "TRUNCATE audit_record");
            assertThat(outcome(c, id)).isEqualTo("PENDING");
            // ... and it is still completable, once.
            assertThat(update(c, "UPDATE audit_record SET outcome = 'BACKEND_ERROR', http_status = 504 WHERE id = " + id))
                    .isEqualTo(1);
        }
    }

    @Test
    void theAdminTrailIsAppendOnly() throws SQLException {
        try (Connection c = AuditRows.connect()) {
            update(c, "INSERT INTO admin_audit (client_id, action, target) VALUES ('sql-test', 'GRANT_ADDED', 'x')");
            assertRefused(c, "UPDATE admin_audit SET client_id = 'nobody' WHERE client_id = 'sql-test'");
            assertRefused(c, "DELETE FROM admin_audit WHERE client_id = 'sql-test'");
            assertRefused(c, "TRUNCATE admin_audit");
        }
    }

    @Test
    void entityCodesAreStoredUpperCaseAndVutgIsNeverConsultable() throws SQLException {
        try (Connection c = AuditRows.connect()) {
            assertRefused(c, "INSERT INTO entity (code, name, kind, ksz_lookup) VALUES ('vutg', 'x', 'AGENCY', false)");
            assertRefused(c, "INSERT INTO entity (code, name, kind, ksz_lookup) VALUES (' DWSE2', 'x', 'AGENCY', true)");
            assertRefused(c, "INSERT INTO client_grant (client_id, entity_code) VALUES ('sql-test', 'dwse')");
            assertRefused(c, "UPDATE entity SET ksz_lookup = true WHERE code = 'VUTG'");
        }
    }

    private static long pendingRow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_record (timestamp, client_id, entity, service, "
                + "insz, outcome, request_id) VALUES (now(), 'sql-test', 'DWSE', 'GeefPersoon', '85611512387', 'PENDING', ?) "
                + "RETURNING id")) {
            ps.setString(1, "sql-" + UUID.randomUUID());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static String outcome(Connection c, long id) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT outcome FROM audit_record WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertRefused(Connection c, String sql) {
        assertThatThrownBy(() -> update(c, sql)).as(sql).isInstanceOf(SQLException.class);
    }
}
