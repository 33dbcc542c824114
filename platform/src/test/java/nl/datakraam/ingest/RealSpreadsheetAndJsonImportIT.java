// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real workbooks and JSON files of {@code ../shared/data/real} import through the upload API, the path the
 * interface uses, with the row counts PROVENANCE.md states and typed fields that SQL can use.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealSpreadsheetAndJsonImportIT extends PlatformIT {

    private final Map<String, JsonNode> datasets = new HashMap<>();

    @TempDir
    Path folder;

    @Test
    void importsTheAmsterdamSubsidyWorkbookWithTypedAmountsAndDates() {
        JsonNode dataset = dataset("amsterdam_subsidieregister_2016-10-31.xlsx");
        String table = dataset.get("tableName").asString();

        assertThat(dataset.get("rowCount").asLong()).isEqualTo(2727);
        assertThat(schema(dataset).get("fields").size()).isEqualTo(12);
        assertThat(field(dataset, "BEDRAG_AANGEVRAAGD").get("type").asString()).isEqualTo("number");
        assertThat(field(dataset, "DATUM_OVERZICHT").get("type").asString()).isEqualTo("datetime");
        assertThat(issueCodes(dataset)).contains("sheet.chosen");

        String settled = field(dataset, "BEDRAG_VASTGESTELD").get("name").asString();
        String overview = field(dataset, "DATUM_OVERZICHT").get("name").asString();
        JsonNode answer = query("SELECT count(*) FILTER (WHERE \"" + settled + "\" IS NULL),"
                + " min(CAST(\"" + overview + "\" AS DATE)) FROM " + table);
        assertThat(answer.get("rows").get(0).get(0).asLong()).as("NULL read as missing").isEqualTo(2727);
        assertThat(answer.get("rows").get(0).get(1).asString()).isEqualTo("2016-10-31");
    }

    @Test
    void importsTheGroningenMetadataWorkbook() {
        JsonNode dataset = dataset("provincie-groningen_metadata-attributen.xlsx");

        assertThat(dataset.get("rowCount").asLong()).isEqualTo(6);
        assertThat(field(dataset, "name").get("type").asString()).isEqualTo("string");
        assertThat(field(dataset, "definition").get("type").asString()).isEqualTo("string");
    }

    @Test
    void importsTheSignalenCategoriesWithArraysAsJsonText() throws IOException {
        String file = "signalen_amsterdam_meldingcategorieen.json";
        JsonNode dataset = dataset(file);
        JsonNode departments = field(dataset, "fields.departments");

        assertThat(dataset.get("rowCount").asLong()).isEqualTo(86);
        assertThat(field(dataset, "pk").get("type").asString()).isEqualTo("integer");
        assertThat(field(dataset, "fields.parent").get("type").asString()).isEqualTo("integer");
        assertThat(field(dataset, "fields.is_active").get("type").asString()).isEqualTo("boolean");
        assertThat(departments.get("type").asString()).isEqualTo("string");
        assertThat(issueCodes(dataset)).contains("json.array-as-text", "json.flattened");

        long expected = 0;
        for (JsonNode category : JsonMapper.builder().build().readTree(Files.readString(shared("data/real/" + file)))) {
            expected += category.get("fields").get("departments").size();
        }
        JsonNode answer = query("SELECT sum(json_array_length(\"" + departments.get("name").asString() + "\"))"
                + " FROM " + dataset.get("tableName").asString());
        assertThat(answer.get("rows").get(0).get(0).asLong()).isEqualTo(expected).isPositive();
    }

    @Test
    void importsTheDocsOfThePdokResponseKeepingLeadingZeros() {
        JsonNode dataset = dataset("pdok_locatieserver_response_weesp.json");
        JsonNode code = field(dataset, "gemeentecode");

        assertThat(dataset.get("rowCount").asLong()).isEqualTo(2);
        assertThat(code.get("type").asString()).isEqualTo("string");
        assertThat(field(dataset, "huisnummer").get("type").asString()).isEqualTo("integer");
        assertThat(issueCodes(dataset)).contains("json.table-path");
        JsonNode answer = query("SELECT count(*) FROM " + dataset.get("tableName").asString() + " WHERE \""
                + code.get("name").asString() + "\" = '0457'");
        assertThat(answer.get("rows").get(0).get(0).asLong()).isEqualTo(1);
    }

    @Test
    void rejectsAnUnsupportedEndingListingWhatIsSupported() throws IOException {
        Path pdf = Files.writeString(folder.resolve("verslag.pdf"), "%PDF-1.7");

        var response = admin().upload("/v1/datasets", pdf, Map.of("title", "Verslag", "accessLevel", "intern"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("details").get("supported").toString())
                .contains("csv", "json", "ods", "xlsx");
    }

    @Test
    void failsTheJobOfAnXlsxThatIsNotAWorkbookWithAClearMessage() throws IOException {
        Path renamed = Files.writeString(folder.resolve("export.xlsx"), "naam;plaats\nJansen;Assen\n");

        JsonNode job = admin().importFile(renamed, "Hernoemd", "intern");

        assertThat(job.get("status").asString()).isEqualTo("failed");
        assertThat(job.toString()).contains("ingest.workbook.not-a-zip", "export.xlsx eindigt op .xlsx, maar is"
                + " geen werkmap");
        assertThat(json(admin().inLanguage("en").get("/v1/jobs/" + job.get("id").asString())).get("error")
                .get("message").asString()).contains("export.xlsx ends in .xlsx but is not a workbook");
    }

    private JsonNode dataset(String file) {
        return datasets.computeIfAbsent(file, name -> {
            JsonNode job = admin().importFile(shared("data/real/" + name), name, "openbaar");
            assertThat(job.get("status").asString()).as("ingest of %s: %s", name, job).isEqualTo("succeeded");
            return json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));
        });
    }

    private JsonNode schema(JsonNode dataset) {
        return json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/schema"));
    }

    private JsonNode field(JsonNode dataset, String title) {
        for (JsonNode field : schema(dataset).get("fields")) {
            if (field.get("title").asString().equals(title)) {
                return field;
            }
        }
        throw new AssertionError("no field titled " + title + " in " + schema(dataset));
    }

    private static java.util.List<String> issueCodes(JsonNode dataset) {
        return StreamSupport.stream(dataset.get("issues").spliterator(), false)
                .map(issue -> issue.get("code").asString()).toList();
    }

    private JsonNode query(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}
