package com.magdagateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

/** Reads audit rows straight from PostgreSQL, the way the privacy regulator's tooling would. */
public final class AuditRows {

    /** The columns a test looks at. */
    public record Row(String requestId, String clientId, String entity, String service, String insz, String outcome,
            Integer httpStatus, String magdaReference, Long durationMs) {
    }

    private AuditRows() {
    }

    public static List<Row> withRequestIdPrefix(String prefix) {
        return query("select request_id, client_id, entity, service, insz, outcome, http_status, magda_reference, "
                + "duration_ms from audit_record where request_id like ? order by id", prefix + "%");
    }

    /** The {@code reason} of the audit row of one request, or null. */
    public static String reason(String requestId) {
        return query("select reason from audit_record where request_id = ?", requestId, rs -> rs.getString(1))
                .stream().findFirst().orElse(null);
    }

    /** The {@code end_user} of the audit row of one request, or null. */
    public static String endUser(String requestId) {
        List<String> rows = query("select end_user from audit_record where request_id = ?", requestId, rs -> rs.getString(1));
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static void execute(String sql) {
        try (Connection c = connect(); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> query(String sql, String parameter) {
        return query(sql, parameter, rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), (Integer) rs.getObject(7), rs.getString(8), (Long) rs.getObject(9)));
    }

    /** One column set of a result row, read into whatever the caller needs. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static <T> List<T> query(String sql, String parameter, RowReader<T> reader) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JDBC connection with the application's own datasource settings. */
    public static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
