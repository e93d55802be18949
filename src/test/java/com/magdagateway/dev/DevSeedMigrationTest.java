package com.magdagateway.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The dev seed does not block later migrations: on a database that already holds it (dev and test databases), a new
 * versioned migration applies with production's Flyway settings (no out-of-order, nothing ignored), in a scratch
 * schema so that no other test's data is touched. The new migration is V999 on purpose: when the seed was the
 * versioned V1000, every later migration numbered below it was refused on such databases.
 */
class DevSeedMigrationTest {

    private final String url = "jdbc:" + env("DB_URL", "postgresql://127.0.0.1:5432/test");
    private final String user = env("DB_USER", "postgres");
    private final String password = env("DB_PASSWORD", "");
    private final String schema = "seed_check_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @AfterEach
    void dropSchema() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void newVersionedMigrationAppliesOnADatabaseThatHoldsTheSeed() throws SQLException {
        // A dev/test database as it is today: the schema and the seed.
        flyway("classpath:db/migration", "classpath:db/dev").migrate();
        assertThat(count("SELECT count(*) FROM entity")).isPositive();

        // Later, a new versioned migration ships.
        Flyway later = flyway("classpath:db/migration", "classpath:db/dev", "classpath:db/seed-check");
        MigrateResult result = later.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrations).extracting(m -> m.version).contains("999");
        assertThat(count("SELECT count(*) FROM seed_check")).isEqualTo(count("SELECT count(*) FROM entity"))
                .isPositive();
        assertThat(Arrays.stream(later.info().all()).map(MigrationInfo::getState))
                .allMatch(state -> state == MigrationState.SUCCESS);
        later.validate();
    }

    /** Production's settings: none of the dev/test leniency (out-of-order, ignored "future" migrations). */
    private Flyway flyway(String... locations) {
        return Flyway.configure().dataSource(url, user, password).schemas(schema).createSchemas(true)
                .locations(locations).outOfOrder(false).cleanDisabled(true).load();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + schema);
            try (ResultSet rows = statement.executeQuery(sql)) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
