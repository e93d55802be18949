package com.magdagateway.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The state a mutation test starts from, in plain SQL: no mutations, a second entity granted to hr-app, and employee
 * links (the link ledger of issue #14 writes these rows once it lands).
 */
public final class MutationFixtures {

    /** A second department hr-app may act for. */
    public static final String OTHER = "MUT-OTHER";

    private MutationFixtures() {
    }

    public static void reset() {
        update("DELETE FROM mutation");
        update("DELETE FROM person_link WHERE entity_code IN ('DWSE', '" + OTHER + "')");
        update("INSERT INTO entity (code, name, kind, ksz_lookup) VALUES ('" + OTHER
                + "', 'Tweede departement (mutation tests)', 'DEPARTMENT', true) ON CONFLICT (code) DO NOTHING");
        update("INSERT INTO client_grant (client_id, entity_code) VALUES ('hr-app', '" + OTHER
                + "') ON CONFLICT DO NOTHING");
    }

    /** An active employee link. */
    public static void employs(String entity, String insz) {
        link(entity, insz, "EMPLOYEE", null, null);
    }

    /** An employee link that ended {@code daysAgo} days ago, with its tail ending {@code tailDays} from today. */
    public static void employed(String entity, String insz, int daysAgo, int tailDays) {
        link(entity, insz, "EMPLOYEE", "current_date - " + daysAgo, "current_date + " + tailDays);
    }

    public static void knows(String entity, String insz) {
        link(entity, insz, "NON_EMPLOYEE", null, null);
    }

    private static void link(String entity, String insz, String relation, String end, String tail) {
        update("INSERT INTO person_link (entity_code, insz, relation, start_date, end_date, tail_end, created_by_client) "
                + "VALUES ('" + entity + "', '" + insz + "', '" + relation + "', current_date - 1000, " + end + ", "
                + tail + ", 'mutation-test')");
    }

    public static long count(String sql) {
        return strings(sql).stream().mapToLong(Long::parseLong).findFirst().orElse(0);
    }

    public static List<String> strings(String sql) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void update(String sql) {
        try (Connection c = connect(); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws SQLException {
        return AuditRows.connect();
    }
}
