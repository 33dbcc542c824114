// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The SQL sandbox answers SELECTs over readable datasets and nothing else. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuerySandboxIT extends PlatformIT {

    private String table;

    @BeforeAll
    void importOne() {
        var file = Fixtures.file("meetpunten.csv", "punt;waarde;datum\nA;1,5;03-04-2024\nB;2,25;25-04-2024\n",
                StandardCharsets.UTF_8);
        String id = admin().importFile(file, "Meetpunten sandbox", "openbaar").get("subjectId").asString();
        table = json(admin().get("/v1/datasets/" + id)).get("tableName").asString();
    }

    @Test
    void answersASelectWithTypedValues() {
        JsonNode answer = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT punt, waarde, datum FROM " + table + " ORDER BY punt;")));
        assertThat(answer.get("fields").findValuesAsString("type")).containsExactly("string", "number", "date");
        assertThat(answer.get("rows").get(1).get(1).asDouble()).isEqualTo(2.25);
        assertThat(answer.get("rows").get(1).get(2).asString()).isEqualTo("2024-04-25");
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT * FROM read_csv('/etc/passwd')",
            "SELECT * FROM read_text('/etc/hostname')",
            "SELECT * FROM read_parquet('../**/*.parquet')"})
    void cannotReadOtherFiles(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "COPY (SELECT 1) TO '/tmp/x.csv'",
            "CREATE TABLE t AS SELECT 1",
            "SELECT 1; SELECT 2",
            "SET enable_external_access = true",
            "ATTACH '/tmp/x.duckdb'"})
    void rejectsAnythingButOneSelect(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asString()).isEqualTo("query.rejected");
    }

    @Test
    void answersNestedTypesAsJson() {
        JsonNode answer = json(anonymous().postJson("/v1/query", Map.of("sql",
                "SELECT [1, 2] AS list, {'x': 1} AS struct, TIMESTAMP '2020-09-15 10:00:00' AS moment")));
        assertThat(answer.get("fields").findValuesAsString("type")).containsExactly("array", "object", "datetime");
        JsonNode row = answer.get("rows").get(0);
        assertThat(row.get(0).isArray()).isTrue();
        assertThat(row.get(0).get(1).asInt()).isEqualTo(2);
        assertThat(row.get(1).get("x").asInt()).isEqualTo(1);
        assertThat(row.get(2).asString()).isEqualTo("2020-09-15T10:00:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"sql\": ", "null", "[1]", ""})
    void answersUnreadableBodiesWith400(String body) {
        var response = anonymous().postRaw("/v1/query", body);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"code\"");
    }

    @Test
    void marksTruncatedResults() {
        JsonNode answer = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT * FROM range(20000)")));
        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.get("rows").size()).isEqualTo(10000);
    }
}
