// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL schema of its own for one test class, on the server every machine here has (127.0.0.1:5432, database
 * {@code test}, user {@code postgres}, trust authentication). Its name carries its creation time in epoch seconds
 * ({@code datakraam_it_<seconds>_<random>}), so that a run drops only the schemas earlier runs left more than an hour
 * ago and never one that a build running beside it is still using. Flyway creates the tables in it.
 */
public final class PostgresTestSchema {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String PREFIX = "datakraam_it_";
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final String name = PREFIX + Instant.now().getEpochSecond() + "_"
            + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toLowerCase(Locale.ROOT);

    /** Points the data source and Flyway at this schema. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + name);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> name);
    }

    /**
     * Skips the test class when PostgreSQL is not running (fails instead when the environment variable {@code CI} is
     * set, because {@code .ci/run} starts it), and drops schemas of runs started more than an hour ago.
     *
     * @throws SQLException when PostgreSQL answers but a schema cannot be listed or dropped
     */
    public void requirePostgresAndTidyUp() throws SQLException {
        Connection connection;
        try {
            connection = DriverManager.getConnection(URL, USER, "");
        } catch (SQLException e) {
            if (System.getenv("CI") != null) {
                throw new AssertionError("PostgreSQL must run in CI (.ci/run starts it)", e);
            }
            assumeTrue(false, "SKIPPED: no PostgreSQL on 127.0.0.1:5432 (" + e.getMessage() + ")");
            return;
        }
        long abandonedBefore = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
        try (connection; Statement statement = connection.createStatement()) {
            List<String> abandoned = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'datakraam\\_%it\\_%'")) {
                while (rs.next()) {
                    String schema = rs.getString(1);
                    if (!schema.equals(name) && startedBefore(schema, abandonedBefore)) {
                        abandoned.add(schema);
                    }
                }
            }
            for (String schema : abandoned) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }

    /** Schemas without a time in their name come from older test code and count as abandoned. */
    private static boolean startedBefore(String schema, long epochSecond) {
        if (!schema.startsWith(PREFIX)) {
            return true;
        }
        String[] parts = schema.substring(PREFIX.length()).split("_");
        try {
            return parts.length != 2 || Long.parseLong(parts[0]) < epochSecond;
        } catch (NumberFormatException oldName) {
            return true;
        }
    }
}
