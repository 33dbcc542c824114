// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
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
    void refusesAnAnswerLargerThanTheLimitWhetherOneHugeValueOrManyRows() {
        for (String sql : List.of("SELECT repeat('x', 400000000) AS huge FROM range(3)",
                "SELECT repeat('x', 5000) AS tekst FROM range(10000)",
                "SELECT repeat('x', 5000) AS a, repeat('y', 5000) AS a FROM range(10000)")) {
            var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
            assertThat(response.statusCode()).as(sql).isEqualTo(400);
            assertThat(json(response).get("code").asString()).as(sql).isEqualTo("query.failed");
            assertThat(json(response).get("detail").asString()).as(sql).contains("16 MB");
        }
        assertThat(anonymous().postJson("/v1/query", Map.of("sql", "SELECT repeat('x', 1000) AS tekst FROM range(100)"))
                .statusCode()).as("an answer within the limit").isEqualTo(200);
    }

    @Test
    void marksTruncatedResults() {
        JsonNode answer = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT * FROM range(20000)")));
        assertThat(answer.get("truncated").asBoolean()).isTrue();
        assertThat(answer.get("rows").size()).isEqualTo(10000);
    }

    @Test
    void saysWhyAQueryIsRefusedOrFailsInDutchByDefaultAndInEnglishOnRequest() {
        var twoStatements = anonymous().postJson("/v1/query", Map.of("sql", "SELECT 1; SELECT 2"));
        assertThat(json(twoStatements).get("messageCode").asString()).isEqualTo("query.one-statement");
        assertThat(json(twoStatements).get("title").asString()).isEqualTo("Ongeldig verzoek");
        assertThat(twoStatements.headers().firstValue("Content-Language")).contains("nl");
        assertThat(json(twoStatements).get("detail").asString())
                .isEqualTo("Stuur precies één SELECT-opdracht; deze tekst bevat er 2.");

        var change = anonymous().postJson("/v1/query", Map.of("sql", "CREATE TABLE t AS SELECT 1"));
        assertThat(json(change).get("detail").asString()).isEqualTo("Hier mag alleen een SELECT-opdracht worden"
                + " uitgevoerd; via de vraag-API kunt u geen gegevens wijzigen.");

        var unknownColumn = anonymous().postJson("/v1/query", Map.of("sql", "SELECT bestaat_niet FROM " + table));
        assertThat(unknownColumn.statusCode()).isEqualTo(400);
        JsonNode failed = json(unknownColumn);
        assertThat(failed.get("code").asString()).isEqualTo("query.failed");
        assertThat(failed.get("detail").asString()).startsWith("De vraag kon niet worden uitgevoerd. Melding van"
                + " DuckDB (in het Engels): ").contains("bestaat_niet").doesNotContain(".parquet");
        JsonNode english = json(anonymous().inLanguage("en").postJson("/v1/query",
                Map.of("sql", "SELECT bestaat_niet FROM " + table)));
        assertThat(english.get("title").asString()).isEqualTo("Bad Request");
        assertThat(english.get("detail").asString()).startsWith("The query could not run: ");

        assertThat(json(anonymous().postJson("/v1/query", Map.of("sql", " ; "))).get("detail").asString())
                .isEqualTo("De vraag is leeg. Schrijf één SELECT-opdracht.");
        assertThat(json(anonymous().postJson("/v1/query", Map.of("query", "SELECT 1"))).get("detail").asString())
                .startsWith("In het verzoek ontbreekt het onderdeel sql.");
    }

    @Test
    void saysWhichPagingParameterIsOutOfRangeInBothLanguages() {
        String id = json(anonymous().get("/v1/datasets")).get("items").valueStream()
                .filter(d -> d.get("tableName").asString().equals(table)).findFirst().orElseThrow().get("id")
                .asString();
        JsonNode tooMany = json(anonymous().get("/v1/datasets/" + id + "/rows?limit=5000"));
        assertThat(tooMany.get("details").get("parameter").asString()).isEqualTo("limit");
        assertThat(tooMany.get("detail").asString()).isEqualTo("limit moet van 1 tot en met 1000 zijn.");
        assertThat(json(anonymous().inLanguage("en").get("/v1/datasets/" + id + "/rows?offset=-1")).get("detail")
                .asString()).isEqualTo("offset must be 0 or more.");
        JsonNode notANumber = json(anonymous().get("/v1/datasets/" + id + "/rows?limit=veel"));
        assertThat(notANumber.get("detail").asString()).isEqualTo("limit heeft niet de juiste vorm: verwacht wordt"
                + " een geheel getal.");
        assertThat(json(anonymous().get("/v1/datasets/niet-een-uuid")).get("detail").asString())
                .isEqualTo("id heeft niet de juiste vorm: verwacht wordt een UUID.");
    }
}
