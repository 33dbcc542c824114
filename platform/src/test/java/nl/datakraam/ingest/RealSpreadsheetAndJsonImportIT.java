// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    void servesTheAmsterdamWorkbooksDateTimesAsTheSameIsoTextInTheRowsApiAndTheCsvDownload() throws IOException {
        JsonNode dataset = dataset("amsterdam_subsidieregister_2016-10-31.xlsx");
        String overview = field(dataset, "DATUM_OVERZICHT").get("name").asString();

        List<String> served = rowsApiColumn(dataset, overview, 50);
        assertThat(served).hasSize(50)
                .allMatch(value -> value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?"))
                .as("the workbook's cells hold a fraction of a second").contains("2016-10-31T01:00:18.05");
        assertThat(csvColumn(dataset, overview).subList(0, 50)).containsExactlyElementsOf(served);
    }

    @Test
    void servesDateTimeCellsOfAWorkbookAndZonedTimesOfCaseC11AsOneIsoRenderingEverywhere() throws IOException {
        Path workbook = folder.resolve("metingen.xlsx");
        try (var book = new XSSFWorkbook(); var out = Files.newOutputStream(workbook)) {
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy hh:mm:ss"));
            var sheet = book.createSheet("Metingen");
            sheet.createRow(0).createCell(0).setCellValue("tijdstip");
            sheet.getRow(0).createCell(1).setCellValue("waarde");
            LocalDateTime[] times = {LocalDateTime.of(2024, 1, 2, 10, 0), LocalDateTime.of(2024, 12, 31, 23, 59, 59)};
            for (int i = 0; i < times.length; i++) {
                var row = sheet.createRow(i + 1);
                var cell = row.createCell(0);
                cell.setCellValue(times[i]);
                cell.setCellStyle(style);
                row.createCell(1).setCellValue(i + 0.5);
            }
            book.write(out);
        }
        JsonNode job = admin().importFile(workbook, "Metingen met tijdstip", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        JsonNode measured = json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));

        assertThat(rowsApiColumn(measured, "tijdstip", 10)).containsExactly("2024-01-02T10:00:00",
                "2024-12-31T23:59:59");
        assertThat(csvColumn(measured, "tijdstip")).containsExactly("2024-01-02T10:00:00", "2024-12-31T23:59:59");

        JsonNode zoned = admin().importFile(shared("cases/ingest/c11_timezones.csv"), "c11 tijdzones", "openbaar");
        assertThat(zoned.get("status").asString()).as(zoned.toString()).isEqualTo("succeeded");
        JsonNode c11 = json(admin().get("/v1/datasets/" + zoned.get("subjectId").asString()));
        JsonNode datetime = schema(c11).get("fields").valueStream()
                .filter(f -> f.get("type").asString().equals("datetime")).findFirst().orElseThrow();
        List<String> utc = rowsApiColumn(c11, datetime.get("name").asString(), 100);
        assertThat(utc).isNotEmpty().allMatch(value -> value.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"));
        assertThat(csvColumn(c11, datetime.get("name").asString())).containsExactlyElementsOf(utc);
    }

    /** The values of a column in the first rows of the rows API, as text. */
    private List<String> rowsApiColumn(JsonNode dataset, String name, int limit) {
        JsonNode page = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/rows?limit=" + limit));
        List<String> names = page.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
        int index = names.indexOf(name);
        assertThat(index).as("column %s in %s", name, names).isNotNegative();
        return page.get("rows").valueStream().map(row -> row.get(index).asString()).toList();
    }

    /** The values of a column of the CSV download, in file order. */
    private List<String> csvColumn(JsonNode dataset, String name) throws IOException {
        var csv = admin().getBytes("/v1/datasets/" + dataset.get("id").asString() + "/download?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        try (var parser = CSVParser.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.stream().map(record -> record.get(name)).toList();
        }
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

    private static List<String> issueCodes(JsonNode dataset) {
        return StreamSupport.stream(dataset.get("issues").spliterator(), false)
                .map(issue -> issue.get("code").asString()).toList();
    }

    private JsonNode query(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }
}
