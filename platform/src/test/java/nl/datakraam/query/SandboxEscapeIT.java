// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Must-show 1 of the datalab issue: every attempt to escape the SQL sandbox, listed below ({@link #ATTEMPTS}), is
 * refused with a clear message, as an anonymous caller and as a signed-in medewerker (with an API key on
 * {@code /v1/query}, and signed in through the form on the SQL workbench's {@code /datalab/sql/run}): a problem detail
 * (400, never a 500) with the expected message code, said in Dutch by default and in English on request, and never any data nor a
 * path of the data directory. The same list is the table in {@code docs/datalab.md}, section "SQL-sandbox"
 * ({@link #theDocumentationListsEveryAttempt}).
 *
 * <p>The data: four datasets, one per access level, each holding a marker value ({@code GEHEIM-<level>}) that no
 * refused answer may contain. The medewerker reads openbaar and intern; {@code beperkt} is granted to another group and
 * {@code vertrouwelijk} to another account, so neither caller may read those two. {@code {open}}, {@code {intern}},
 * {@code {beperkt}}, {@code {vertrouwelijk}} in the SQL below are their table names; {@code {openPath}} and
 * {@code {beperktPath}} their real Parquet files; {@code {beperktKey}} the blob key of one (a path relative to the
 * data directory); {@code {dataDir}} the data directory.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxEscapeIT extends PlatformIT {

    /** One escape attempt: what it tries, its SQL, and the message code it must be refused with. */
    record Attempt(String name, String sql, String messageCode) {
    }

    static final List<Attempt> ATTEMPTS = List.of(
            // reading local files
            new Attempt("read_csv of a local file", "SELECT * FROM read_csv('/etc/passwd')", "query.no-files"),
            new Attempt("read_csv_auto of a local file", "SELECT * FROM read_csv_auto('/etc/passwd')",
                    "query.no-files"),
            new Attempt("read_text of a local file", "SELECT * FROM read_text('/etc/hostname')", "query.no-files"),
            new Attempt("read_blob of a local file", "SELECT * FROM read_blob('/etc/passwd')", "query.no-files"),
            new Attempt("read_json of a local file", "SELECT * FROM read_json('/etc/passwd')", "query.no-files"),
            new Attempt("read_parquet with a glob", "SELECT * FROM read_parquet('../**/*.parquet')", "query.no-files"),
            new Attempt("read_parquet of a list of files", "SELECT * FROM read_parquet(['{beperktPath}'])",
                    "query.no-files"),
            new Attempt("read_csv in a lateral join", "SELECT * FROM {open}, LATERAL read_csv('/etc/passwd')",
                    "query.no-files"),
            new Attempt("read_csv with a schema prefix", "SELECT * FROM main.read_csv('/etc/passwd')",
                    "query.no-files"),
            new Attempt("read_xlsx (an extension's reader)", "SELECT * FROM read_xlsx('/etc/passwd')",
                    "query.no-files"),
            new Attempt("sniff_csv of a local file", "SELECT * FROM sniff_csv('/etc/passwd')", "query.no-files"),
            new Attempt("parquet_metadata of a dataset's file", "SELECT * FROM parquet_metadata('{openPath}')",
                    "query.no-files"),
            new Attempt("quoted path in FROM", "SELECT * FROM '/etc/passwd'", "query.no-files"),
            new Attempt("quoted path in a FROM-first query", "FROM '/etc/passwd'", "query.no-files"),
            new Attempt("quoted path in a subquery", "SELECT * FROM (SELECT * FROM '/etc/passwd')", "query.no-files"),
            new Attempt("double-quoted path in FROM", "SELECT * FROM \"/etc/passwd\"", "query.no-files"),
            new Attempt("relative path of a data file (data/…/x.parquet)", "SELECT * FROM '{beperktKey}'",
                    "query.no-files"),
            new Attempt("real Parquet path of a dataset the caller may not read", "SELECT * FROM '{beperktPath}'",
                    "query.no-files"),
            new Attempt("real Parquet path of a dataset the caller may read (instead of its view)",
                    "SELECT * FROM '{openPath}'", "query.no-files"),
            new Attempt("read_parquet of a readable dataset's real path", "SELECT * FROM read_parquet('{openPath}')",
                    "query.no-files"),
            new Attempt("file name without a path", "SELECT * FROM 'data.parquet'", "query.no-files"),
            // the file system
            new Attempt("glob of a directory", "SELECT * FROM glob('/etc/*')", "query.no-files"),
            new Attempt("glob of the data directory", "SELECT * FROM glob('{dataDir}/**')", "query.no-files"),
            new Attempt("glob of the working directory", "SELECT * FROM glob('*')", "query.no-files"),
            // writing, other databases, extensions
            new Attempt("COPY … TO a file", "COPY (SELECT 1) TO '/tmp/datakraam-escape.csv'", "query.only-select"),
            new Attempt("COPY a dataset TO a file", "COPY {open} TO '/tmp/datakraam-escape.parquet'",
                    "query.only-select"),
            new Attempt("EXPORT DATABASE", "EXPORT DATABASE '/tmp/datakraam-escape'", "query.only-select"),
            new Attempt("ATTACH ':memory:'", "ATTACH ':memory:' AS m", "query.only-select"),
            new Attempt("ATTACH a file", "ATTACH '/tmp/datakraam-escape.duckdb' AS f", "query.only-select"),
            new Attempt("DETACH", "DETACH memory", "query.only-select"),
            new Attempt("USE", "USE system", "query.only-select"),
            new Attempt("INSTALL an extension", "INSTALL httpfs", "query.only-select"),
            new Attempt("LOAD an extension", "LOAD httpfs", "query.only-select"),
            // the network
            new Attempt("https URL in read_csv", "SELECT * FROM read_csv('https://example.com/x.csv')",
                    "query.no-files"),
            new Attempt("http URL in read_json", "SELECT * FROM read_json('http://127.0.0.1:1/x.json')",
                    "query.no-files"),
            new Attempt("https URL in FROM", "SELECT * FROM 'https://example.com/x.parquet'", "query.no-files"),
            new Attempt("s3 URL in read_parquet", "SELECT * FROM read_parquet('s3://bucket/x.parquet')",
                    "query.no-files"),
            new Attempt("s3 URL in FROM", "SELECT * FROM 's3://bucket/x.csv'", "query.no-files"),
            // configuration
            new Attempt("SET", "SET enable_external_access = true", "query.only-select"),
            new Attempt("SET lock_configuration", "SET lock_configuration = false", "query.only-select"),
            new Attempt("RESET", "RESET allowed_paths", "query.only-select"),
            new Attempt("SET VARIABLE", "SET VARIABLE x = 1", "query.only-select"),
            new Attempt("PRAGMA", "PRAGMA database_list", "query.only-select"),
            new Attempt("CALL", "CALL duckdb_settings()", "query.only-select"),
            new Attempt("EXPLAIN", "EXPLAIN SELECT 1", "query.only-select"),
            new Attempt("CHECKPOINT", "CHECKPOINT", "query.only-select"),
            // creating things
            new Attempt("CREATE MACRO", "CREATE MACRO f(x) AS x", "query.only-select"),
            new Attempt("CREATE TABLE", "CREATE TABLE t AS SELECT 1", "query.only-select"),
            new Attempt("CREATE VIEW", "CREATE VIEW v AS SELECT * FROM read_csv('/etc/passwd')",
                    "query.only-select"),
            new Attempt("CREATE SECRET", "CREATE SECRET (TYPE s3, KEY_ID 'x', SECRET 'y')", "query.only-select"),
            new Attempt("CREATE TEMP TABLE", "CREATE TEMP TABLE t (x INTEGER)", "query.only-select"),
            // several statements
            new Attempt("two SELECTs", "SELECT 1; SELECT 2", "query.one-statement"),
            new Attempt("SELECT then COPY", "SELECT 1; COPY (SELECT 1) TO '/tmp/datakraam-escape.csv'",
                    "query.only-select"),
            new Attempt("a semicolon in a string, then a second statement", "SELECT ';'; SELECT 2",
                    "query.one-statement"),
            new Attempt("a semicolon in a comment, then a second statement", "SELECT 1 /* ; */; SELECT 2",
                    "query.one-statement"),
            new Attempt("a dollar-quoted string, then a second statement", "SELECT $$;$$; SELECT 2",
                    "query.one-statement"),
            new Attempt("breaking out of the sandbox's wrapping parentheses",
                    "SELECT 1) LIMIT 1; COPY (SELECT 1) TO '/tmp/datakraam-escape.csv'; SELECT (1",
                    "query.invalid-sql"),
            new Attempt("a line comment hiding the wrapping's end", "SELECT 1) --", "query.invalid-sql"),
            // secrets, environment, settings
            new Attempt("duckdb_secrets()", "SELECT * FROM duckdb_secrets()", "query.table-function-refused"),
            new Attempt("which_secret()", "SELECT * FROM which_secret('s3://bucket/x', 's3')",
                    "query.table-function-refused"),
            new Attempt("getenv", "SELECT getenv('HOME')", "query.function-refused"),
            new Attempt("current_setting of the temporary directory", "SELECT current_setting('temp_directory')",
                    "query.function-refused"),
            new Attempt("current_setting of the allowed paths", "SELECT current_setting('allowed_paths')",
                    "query.function-refused"),
            new Attempt("current_setting inside a lambda",
                    "SELECT list_transform(['allowed_paths'], x -> current_setting(x))", "query.function-refused"),
            new Attempt("getvariable", "SELECT getvariable('x')", "query.function-refused"),
            new Attempt("duckdb_settings()", "SELECT * FROM duckdb_settings()", "query.table-function-refused"),
            new Attempt("duckdb_extensions()", "SELECT * FROM duckdb_extensions()", "query.table-function-refused"),
            new Attempt("pg_settings", "SELECT * FROM pg_settings", "query.unknown-table"),
            // DuckDB's catalogue (which names the views' files)
            new Attempt("duckdb_views()", "SELECT sql FROM duckdb_views()", "query.table-function-refused"),
            new Attempt("duckdb_views (the view)", "SELECT sql FROM duckdb_views", "query.unknown-table"),
            new Attempt("sqlite_master", "SELECT sql FROM sqlite_master", "query.unknown-table"),
            new Attempt("information_schema.views", "SELECT view_definition FROM information_schema.views",
                    "query.no-schemas"),
            new Attempt("pg_catalog.pg_views", "SELECT definition FROM pg_catalog.pg_views", "query.no-schemas"),
            new Attempt("a CTE that names itself to reach sqlite_master",
                    "WITH sqlite_master AS (SELECT * FROM sqlite_master) SELECT * FROM sqlite_master",
                    "query.unknown-table"),
            new Attempt("a CTE out of scope to reach duckdb_views",
                    "SELECT (WITH duckdb_views AS (SELECT 1) SELECT 1), * FROM duckdb_views", "query.unknown-table"),
            new Attempt("SHOW TABLES", "SHOW TABLES", "query.no-catalogue"),
            new Attempt("SHOW ALL TABLES", "SHOW ALL TABLES", "query.no-catalogue"),
            new Attempt("DESCRIBE of a system view", "DESCRIBE sqlite_master", "query.unknown-table"),
            new Attempt("pragma_database_list", "SELECT * FROM pragma_database_list", "query.unknown-table"),
            new Attempt("query() with SQL in a string", "SELECT * FROM query('SELECT sql FROM sqlite_master')",
                    "query.table-function-refused"),
            new Attempt("query_table()", "SELECT * FROM query_table('sqlite_master')",
                    "query.table-function-refused"),
            new Attempt("json_execute_serialized_sql()",
                    "SELECT * FROM json_execute_serialized_sql(json_serialize_sql('SELECT 1'))",
                    "query.table-function-refused"),
            new Attempt("checkpoint()", "SELECT * FROM checkpoint()", "query.table-function-refused"),
            new Attempt("a qualified table name", "SELECT * FROM memory.main.{open}", "query.no-schemas"),
            // datasets not granted
            new Attempt("a beperkt dataset of others, by its table name", "SELECT * FROM {beperkt}",
                    "query.unknown-table"),
            new Attempt("a vertrouwelijk dataset of others, by its table name", "SELECT * FROM {vertrouwelijk}",
                    "query.unknown-table"),
            new Attempt("a vertrouwelijk dataset joined to a readable one",
                    "SELECT * FROM {open} JOIN {vertrouwelijk} USING (code)", "query.unknown-table"),
            new Attempt("a vertrouwelijk dataset in a CTE", "WITH x AS (SELECT * FROM {vertrouwelijk}) SELECT * FROM x",
                    "query.unknown-table"),
            new Attempt("a guessed table name", "SELECT * FROM personeelsdossiers", "query.unknown-table"),
            new Attempt("a beperkt dataset by its real path", "SELECT * FROM read_parquet('{beperktPath}')",
                    "query.no-files"));

    @Autowired
    Catalog catalog;

    @Autowired
    BlobStore blobs;

    private final Map<String, String> placeholders = new LinkedHashMap<>();
    private ApiClient medewerker;
    private BrowserSession session;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    void datasetsOfEveryLevel() {
        var staff = accounts().create("escape", List.of("medewerker"), List.of("escape-team"), null);
        var other = accounts().create("escape-other", "medewerker");
        medewerker = staff.api("read");
        session = staff.browser();
        for (String level : List.of("openbaar", "intern", "beperkt", "vertrouwelijk")) {
            var file = Fixtures.file("escape-" + level + ".csv", "code;waarde\nGM0014;GEHEIM-" + level + "\n",
                    StandardCharsets.UTF_8);
            String id = admin().importFile(file, "Ontsnappingsproef " + level, level).get("subjectId").asString();
            String table = json(admin().get("/v1/datasets/" + id)).get("tableName").asString();
            placeholders.put(level.equals("openbaar") ? "open" : level, table);
            if (level.equals("beperkt")) {
                grant(id, Map.of("kind", "group", "id", "andere-afdeling"));
            } else if (level.equals("vertrouwelijk")) {
                grant(id, Map.of("kind", "account", "id", other.id()));
            }
        }
        for (ReadableTable table : catalog.readableTables(Caller.system("test"))) {
            if (table.tableName().equals(placeholders.get("open"))) {
                placeholders.put("openPath", blobs.path(table.parquetBlobKey()).toString());
            } else if (table.tableName().equals(placeholders.get("beperkt"))) {
                placeholders.put("beperktPath", blobs.path(table.parquetBlobKey()).toString());
                placeholders.put("beperktKey", table.parquetBlobKey());
            }
        }
        Path beperkt = Path.of(placeholders.get("beperktPath"));
        String path = beperkt.toString();
        placeholders.put("dataDir", path.substring(0, path.length() - placeholders.get("beperktKey").length() - 1));
        assertThat(beperkt).as("the real Parquet file the attempts aim at").isRegularFile();
    }

    @TestFactory
    Stream<DynamicTest> everyAttemptIsRefusedWithAClearMessageForAnonymousAndMedewerker() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String who : List.of("anonymous", "medewerker")) {
            for (Attempt attempt : ATTEMPTS) {
                tests.add(DynamicTest.dynamicTest(who + ": " + attempt.name(), () -> {
                    ApiClient client = who.equals("anonymous") ? anonymous() : medewerker;
                    refused(client, attempt.name(), sql(attempt.sql()), attempt.messageCode());
                }));
            }
        }
        return tests.stream();
    }

    /**
     * The SQL workbench's channel: the same attempts by the medewerker signed in through the form, posted as the
     * page's script posts them ({@code /datalab/sql/run}, session cookie and CSRF token).
     */
    @TestFactory
    Stream<DynamicTest> everyAttemptIsRefusedInTheWorkbenchOfASignedInMedewerker() {
        String token = csrfOfWorkbench();
        return ATTEMPTS.stream().map(attempt -> DynamicTest.dynamicTest("medewerker (workbench): " + attempt.name(),
                () -> {
                    var response = session.sendJson("POST", "/datalab/sql/run",
                            JSON.writeValueAsString(Map.of("sql", sql(attempt.sql()))), token);
                    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
                    assertThat(json(response).get("messageCode").asString()).isEqualTo(attempt.messageCode());
                    assertThat(response.body()).doesNotContain("GEHEIM-").doesNotContain(placeholders.get("dataDir"));
                }));
    }

    @Test
    void theWorkbenchReadsWhatTheSignedInMedewerkerMayReadAndWantsItsCsrfToken() {
        String body = JSON.writeValueAsString(Map.of("sql", sql("SELECT waarde FROM {intern}")));
        var answer = session.sendJson("POST", "/datalab/sql/run", body, csrfOfWorkbench());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(json(answer).get("rows").get(0).get(0).asString()).isEqualTo("GEHEIM-intern");
        assertThat(session.sendJson("POST", "/datalab/sql/run", body, null).statusCode())
                .as("without the CSRF token").isEqualTo(403);
    }

    private String csrfOfWorkbench() {
        Matcher matcher = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(session.get("/datalab/sql").body());
        assertThat(matcher.find()).as("CSRF token on the workbench page").isTrue();
        return matcher.group(1);
    }

    /** The intern dataset: the medewerker reads it; the anonymous public is told it does not exist. */
    @Test
    void anInternDatasetIsReadByStaffAndUnknownToThePublic() {
        String sql = sql("SELECT waarde FROM {intern}");
        var staff = medewerker.postJson("/v1/query", Map.of("sql", sql));
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
        assertThat(json(staff).get("rows").get(0).get(0).asString()).isEqualTo("GEHEIM-intern");
        refused(anonymous(), "intern for the public", sql, "query.unknown-table");
    }

    /** The sandbox does what it is for: a join of two readable views, and comments and strings that hold ";". */
    @Test
    void theViewsStillAnswerAndCommentsOrStringsDoNotSplitAStatement() {
        for (String sql : List.of("SELECT waarde FROM {open}", "SELECT waarde FROM {open} -- ; SELECT 2",
                "SELECT waarde FROM {open} WHERE code <> ';' /* ; */", "WITH x AS (SELECT * FROM {open}) SELECT waarde"
                        + " FROM x", "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3)"
                        + " SELECT waarde FROM {open}, r WHERE n = 3", "DESCRIBE {open}")) {
            var response = anonymous().postJson("/v1/query", Map.of("sql", sql(sql)));
            assertThat(response.statusCode()).as(sql + ": " + response.body()).isEqualTo(200);
        }
        JsonNode answer = json(medewerker.postJson("/v1/query", Map.of("sql", sql(
                "SELECT o.waarde, i.waarde FROM {open} o JOIN {intern} i ON gemeentecode(o.code) = gemeentecode(i.code)"))));
        assertThat(answer.get("rows").get(0).get(1).asString()).isEqualTo("GEHEIM-intern");
    }

    /** A refusal points at the place in the text: line and column of the path, the function or the table. */
    @Test
    void aRefusalSaysWhereInTheQuery() {
        JsonNode file = json(anonymous().postJson("/v1/query", Map.of("sql", "SELECT 1 AS x\nFROM '/etc/passwd'")));
        assertThat(file.get("line").asInt()).isEqualTo(2);
        assertThat(file.get("column").asInt()).isEqualTo(6);
        JsonNode function = json(anonymous().postJson("/v1/query", Map.of("sql", "  SELECT 'é', current_setting('x')")));
        assertThat(function.get("line").asInt()).isEqualTo(1);
        assertThat(function.get("column").asInt()).isEqualTo(15);
        assertThat(function.get("details").get("function").asString()).isEqualTo("current_setting");
    }

    /** The table in the documentation, section "SQL-sandbox", lists exactly the attempts of this test. */
    @Test
    void theDocumentationListsEveryAttempt() throws IOException {
        Path docs = Path.of("..", "docs", "datalab.md");
        String text = Files.readString(docs);
        int start = text.indexOf("## SQL-sandbox");
        assertThat(start).as("section SQL-sandbox in docs/datalab.md").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        String section = end < 0 ? text.substring(start) : text.substring(start, end);
        List<String> documented = section.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| Poging")
                && !line.startsWith("|--")).map(line -> line.split("\\|")[1].strip()).toList();
        assertThat(documented).containsExactlyElementsOf(ATTEMPTS.stream().map(Attempt::name).toList());
    }

    private void refused(ApiClient client, String name, String sql, String messageCode) {
        HttpResponse<String> dutch = client.postJson("/v1/query", Map.of("sql", sql));
        assertThat(dutch.statusCode()).as("%s: %s", name, dutch.body()).isEqualTo(400);
        assertThat(dutch.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(dutch.headers().firstValue("Content-Language")).contains("nl");
        JsonNode problem = json(dutch);
        assertThat(problem.get("messageCode").asString()).as("%s: %s", name, dutch.body()).isEqualTo(messageCode);
        assertThat(problem.get("code").asString()).isIn("query.rejected", "query.failed");
        assertThat(problem.get("detail").asString()).as(name).isNotBlank();
        HttpResponse<String> english = client.inLanguage("en").postJson("/v1/query", Map.of("sql", sql));
        assertThat(english.headers().firstValue("Content-Language")).contains("en");
        assertThat(json(english).get("messageCode").asString()).isEqualTo(messageCode);
        assertThat(json(english).get("detail").asString()).isNotEqualTo(problem.get("detail").asString());
        for (HttpResponse<String> response : List.of(dutch, english)) {
            assertThat(response.body()).as(name).doesNotContain("GEHEIM-").doesNotContain("root:")
                    .doesNotContain(placeholders.get("dataDir")).doesNotContain("Exception");
        }
    }

    private String sql(String template) {
        String sql = template;
        for (var placeholder : placeholders.entrySet()) {
            sql = sql.replace("{" + placeholder.getKey() + "}", placeholder.getValue());
        }
        return sql;
    }

    private void grant(String id, Map<String, String> grant) {
        var response = admin().putJson("/v1/datasets/" + id + "/grants", Map.of("grants", List.of(grant)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
