// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.SharedFiles;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Saved queries and derived datasets end to end on real data: RIVM's COVID-19 counts per gemeente (openbaar) joined
 * to RvIG's Tabel 33 gemeententabel (intern) by gemeentecode ({@code GM0014} = {@code 0014}). The expected answer is
 * computed independently, with DuckDB over the original files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DerivedDatasetIT extends PlatformIT {

    private static final Path RIVM = SharedFiles.shared("data/real/rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv");
    private static final Path RVIG = SharedFiles.shared("data/real/rvig_tabel33_gemeententabel.csv");

    private String rivmId;
    private String rivmTable;
    private String rvigId;
    private String rvigTable;
    private String code;
    private String name;
    private TestAccounts.Account steward;
    private ApiClient owner;

    @org.springframework.beans.factory.annotation.Autowired
    QuerySettings settings;

    @BeforeAll
    void importSources() {
        rivmId = admin().importFile(RIVM, "COVID-19 per gemeente (afgeleid-test)", "openbaar").get("subjectId")
                .asString();
        rvigId = admin().importFile(RVIG, "Gemeententabel (afgeleid-test)", "intern").get("subjectId").asString();
        rivmTable = json(admin().get("/v1/datasets/" + rivmId)).get("tableName").asString();
        rvigTable = json(admin().get("/v1/datasets/" + rvigId)).get("tableName").asString();
        List<String> fields = json(admin().get("/v1/datasets/" + rvigId + "/schema")).get("fields")
                .findValuesAsString("name");
        code = fields.stream().filter(f -> f.toLowerCase().contains("gemeentecode")).findFirst().orElseThrow(
                () -> new AssertionError("no gemeentecode field in " + fields));
        name = fields.stream().filter(f -> f.toLowerCase().contains("omschrijving")).findFirst().orElseThrow();
        steward = accounts().create("afleider", "data-eigenaar");
        owner = steward.api();
    }

    /** The join: the cumulative counts of the Groningen gemeenten on the last day, with their RvIG name. */
    private String joinSql() {
        return """
                SELECT g."%s" AS gemeentecode, g."%s" AS gemeente, r.total_reported AS besmettingen
                FROM %s r JOIN %s g ON substr(r.municipality_code, 3) = g."%s"
                WHERE r.province = 'Groningen' AND CAST(r.date_of_report AS VARCHAR) LIKE '2020-09-15%%'
                ORDER BY gemeentecode""".formatted(code, name, rivmTable, rvigTable, code);
    }

    @Test
    void aJoinOfTwoDatasetsBecomesADerivedDatasetWithLineageAndIsRefreshed() throws Exception {
        JsonNode saved = json(expect(201, owner.postJson("/v1/saved-queries", Map.of("title",
                "Besmettingen per Groninger gemeente", "sql", joinSql(), "builder", Map.of("dataset", rivmTable)))));
        String queryId = saved.get("id").asString();
        assertThat(saved.get("builder").get("dataset").asString()).isEqualTo(rivmTable);
        assertThat(saved.get("lastRunAt").isNull()).isFalse();

        JsonNode made = json(expect(202, owner.postJson("/v1/saved-queries/" + queryId + "/dataset", Map.of())));
        assertThat(made.get("accessLevel").asString()).as("most restrictive of openbaar and intern")
                .isEqualTo("intern");
        assertThat(owner.awaitJob(made.get("jobId").asString()).get("status").asString()).isEqualTo("succeeded");
        String derivedId = made.get("datasetId").asString();

        // its rows are the query's answer, computed independently over the original files
        List<List<String>> expected = expectedAnswer(RIVM);
        assertThat(expected).hasSizeGreaterThan(10);
        assertThat(rows(derivedId)).isEqualTo(expected);
        JsonNode dataset = json(admin().get("/v1/datasets/" + derivedId));
        assertThat(dataset.get("accessLevel").asString()).isEqualTo("intern");
        assertThat(dataset.get("description").asString()).contains("Afgeleide dataset")
                .contains("COVID-19 per gemeente (afgeleid-test)").contains("Gemeententabel (afgeleid-test)");

        // the lineage names the exact source versions
        JsonNode lineage = json(expect(200, owner.get("/v1/datasets/" + derivedId + "/lineage")));
        assertThat(lineage.get("derived").asBoolean()).isTrue();
        assertThat(lineage.get("sql").asString()).isEqualTo(joinSql());
        assertThat(versions(lineage)).isEqualTo(Map.of(rivmId, 1, rvigId, 1));
        assertThat(lineage.get("sources").findValues("current")).allMatch(JsonNode::asBoolean);
        assertThat(lineage.get("versionId").isNull()).as("the run has its version").isFalse();
        JsonNode use = json(owner.get("/v1/datasets/" + rivmId + "/lineage"));
        assertThat(use.get("usedIn").findValuesAsString("datasetId")).contains(derivedId);

        // a new version of a source: the derived dataset gets a new version, with the new lineage
        Path changed = changedRivm();
        JsonNode upload = json(expect(202, admin().upload("/v1/datasets/" + rivmId + "/versions", changed,
                Map.of("mode", "replace"))));
        assertThat(admin().awaitJob(upload.get("jobId").asString()).get("status").asString()).isEqualTo("succeeded");
        JsonNode refreshed = await(() -> json(admin().get("/v1/datasets/" + derivedId)),
                d -> d.path("version").asInt(0) == 2);
        assertThat(refreshed).isNotNull();
        assertThat(rows(derivedId)).isEqualTo(expectedAnswer(changed));
        assertThat(rows(derivedId)).isNotEqualTo(expected);
        JsonNode after = json(owner.get("/v1/datasets/" + derivedId + "/lineage"));
        assertThat(versions(after)).isEqualTo(Map.of(rivmId, 2, rvigId, 1));
        assertThat(after.get("sources").findValues("current")).allMatch(JsonNode::asBoolean);
        assertThat(after.get("versionId").asString()).isNotEqualTo(lineage.get("versionId").asString());
        assertThat(after.get("refreshError").isNull()).isTrue();

        // DCAT: dct:source names only the open source; the intern one stays unnamed
        assertThat(dctSources("/v1/catalog?format=ttl", "Besmettingen per Groninger gemeente"))
                .containsExactly("COVID-19 per gemeente (afgeleid-test)");

        // anonymous sees the intern derived dataset nowhere
        String slug = dataset.get("slug").asString();
        assertThat(anonymous().get("/v1/datasets/" + derivedId).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/datasets/" + derivedId + "/lineage").statusCode()).isEqualTo(404);
        assertThat(anonymous().getBytes("/v1/datasets/" + derivedId + "/download?format=csv").statusCode())
                .isEqualTo(404);
        assertThat(anonymous().get("/datasets/" + slug).statusCode()).isEqualTo(404);
        assertThat(json(anonymous().get("/v1/datasets/" + rivmId + "/lineage")).get("usedIn")
                .findValuesAsString("datasetId")).doesNotContain(derivedId);
        assertThat(anonymous().get("/datasets/" + json(admin().get("/v1/datasets/" + rivmId)).get("slug")
                .asString()).body()).doesNotContain(slug).doesNotContain("Besmettingen per Groninger gemeente");
        // the steward's page shows where it comes from
        String page = steward.browser().get("/datasets/" + slug).body();
        assertThat(page).contains("Afgeleid van").contains("COVID-19 per gemeente (afgeleid-test)")
                .contains("substr(r.municipality_code, 3)");
    }

    @Test
    void aDerivedDatasetHoldsTheWholeAnswerBeyondTheInteractiveRowLimit() {
        // a copy of its own: the other tests replace the RIVM dataset's data
        String copyId = admin().importFile(RIVM, "COVID-19 alle rijen (afgeleid-test)", "openbaar").get("subjectId")
                .asString();
        String copyTable = json(admin().get("/v1/datasets/" + copyId)).get("tableName").asString();
        String sql = "SELECT municipality_code, date_of_report, total_reported FROM " + copyTable;
        JsonNode saved = json(expect(201, owner.postJson("/v1/saved-queries", Map.of("title", "Alle RIVM-rijen",
                "sql", sql))));
        assertThat(saved.get("lastRunTruncated").asBoolean()).as("the interactive run is cut off").isTrue();
        assertThat(saved.get("lastRunRows").asLong()).isEqualTo(settings.rowLimit());
        JsonNode made = json(expect(202, owner.postJson("/v1/saved-queries/" + saved.get("id").asString()
                + "/dataset", Map.of("title", "Alle RIVM-rijen (afgeleid)", "description", "Elke rij van het RIVM."))));
        assertThat(made.get("accessLevel").asString()).isEqualTo("openbaar");
        assertThat(owner.awaitJob(made.get("jobId").asString()).get("status").asString()).isEqualTo("succeeded");
        JsonNode dataset = json(admin().get("/v1/datasets/" + made.get("datasetId").asString()));
        // 68,629 data rows in the file (PROVENANCE.md), all of them, well past the row limit
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(68_629L).isGreaterThan(settings.rowLimit());
        assertThat(dataset.get("description").asString()).isEqualTo("Elke rij van het RIVM.");
        assertThat(dataset.get("metadata").get("provenance").asString()).contains("Afgeleid door Datakraam uit")
                .contains(sql);
    }

    @Test
    void aCallerWhoCannotReadASourceCanNeitherSaveNorDerive() {
        String secretId = admin().importFile(RVIG, "Gemeententabel geheim (afgeleid-test)", "intern").get("subjectId")
                .asString();
        String secretTable = json(admin().get("/v1/datasets/" + secretId)).get("tableName").asString();
        String sql = "SELECT count(*) AS n FROM " + secretTable;
        String queryId = json(expect(201, owner.postJson("/v1/saved-queries", Map.of("title", "Telling",
                "sql", sql)))).get("id").asString();
        // the source becomes beperkt, and the steward has no grant
        expect(200, admin().patchMerge("/v1/datasets/" + secretId, "{\"accessLevel\": \"beperkt\"}"));
        long before = json(admin().get("/v1/datasets?limit=1")).get("total").asLong();

        var derive = owner.postJson("/v1/saved-queries/" + queryId + "/dataset", Map.of());
        var missing = owner.postJson("/v1/query", Map.of("sql", "SELECT count(*) AS n FROM geen_tabel_xyz"));
        assertThat(derive.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(400);
        assertThat(json(derive).get("code").asString()).isEqualTo(json(missing).get("code").asString());
        assertThat(json(derive).get("messageCode").asString()).isEqualTo("query.unknown-table")
                .isEqualTo(json(missing).get("messageCode").asString());
        var save = owner.postJson("/v1/saved-queries", Map.of("title", "Nog een telling", "sql", sql));
        assertThat(save.statusCode()).isEqualTo(400);
        assertThat(json(admin().get("/v1/datasets?limit=1")).get("total").asLong()).isEqualTo(before);
        assertThat(json(owner.get("/v1/saved-queries")).findValuesAsString("title")).doesNotContain("Nog een telling");

        // another account's saved query does not exist for a steward; the beheerder sees it
        var other = accounts().create("ander", "data-eigenaar").api();
        assertThat(other.get("/v1/saved-queries/" + queryId).statusCode()).isEqualTo(404);
        assertThat(other.postJson("/v1/saved-queries/" + queryId + "/dataset", Map.of()).statusCode()).isEqualTo(404);
        assertThat(other.delete("/v1/saved-queries/" + queryId).statusCode()).isEqualTo(404);
        assertThat(admin().get("/v1/saved-queries/" + queryId).statusCode()).isEqualTo(200);
        assertThat(anonymous().postJson("/v1/saved-queries", Map.of("title", "x", "sql", "SELECT 1")).statusCode())
                .isEqualTo(401);
        assertThat(anonymous().get("/v1/saved-queries").statusCode()).as("as documented").isEqualTo(401);

        // the bootstrap token is no account: a dataset made with it could never be refreshed, so it is refused
        long datasets = json(admin().get("/v1/datasets?limit=1")).get("total").asLong();
        String open = json(expect(201, admin().postJson("/v1/saved-queries", Map.of("title", "Eén",
                "sql", "SELECT 1 AS een")))).get("id").asString();
        var bootstrap = admin().postJson("/v1/saved-queries/" + open + "/dataset", Map.of());
        assertThat(bootstrap.statusCode()).as(bootstrap.body()).isEqualTo(400);
        assertThat(json(bootstrap).get("messageCode").asString()).isEqualTo("query.derive-needs-account");
        assertThat(json(admin().get("/v1/datasets?limit=1")).get("total").asLong()).isEqualTo(datasets);
    }

    @Test
    void aRefreshWhoseOwnerLostAccessFailsClearlyAndKeepsTheCurrentVersion() throws Exception {
        String sourceId = admin().importFile(RVIG, "Gemeententabel bron (afgeleid-test)", "intern")
                .get("subjectId").asString();
        String sourceTable = json(admin().get("/v1/datasets/" + sourceId)).get("tableName").asString();
        var owner2 = accounts().create("verliezer", "data-eigenaar").api();
        String queryId = json(expect(201, owner2.postJson("/v1/saved-queries", Map.of("title", "Groninger codes",
                "sql", "SELECT \"" + code + "\" AS code FROM " + sourceTable + " WHERE \"" + name
                        + "\" LIKE 'Gron%' ORDER BY code")))).get("id").asString();
        JsonNode made = json(expect(202, owner2.postJson("/v1/saved-queries/" + queryId + "/dataset",
                Map.of("title", "Groninger codes (afgeleid)"))));
        owner2.awaitJob(made.get("jobId").asString());
        String derivedId = made.get("datasetId").asString();
        String versionBefore = currentVersionId(derivedId);
        List<List<String>> rowsBefore = rows(derivedId);
        assertThat(rowsBefore).contains(List.of("0014"));

        // the owner may no longer read the source; then the source gets a new version
        expect(200, admin().patchMerge("/v1/datasets/" + sourceId, "{\"accessLevel\": \"beperkt\"}"));
        JsonNode upload = json(expect(202, admin().upload("/v1/datasets/" + sourceId + "/versions", RVIG,
                Map.of("mode", "replace"))));
        admin().awaitJob(upload.get("jobId").asString());

        JsonNode lineage = await(() -> json(admin().get("/v1/datasets/" + derivedId + "/lineage")),
                l -> !l.path("refreshError").isNull() && l.path("refreshError").isObject());
        assertThat(lineage.get("refreshError").get("code").asString()).isEqualTo("query.refresh-source-unreadable");
        assertThat(lineage.get("refreshError").get("message").asString()).as("Dutch unless asked otherwise")
                .contains("mag een van de brondatasets niet meer lezen").contains("De vorige versie blijft de huidige");
        assertThat(json(admin().inLanguage("en").get("/v1/datasets/" + derivedId + "/lineage")).get("refreshError")
                .get("message").asString()).contains("may no longer read").contains("previous version stays current");
        assertThat(currentVersionId(derivedId)).isEqualTo(versionBefore);
        assertThat(rows(derivedId)).isEqualTo(rowsBefore);
        // the owner, who may still read the derived dataset, sees the source only as one it has no access to
        JsonNode seen = json(owner2.get("/v1/datasets/" + derivedId + "/lineage"));
        assertThat(seen.get("sources").get(0).get("readable").asBoolean()).isFalse();
        assertThat(seen.get("sources").get(0).get("datasetId").isNull()).isTrue();
        String page = admin().get("/datasets/" + derivedId).body();
        assertThat(page).contains("refresh-error");
    }

    @Test
    void aRefreshNeverMakesDataMoreOpenThanItsSourcesNorRunsAsAGoneAccount() throws Exception {
        String sourceId = admin().importFile(RVIG, "Gemeententabel open (afgeleid-test)", "openbaar")
                .get("subjectId").asString();
        String sourceTable = json(admin().get("/v1/datasets/" + sourceId)).get("tableName").asString();
        var account = accounts().create("opener", "data-eigenaar");
        var api = account.api();
        String queryId = json(expect(201, api.postJson("/v1/saved-queries", Map.of("title", "Groninger codes open",
                "sql", "SELECT \"" + code + "\" AS code FROM " + sourceTable + " WHERE \"" + name
                        + "\" LIKE 'Gron%' ORDER BY code")))).get("id").asString();
        JsonNode made = json(expect(202, api.postJson("/v1/saved-queries/" + queryId + "/dataset", Map.of())));
        assertThat(made.get("accessLevel").asString()).isEqualTo("openbaar");
        api.awaitJob(made.get("jobId").asString());
        String derivedId = made.get("datasetId").asString();
        String versionBefore = currentVersionId(derivedId);

        // the source becomes intern: new data would be more open than its source
        expect(200, admin().patchMerge("/v1/datasets/" + sourceId, "{\"accessLevel\": \"intern\"}"));
        newVersion(sourceId);
        JsonNode tooOpen = awaitRefreshError(derivedId, "query.refresh-level-too-open");
        assertThat(tooOpen.get("refreshError").get("arguments").get("required").asString()).isEqualTo("intern");
        assertThat(currentVersionId(derivedId)).isEqualTo(versionBefore);
        // the public sees the open derived dataset, but neither its owner nor why it was not refreshed
        JsonNode publicView = json(expect(200, anonymous().get("/v1/datasets/" + derivedId + "/lineage")));
        assertThat(publicView.get("owner").isNull()).isTrue();
        assertThat(publicView.get("refreshError").isNull()).isTrue();
        assertThat(publicView.get("sources").get(0).get("readable").asBoolean()).isFalse();
        assertThat(publicView.get("sql").isNull()).as("the SQL names the now intern source").isTrue();
        assertThat(anonymous().get("/datasets/" + derivedId).body()).doesNotContain("refresh-error")
                .doesNotContain("id=\"lineage-sql\"")
                .doesNotContain(account.id()).contains("een dataset waarvoor u geen toegang hebt");

        // the steward makes it intern; then its account is disabled: no refresh as a gone account
        expect(200, admin().patchMerge("/v1/datasets/" + derivedId, "{\"accessLevel\": \"intern\"}"));
        expect(200, admin().patchMerge("/v1/accounts/" + account.id(), "{\"enabled\": false}"));
        newVersion(sourceId);
        JsonNode gone = awaitRefreshError(derivedId, "query.refresh-owner-gone");
        assertThat(gone.get("refreshError").get("message").asString()).contains(account.id());
        assertThat(currentVersionId(derivedId)).isEqualTo(versionBefore);
        assertThat(admin().get("/datasets/" + derivedId + "?lang=en").body()).contains("refresh-error")
                .contains("no longer exists, is disabled or is locked");

        // enabled again, the next source version refreshes it, and the failure is gone
        expect(200, admin().patchMerge("/v1/accounts/" + account.id(), "{\"enabled\": true}"));
        newVersion(sourceId);
        await(() -> json(admin().get("/v1/datasets/" + derivedId)), d -> d.path("version").asInt(0) == 2);
        assertThat(json(admin().get("/v1/datasets/" + derivedId + "/lineage")).get("refreshError").isNull())
                .isTrue();
    }

    private void newVersion(String datasetId) {
        JsonNode upload = json(expect(202, admin().upload("/v1/datasets/" + datasetId + "/versions", RVIG,
                Map.of("mode", "replace"))));
        assertThat(admin().awaitJob(upload.get("jobId").asString()).get("status").asString()).isEqualTo("succeeded");
    }

    private JsonNode awaitRefreshError(String derivedId, String code) throws InterruptedException {
        return await(() -> json(admin().get("/v1/datasets/" + derivedId + "/lineage")),
                l -> l.path("refreshError").path("code").asString("").equals(code));
    }

    @Test
    void thePagesSaveEditDeriveAndDeleteAQuery() {
        assertThat(anonymous().get("/datalab/queries").statusCode()).isEqualTo(302);
        var browser = steward.browser();
        String sql = "SELECT municipality_name, max(total_reported) AS hoogste FROM " + rivmTable
                + " WHERE province = 'Groningen' GROUP BY ALL ORDER BY hoogste DESC";
        String prefilled = "/datalab/queries/nieuw?sql=" + java.net.URLEncoder.encode(sql, StandardCharsets.UTF_8);
        String form = browser.get(prefilled).body();
        assertThat(form).contains("GROUP BY ALL ORDER BY hoogste DESC").contains("name=\"_csrf\"");

        // a query that does not run is not saved, and the form says why
        var refused = browser.submitFormFrom(prefilled, "/datalab/queries", Map.of("title", "Fout", "sql",
                "SELECT * FROM bestaat_niet_xyz"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("saved-query-error").contains("bestaat_niet_xyz");

        var saved = browser.submitFormFrom(prefilled, "/datalab/queries", Map.of("title", "Hoogste aantallen",
                "sql", sql));
        assertThat(saved.statusCode()).isEqualTo(302);
        String list = browser.get("/datalab/queries").body();
        assertThat(list).contains("Hoogste aantallen").contains("Maak afgeleide dataset").contains("<caption");
        String id = json(owner.get("/v1/saved-queries")).findValues("id").stream()
                .filter(node -> json(owner.get("/v1/saved-queries/" + node.asString())).get("title").asString()
                        .equals("Hoogste aantallen"))
                .findFirst().orElseThrow().asString();
        assertThat(browser.get("/datalab/queries?lang=en").body()).contains("Make derived dataset");

        var edited = browser.submitFormFrom("/datalab/queries/" + id, "/datalab/queries/" + id,
                Map.of("title", "Hoogste aantallen Groningen", "sql", sql));
        assertThat(edited.statusCode()).isEqualTo(302);
        assertThat(json(owner.get("/v1/saved-queries/" + id)).get("title").asString())
                .isEqualTo("Hoogste aantallen Groningen");

        var derive = browser.submitFormFrom("/datalab/queries", "/datalab/queries/" + id + "/dataset", Map.of());
        assertThat(derive.statusCode()).isEqualTo(302);
        String job = derive.headers().firstValue("Location").orElseThrow();
        assertThat(job).contains("/taken/");
        assertThat(owner.awaitJob(job.substring(job.lastIndexOf('/') + 1)).get("status").asString())
                .isEqualTo("succeeded");

        var deleted = browser.submitFormFrom("/datalab/queries", "/datalab/queries/" + id + "/verwijderen",
                Map.of());
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(owner.get("/v1/saved-queries/" + id).statusCode()).isEqualTo(404);
        // the derived dataset stays, openbaar like its one source, and its page names the source
        String rivmSlug = json(admin().get("/v1/datasets/" + rivmId)).get("slug").asString();
        assertThat(anonymous().get("/datasets/" + rivmSlug).body()).contains("Gebruikt in")
                .contains("Hoogste aantallen Groningen");
        // DCAT: the derived dataset names its open source (dct:source), in the export and in the public feed
        assertThat(dctSources("/v1/catalog?format=ttl", "Hoogste aantallen Groningen"))
                .containsExactly("COVID-19 per gemeente (afgeleid-test)");
    }

    /**
     * The titles of the {@code dct:source} objects of the dataset titled {@code title} in the Turtle at {@code path}
     * (read as the administrator).
     */
    private List<String> dctSources(String path, String title) {
        var model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(admin().get(path).body(), org.apache.jena.riot.Lang.TURTLE)
                .parse(model);
        List<String> titles = new ArrayList<>();
        model.listSubjectsWithProperty(org.apache.jena.vocabulary.DCTerms.title, title, "nl").forEach(dataset ->
                dataset.listProperties(org.apache.jena.vocabulary.DCTerms.source).forEach(source -> titles.add(
                        source.getResource().getProperty(org.apache.jena.vocabulary.DCTerms.title).getString())));
        return titles;
    }

    // --- helpers

    private static java.net.http.HttpResponse<String> expect(int status, java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }

    /** The current version's number and the SHA-256 of its data. */
    private String currentVersionId(String datasetId) {
        JsonNode dataset = json(admin().get("/v1/datasets/" + datasetId));
        return dataset.path("version").asInt() + "/" + dataset.path("sha256").asString();
    }

    private static Map<String, Integer> versions(JsonNode lineage) {
        Map<String, Integer> versions = new HashMap<>();
        lineage.get("sources").forEach(s -> versions.put(s.get("datasetId").asString(), s.get("versionNumber").asInt()));
        return versions;
    }

    /** Every row of a dataset's current version, as text. */
    private List<List<String>> rows(String datasetId) {
        JsonNode page = json(admin().get("/v1/datasets/" + datasetId + "/rows?limit=1000"));
        List<List<String>> rows = new ArrayList<>();
        page.get("rows").forEach(row -> {
            List<String> values = new ArrayList<>();
            row.forEach(value -> values.add(value.isNull() ? null : value.asString()));
            rows.add(values);
        });
        return rows;
    }

    /**
     * The join computed without the platform: DuckDB over the RIVM file as it is, and the RvIG names read from its
     * CSV (quoted, with a BOM and one value more per row than the header).
     */
    private static List<List<String>> expectedAnswer(Path rivm) throws IOException, SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        for (String line : Files.readAllLines(RVIG, StandardCharsets.UTF_8).subList(1, 1474)) {
            String[] cells = line.split("\",\"");
            names.put(cells[0].replace("\"", ""), cells[1].replace("\"", ""));
        }
        List<List<String>> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement sql = duckdb.createStatement();
                ResultSet rs = sql.executeQuery("SELECT substr(Municipality_code, 3) AS code, Total_reported"
                        + " FROM read_csv('" + rivm + "', delim = ';', header = true, all_varchar = true)"
                        + " WHERE Province = 'Groningen' AND Date_of_report LIKE '2020-09-15%'"
                        + " AND Municipality_code IS NOT NULL ORDER BY code")) {
            while (rs.next()) {
                String name = names.get(rs.getString(1));
                if (name != null) {
                    rows.add(List.of(rs.getString(1), name, rs.getString(2)));
                }
            }
        }
        return rows;
    }

    /** The RIVM file with only the Groningen rows and every count of the last day plus 1000. */
    private static Path changedRivm() throws IOException {
        List<String> lines = Files.readAllLines(RIVM, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(lines.getFirst()).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            if (!cells[3].equals("Groningen")) {
                continue;
            }
            if (cells[0].startsWith("2020-09-15")) {
                cells[4] = Integer.toString(Integer.parseInt(cells[4]) + 1000);
            }
            out.append(String.join(";", cells)).append("\r\n");
        }
        Path file = Files.createTempDirectory("datakraam-derived").resolve(RIVM.getFileName());
        return Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds (a safety limit of three minutes, not a performance goal). */
    private static JsonNode await(java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done)
            throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        JsonNode last = read.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("condition not reached; last: " + last);
            }
            Thread.sleep(200);
            last = read.get();
        }
        return last;
    }
}
