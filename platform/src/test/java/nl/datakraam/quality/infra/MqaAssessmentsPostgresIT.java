// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MQA history store on PostgreSQL (127.0.0.1:5432, database {@code test}, trust authentication), in a schema of
 * its own per run; schemas of earlier runs of this test (prefix {@code datakraam_mqa_it_}) are dropped.
 */
@ActiveProfiles("postgres")
class MqaAssessmentsPostgresIT extends MqaAssessmentsContract {

    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String USER = "postgres";
    private static final String SCHEMA = "datakraam_mqa_it_" + UUID.randomUUID().toString().replace("-", "")
            .substring(0, 12).toLowerCase(Locale.ROOT);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.flyway.schemas", () -> SCHEMA);
    }

    @BeforeAll
    static void requirePostgresAndTidyUp() throws SQLException {
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
        try (connection; Statement statement = connection.createStatement()) {
            List<String> stale = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'datakraam\\_mqa\\_it\\_%'")) {
                while (rs.next()) {
                    stale.add(rs.getString(1));
                }
            }
            for (String schema : stale) {
                if (!schema.equals(SCHEMA)) {
                    statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
    }
}
