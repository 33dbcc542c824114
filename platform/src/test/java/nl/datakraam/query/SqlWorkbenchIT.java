// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SQL workbench's API: paging, errors that point at their position, export as CSV, Parquet and XLSX, the query
 * history (each caller's own), cancelling one's own run, and the list of tables one may read.
 *
 * <pre>
 * openbaar "Meetpunten werkbank"            intern "Interne meetpunten werkbank"
 * punt | waarde | datum                     punt | geheim
 * A    | 1,5    | 03-04-2024                X    | GEHEIM-intern
 * B    | 2,25   | 25-04-2024
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlWorkbenchIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String open;
    private String intern;
    private String internId;
    private String staffKey;
    private ApiClient staff;
    private ApiClient colleague;

    @BeforeAll
    void datasetsAndAccounts() {
        var file = Fixtures.file("werkbank.csv", "punt;waarde;datum\nA;1,5;03-04-2024\nB;2,25;25-04-2024\n",
                StandardCharsets.UTF_8);
        String id = admin().importFile(file, "Meetpunten werkbank", "openbaar").get("subjectId").asString();
        open = json(admin().get("/v1/datasets/" + id)).get("tableName").asString();
        var internFile = Fixtures.file("werkbank-intern.csv", "punt;geheim\nX;GEHEIM-intern\n", StandardCharsets.UTF_8);
        internId = admin().importFile(internFile, "Interne meetpunten werkbank", "intern").get("subjectId").asString();
        intern = json(admin().get("/v1/datasets/" + internId)).get("tableName").asString();
        var account = accounts().create("werkbank", "medewerker");
        staffKey = account.apiKey("read");
        staff = new ApiClient(port, staffKey);
        colleague = accounts().create("werkbank-collega", "medewerker").api("read");
    }

    @Test
    void pagesThroughAnAnswerAndSaysWhenThereIsMore() {
        String sql = "SELECT range AS n FROM range(25) ORDER BY n";
        JsonNode first = json(anonymous().postJson("/v1/query", Map.of("sql", sql, "limit", 10)));
        assertThat(first.get("rows").size()).isEqualTo(10);
        assertThat(first.get("rows").get(0).get(0).asInt()).isZero();
        assertThat(first.get("more").asBoolean()).isTrue();
        assertThat(first.get("offset").asInt()).isZero();
        JsonNode third = json(anonymous().postJson("/v1/query", Map.of("sql", sql, "limit", 10, "offset", 20)));
        assertThat(third.get("rows").size()).isEqualTo(5);
        assertThat(third.get("rows").get(0).get(0).asInt()).isEqualTo(20);
        assertThat(third.get("more").asBoolean()).isFalse();
        assertThat(third.get("offset").asInt()).isEqualTo(20);

        JsonNode tooMany = json(anonymous().postJson("/v1/query", Map.of("sql", sql, "limit", 20000)));
        assertThat(tooMany.get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(tooMany.get("detail").asString()).isEqualTo("limit moet van 1 tot en met 10000 zijn.");
        assertThat(anonymous().postJson("/v1/query", Map.of("sql", sql, "offset", -1)).statusCode()).isEqualTo(400);
    }

    @Test
    void anErrorSaysOnWhichLineAndColumnItIs() {
        JsonNode binder = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT punt,\n  bestaat_niet\nFROM " + open)));
        assertThat(binder.get("code").asString()).isEqualTo("query.failed");
        assertThat(binder.get("line").asInt()).isEqualTo(2);
        assertThat(binder.get("column").asInt()).isEqualTo(3);
        assertThat(binder.get("detail").asString()).contains("bestaat_niet");

        JsonNode parser = json(anonymous().inLanguage("en").postJson("/v1/query",
                Map.of("sql", "\n  SELECT * FORM " + open)));
        assertThat(parser.get("messageCode").asString()).isEqualTo("query.invalid-sql");
        assertThat(parser.get("line").asInt()).isEqualTo(2);
        assertThat(parser.get("column").asInt()).isEqualTo(17);
        assertThat(parser.get("detail").asString()).startsWith("The query is not valid SQL: ");

        JsonNode conversion = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT 1, CAST('abc' AS INTEGER)")));
        assertThat(conversion.get("line").asInt()).isEqualTo(1);
        assertThat(conversion.get("column").asInt()).isEqualTo(11);
    }

    @Test
    void endsInACommentOrAValueTheDriverCannotReadWithoutAServerError() {
        var comment = anonymous().postJson("/v1/query", Map.of("sql", "SELECT 1 AS een -- tot slot"));
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(200);
        var time = anonymous().postJson("/v1/query", Map.of("sql", "SELECT TIME '24:00:00' AS t"));
        assertThat(time.statusCode()).as(time.body()).isEqualTo(400);
        assertThat(json(time).get("messageCode").asString()).isEqualTo("query.value-unreadable");
    }

    @Test
    void aLongExpressionAnswersAndADeeplyNestedOneIsRefusedNeverAServerError() {
        String terms = String.join(" + ", java.util.Collections.nCopies(300, "1"));
        JsonNode sum = json(anonymous().postJson("/v1/query", Map.of("sql", "SELECT " + terms + " AS s")));
        assertThat(sum.get("rows").get(0).get(0).asInt()).isEqualTo(300);
        for (String sql : List.of("SELECT " + String.join(" + ", java.util.Collections.nCopies(3000, "1")),
                "SELECT * FROM " + "(SELECT * FROM ".repeat(3000) + "range(1)" + ")".repeat(3000))) {
            var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(json(response).get("messageCode").asString()).isEqualTo("query.invalid-sql");
        }
    }

    @Test
    void exportsTheWholeAnswerAsCsvParquetAndXlsx() throws Exception {
        String sql = "SELECT punt, waarde, datum FROM " + open + " ORDER BY punt";
        HttpResponse<byte[]> csv = export(null, sql, "csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).get().asString().contains("antwoord.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .isEqualTo("punt,waarde,datum\nA,1.5,2024-04-03\nB,2.25,2024-04-25\n");

        HttpResponse<byte[]> parquet = export(null, sql, "parquet");
        assertThat(parquet.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("antwoord", ".parquet");
        try {
            Files.write(file, parquet.body());
            List<String> rows = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT punt, waarde, CAST(datum AS VARCHAR) FROM"
                            + " read_parquet('" + file + "')")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getDouble(2) + "|" + rs.getString(3));
                }
            }
            assertThat(rows).containsExactly("A|1.5|2024-04-03", "B|2.25|2024-04-25");
        } finally {
            Files.deleteIfExists(file);
        }

        HttpResponse<byte[]> xlsx = export(null, sql, "xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            DataFormatter formatter = new DataFormatter();
            List<String> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                rows.add(formatter.formatCellValue(row.getCell(0)) + "|" + row.getCell(1).toString());
            }
            assertThat(rows).containsExactly("punt|waarde", "A|1.5", "B|2.25");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .hasToString("2024-04-03");
        }

        HttpResponse<byte[]> unknown = export(null, sql, "docx");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).get("messageCode").asString()).isEqualTo("query.export-format");
        HttpResponse<byte[]> escape = export(null, "SELECT * FROM read_csv('/etc/passwd')", "csv");
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(escape.body()).get("messageCode").asString()).isEqualTo("query.no-files");
    }

    @Test
    void anExportOrQueryOfNonPublicRowsIsInTheAuditLog() throws Exception {
        HttpResponse<byte[]> export = export(staffKey, "SELECT * FROM " + intern, "csv");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).contains("GEHEIM-intern");
        assertThat(staff.postJson("/v1/query", Map.of("sql", "SELECT count(*) FROM " + intern)).statusCode())
                .isEqualTo(200);
        List<JsonNode> entries = admin().get("/v1/audit?format=jsonl&from=2000-01-01").body().lines()
                .map(JSON::readTree).filter(line -> internId.equals(line.path("datasetId").asString(""))).toList();
        assertThat(entries).extracting(line -> line.get("action").asString()).contains("query.export", "query.run");
    }

    @Test
    void keepsEachSignedInCallersOwnHistoryAndNoneForThePublic() {
        String mine = "SELECT 'mijn vraag " + UUID.randomUUID() + "' AS v";
        staff.postJson("/v1/query", Map.of("sql", mine));
        staff.postJson("/v1/query", Map.of("sql", "SELECT bestaat_niet"));
        String theirs = "SELECT 'vraag van een collega " + UUID.randomUUID() + "' AS v";
        colleague.postJson("/v1/query", Map.of("sql", theirs));

        JsonNode history = json(staff.get("/v1/query/history")).get("items");
        assertThat(history.get(0).get("sql").asString()).isEqualTo("SELECT bestaat_niet");
        assertThat(history.get(0).get("succeeded").asBoolean()).isFalse();
        assertThat(history.get(0).get("errorCode").asString()).isEqualTo("query.failed");
        assertThat(history.get(1).get("sql").asString()).isEqualTo(mine);
        assertThat(history.get(1).get("succeeded").asBoolean()).isTrue();
        assertThat(history.get(1).get("rows").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("durationMs").asLong()).isNotNegative();
        assertThat(history.get(1).get("startedAt").asString()).endsWith("Z");
        assertThat(history.findValuesAsString("sql")).doesNotContain(theirs);
        assertThat(json(colleague.get("/v1/query/history")).get("items").findValuesAsString("sql"))
                .contains(theirs).doesNotContain(mine);

        var anonymousHistory = anonymous().get("/v1/query/history");
        assertThat(anonymousHistory.statusCode()).isEqualTo(401);
        assertThat(json(anonymousHistory).get("messageCode").asString()).isEqualTo("query.history-signed-in");
    }

    @Test
    void keepsOnlyTheLastHundredQueries() {
        var account = accounts().create("werkbank-veel", "medewerker").api("read");
        for (int i = 0; i < 103; i++) {
            account.postJson("/v1/query", Map.of("sql", "SELECT " + i));
        }
        JsonNode history = json(account.get("/v1/query/history")).get("items");
        assertThat(history.size()).isEqualTo(100);
        assertThat(history.get(0).get("sql").asString()).isEqualTo("SELECT 102");
        assertThat(history.get(99).get("sql").asString()).isEqualTo("SELECT 3");
    }

    @Test
    void cancelsTheCallersOwnLongQueryAndNoOneElses() throws Exception {
        UUID runId = UUID.randomUUID();
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> staff.postJson(
                "/v1/query", Map.of("sql", "SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b",
                        "runId", runId.toString())));
        int status;
        do {
            assertThat(colleague.delete("/v1/query/runs/" + runId).statusCode())
                    .as("another caller cannot cancel it").isEqualTo(404);
            status = staff.delete("/v1/query/runs/" + runId).statusCode();
            assertThat(running).as("the query ran to its end before it could be cancelled").isNotDone();
        } while (status == 404);
        assertThat(status).isEqualTo(204);
        HttpResponse<String> answer = running.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(422);
        assertThat(json(answer).get("messageCode").asString()).isEqualTo("query.cancelled");
        assertThat(json(answer).get("detail").asString()).isEqualTo("De vraag is geannuleerd.");
        JsonNode gone = json(staff.delete("/v1/query/runs/" + runId));
        assertThat(gone.get("code").asString()).isEqualTo("query.run-not-found");
    }

    @Test
    void listsOnlyTheTablesTheCallerMayReadWithTheirFields() {
        JsonNode publicTables = json(anonymous().get("/v1/query/tables")).get("items");
        assertThat(publicTables.findValuesAsString("tableName")).contains(open).doesNotContain(intern);
        JsonNode table = publicTables.valueStream().filter(t -> t.get("tableName").asString().equals(open))
                .findFirst().orElseThrow();
        assertThat(table.get("title").asString()).isEqualTo("Meetpunten werkbank");
        assertThat(table.get("accessLevel").asString()).isEqualTo("openbaar");
        assertThat(table.get("fields").findValuesAsString("name")).containsExactly("punt", "waarde", "datum");
        assertThat(table.get("fields").findValuesAsString("type")).containsExactly("string", "number", "date");

        JsonNode staffTables = json(staff.get("/v1/query/tables")).get("items");
        assertThat(staffTables.findValuesAsString("tableName")).contains(open, intern);
    }

    @Test
    void thePageIsInDutchAndEnglishWithItsScriptFromAFile() {
        String dutch = anonymous().get("/datalab/sql", "text/html").body();
        assertThat(dutch).contains("<h1>SQL-werkbank</h1>", "<label for=\"sql\">", "/js/sql-workbench.js",
                "Opslaan als query");
        assertThat(dutch).as("no history for the public").doesNotContain("id=\"history\"");
        assertThat(dutch.replaceAll("<script[^>]*\\ssrc=[^>]*>\\s*</script>", "")).as("no inline script")
                .doesNotContain("<script");
        String english = anonymous().get("/datalab/sql?lang=en&sql=SELECT%201", "text/html").body();
        assertThat(english).contains("<h1>SQL workbench</h1>", "Save as query", ">SELECT 1</textarea>");
    }

    private HttpResponse<byte[]> export(String token, String sql, String format) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/query/export"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("sql", sql, "format",
                        format))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
