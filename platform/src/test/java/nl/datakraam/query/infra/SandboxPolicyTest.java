// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parse-tree check on DuckDB's own parse of the statement: what it lets through and what it refuses (the whole
 * list of escape attempts is {@code query.SandboxEscapeIT}). Caller's view: {@code t}.
 */
class SandboxPolicyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "ok", textBlock = """
            SELECT * FROM t                                                                  | ok
            SELECT * FROM T                                                                  | ok
            WITH x AS (SELECT * FROM t) SELECT * FROM x                                      | ok
            WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) FROM r | ok
            SELECT * FROM range(3), unnest([1, 2])                                           | ok
            SELECT gemeentecode(x) FROM t                                                    | ok
            DESCRIBE t                                                                       | ok
            SELECT * FROM u                                                                  | query.unknown-table
            SELECT * FROM '/etc/passwd'                                                      | query.no-files
            SELECT * FROM 'x.csv'                                                            | query.no-files
            SELECT * FROM read_parquet('t.parquet')                                          | query.no-files
            SELECT * FROM main.t                                                             | query.no-schemas
            SELECT * FROM duckdb_settings()                                                  | query.table-function-refused
            SELECT current_setting('threads')                                                | query.function-refused
            WITH sqlite_master AS (SELECT * FROM sqlite_master) SELECT * FROM sqlite_master  | query.unknown-table
            SELECT (WITH s AS (SELECT 1) SELECT 1) FROM s                                    | query.unknown-table
            SHOW TABLES                                                                      | query.no-catalogue
            """)
    void refusesWhatAQuestionAboutDataDoesNotNeed(String sql, String expected) throws Exception {
        SandboxPolicy.Refusal refusal = SandboxPolicy.check(parsed(sql), Set.of("t"));
        assertThat(refusal == null ? null : refusal.message().key()).isEqualTo(expected);
    }

    private static JsonNode parsed(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement = connection.prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            statement.setString(1, sql);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return JSON.readTree(rs.getString(1)).path("statements").get(0);
            }
        }
    }
}
