// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * What a steward reads about a file: every warning and failure names the file, the line, column or field, and what
 * to do, in Dutch (the default) and in English ({@code Accept-Language: en} on the API, {@code ?lang=en} on the
 * pages), with the stable code and the positions beside the text for clients that say it themselves.
 */
class IngestMessagesIT extends PlatformIT {

    @Test
    void c13WarnsAboutTheUndefinedByteNamingLineAndByteInBothLanguages() {
        Path file = shared("cases/ingest/c13_latin1_undefined_cp1252_byte.csv");
        String id = admin().importFile(file, "c13 meldingen", "openbaar").get("subjectId").asString();

        JsonNode dutch = issue(json(admin().get("/v1/datasets/" + id)), "encoding.undefined-byte");
        assertThat(dutch.get("severity").asString()).isEqualTo("warning");
        assertThat(dutch.get("line").asLong()).isEqualTo(22);
        assertThat(dutch.get("arguments").get("byte").asString()).isEqualTo("0x81");
        assertThat(dutch.get("message").asString()).startsWith(
                "Regel 22 van c13_latin1_undefined_cp1252_byte.csv bevat byte 0x81. Die byte heeft in Windows-1252"
                        + " geen teken").contains("gelezen als ISO-8859-1", "Controleer de tekst op regel 22",
                        "Sla het bestand op als UTF-8");
        JsonNode english = issue(json(admin().inLanguage("en").get("/v1/datasets/" + id)), "encoding.undefined-byte");
        assertThat(english.get("message").asString()).startsWith(
                "Line 22 of c13_latin1_undefined_cp1252_byte.csv holds byte 0x81, which has no character in"
                        + " Windows-1252").contains("Check the text on line 22", "Saving the file as UTF-8");

        var browser = signedIn();
        assertThat(page(browser, "/datasets/" + id)).contains("Waarschuwing",
                "Regel 22 van c13_latin1_undefined_cp1252_byte.csv bevat byte 0x81.");
        assertThat(page(browser, "/datasets/" + id + "?lang=en")).contains("Warning",
                "Line 22 of c13_latin1_undefined_cp1252_byte.csv holds byte 0x81,");
    }

    @Test
    void c14NamesLine3AndTheAddedFieldWithoutQuotingAValue() {
        Path file = shared("cases/ingest/c14_extra_field_with_umlaut.csv");
        String id = admin().importFile(file, "c14 meldingen", "openbaar").get("subjectId").asString();

        JsonNode dutch = issue(json(admin().get("/v1/datasets/" + id)), "row.extra-values");
        assertThat(dutch.get("line").asLong()).isEqualTo(3);
        assertThat(dutch.get("column").asInt()).isEqualTo(3);
        assertThat(dutch.get("field").asString()).isEqualTo("column_3");
        assertThat(dutch.get("arguments").get("found").asInt()).isEqualTo(3);
        assertThat(dutch.get("message").asString()).isEqualTo("Regel 3 van c14_extra_field_with_umlaut.csv heeft 3"
                + " waarden, maar de kopregel heeft er 2. Er is niets weggelaten: de extra waarden staan in het nieuwe"
                + " veld column_3. Controleer of op die regel een scheidingsteken in een waarde staat zonder"
                + " aanhalingstekens eromheen, of voeg de ontbrekende kolomnaam toe aan de kopregel.");
        JsonNode english = issue(json(admin().inLanguage("en-GB").get("/v1/datasets/" + id)), "row.extra-values");
        assertThat(english.get("message").asString()).startsWith("Line 3 of c14_extra_field_with_umlaut.csv has 3"
                + " values, but the header has 2. Nothing was left out: the extra values are in the added field"
                + " column_3.");
        assertThat(dutch.get("message").asString() + english.get("message").asString())
                .doesNotContain("M\u00fcller", "Winschoten", "extra,");
    }

    @Test
    void anOverriddenTypeThatDoesNotFitNamesTheLineAndTheField() {
        Path file = Fixtures.file("codes.csv", "code;naam\n1;a\n2;b\nx3;c\n", StandardCharsets.UTF_8);
        var accepted = json(admin().upload("/v1/datasets", file, Map.of("review", "true", "accessLevel", "intern")));
        String jobId = admin().awaitJob(accepted.get("jobId").asString(), "awaiting_review").get("id").asString();
        var confirm = admin().postJson("/v1/jobs/" + jobId + "/review",
                Map.of("fields", List.of(Map.of("name", "code", "type", "integer"))));
        assertThat(confirm.statusCode()).isEqualTo(202);
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");
        String id = accepted.get("id").asString();

        JsonNode dutch = issue(json(admin().get("/v1/datasets/" + id)), "schema.override-dropped");
        assertThat(dutch.get("line").asLong()).isEqualTo(4);
        assertThat(dutch.get("field").asString()).isEqualTo("code");
        assertThat(dutch.get("message").asString()).isEqualTo("Bij een eerdere controle van het schema koos u voor"
                + " veld code het type geheel getal, maar de waarde op regel 4 (kolom 1) van codes.csv past daar niet"
                + " bij. Daarom is het herkende type gebruikt. Controleer het schema als dat nodig is.");
        JsonNode english = issue(json(admin().inLanguage("en").get("/v1/datasets/" + id)),
                "schema.override-dropped");
        assertThat(english.get("message").asString()).isEqualTo("Field code was set to integer in a schema review,"
                + " but the value on line 4 (column 1) of codes.csv does not fit that type, so the detected type was"
                + " used. Review the schema if needed.");
    }

    @Test
    void aBrokenWorkbookFailsWithTheFileAndWhatToDoInBothLanguagesOnTheApiAndTheJobPage() throws Exception {
        Path file = Fixtures.file("kapot.xlsx", "PK\u0003\u0004 dit is geen werkmap meer",
                StandardCharsets.ISO_8859_1);
        JsonNode job = admin().importFile(file, "Kapotte werkmap", "intern");
        assertThat(job.get("status").asString()).isEqualTo("failed");

        JsonNode dutch = json(admin().get("/v1/jobs/" + job.get("id").asString())).get("error");
        assertThat(dutch.get("code").asString()).isEqualTo("ingest.workbook.invalid");
        assertThat(dutch.get("file").asString()).isEqualTo("kapot.xlsx");
        assertThat(dutch.get("arguments").get("kind").asString()).isEqualTo("damaged-zip");
        assertThat(dutch.get("message").asString()).isEqualTo("Het XLSX-bestand kapot.xlsx is een beschadigd"
                + " zip-archief; het is misschien afgebroken tijdens het kopiëren. Upload het opnieuw, of sla het"
                + " opnieuw op vanuit het rekenprogramma.");
        HttpResponse<String> inEnglish = admin().inLanguage("en").get("/v1/jobs/" + job.get("id").asString());
        assertThat(inEnglish.headers().firstValue("Content-Language")).contains("en");
        assertThat(json(inEnglish).get("error").get("message").asString()).isEqualTo("The XLSX file kapot.xlsx is"
                + " a damaged zip archive; it may have been cut off while copying. Upload it again, or save it again"
                + " from its spreadsheet program.");

        var browser = signedIn();
        String jobPage = "/taken/" + job.get("id").asString();
        assertThat(page(browser, jobPage)).contains("Het inlezen van kapot.xlsx is mislukt. Er is niets gepubliceerd.",
                "Het XLSX-bestand kapot.xlsx is een beschadigd zip-archief");
        assertThat(page(browser, jobPage + "?lang=en")).contains("Reading kapot.xlsx failed. Nothing was published.",
                "The XLSX file kapot.xlsx is a damaged zip archive");
        String datasetPage = "/datasets/" + job.get("subjectId").asString();
        assertThat(page(browser, datasetPage + "?lang=nl")).as("the dataset's last job")
                .contains("Het XLSX-bestand kapot.xlsx is een beschadigd zip-archief");
        assertThat(anonymous().inLanguage("en").get("/v1/nothing?lang=en").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidGeoJsonNamesTheFeatureAndWhatIsWrongInBothLanguages() throws Exception {
        Path file = Fixtures.file("kapot.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"naam": "a"}, "geometry": {"type": "Point", "coordinates": [6.5, 53.2]}},
                  {"type": "Feature", "properties": {"naam": "b"}, "geometry": {"type": "LineString", "coordinates": [[6.5, 53.2]]}}]}
                """, StandardCharsets.UTF_8);
        JsonNode job = admin().importFile(file, "Kapotte geodata", "intern");
        assertThat(job.get("status").asString()).isEqualTo("failed");

        JsonNode dutch = job.get("error");
        assertThat(dutch.get("code").asString()).isEqualTo("ingest.geojson.bad-geometry");
        assertThat(dutch.get("line").asLong()).as("the feature").isEqualTo(2);
        assertThat(dutch.get("arguments").get("unit").asString()).isEqualTo("feature");
        assertThat(dutch.get("message").asString()).isEqualTo("Object 2 in kapot.geojson heeft een lijn met maar één"
                + " positie. Er is niets opgeslagen. Herstel de geometrie in het bronbestand (RFC 7946 §3.1),"
                + " bijvoorbeeld met ogr2ogr -makevalid, en upload het opnieuw.");
        assertThat(json(admin().inLanguage("en").get("/v1/jobs/" + job.get("id").asString())).get("error")
                .get("message").asString()).isEqualTo("Feature 2 in kapot.geojson has a line with a single"
                + " position. Nothing was stored. Repair the geometry in the source file (RFC 7946 §3.1), for"
                + " example with ogr2ogr -makevalid, and upload it again.");

        var browser = signedIn();
        String jobPage = "/taken/" + job.get("id").asString();
        assertThat(page(browser, jobPage)).contains("Object 2 in kapot.geojson heeft een lijn met maar één positie.");
        assertThat(page(browser, jobPage + "?lang=en")).contains("Feature 2 in kapot.geojson has a line with a single"
                + " position.");
    }

    @Test
    void aRefusedUploadIsAProblemInTheReadersLanguage() {
        Path pdf = Fixtures.file("verslag.pdf", "%PDF-1.7", StandardCharsets.US_ASCII);

        HttpResponse<String> dutch = admin().upload("/v1/datasets", pdf, Map.of("title", "Verslag"));
        assertThat(dutch.statusCode()).isEqualTo(415);
        assertThat(dutch.headers().firstValue("Content-Language")).contains("nl");
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("upload.unsupported-format");
        assertThat(problem.get("detail").asString()).startsWith("Datakraam kan verslag.pdf niet inlezen.")
                .contains("csv, geojson", "Sla het bestand op als CSV (UTF-8) of XLSX");
        JsonNode english = json(admin().inLanguage("en").upload("/v1/datasets", pdf, Map.of("title", "Verslag")));
        assertThat(english.get("detail").asString()).contains("'verslag.pdf' is not one of them");
    }

    @Test
    void aZeroByteFileIsNamedAsEmptyNotAsMissingInBothLanguages() {
        Path empty = Fixtures.file("leeg.csv", "", StandardCharsets.UTF_8);

        HttpResponse<String> dutch = admin().upload("/v1/datasets", empty, Map.of("title", "Leeg"));

        assertThat(dutch.statusCode()).isEqualTo(400);
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("upload.empty-file");
        assertThat(problem.get("detail").asString()).isEqualTo("Het bestand leeg.csv is leeg (0 bytes). Controleer of"
                + " het helemaal is opgeslagen en kies het daarna opnieuw.");
        assertThat(json(admin().inLanguage("en").upload("/v1/datasets", empty, Map.of("title", "Leeg")))
                .get("detail").asString()).isEqualTo("The file leeg.csv is empty (0 bytes). Check that it was saved"
                + " completely, then choose it again.");
    }

    @Test
    void aHeaderOnlyFileBecomesADatasetWithStringFieldsNoRowsAndAWarningInBothLanguages() {
        Path headerOnly = Fixtures.file("nog_leeg.csv", "postcode;aantal;peildatum\r\n", StandardCharsets.UTF_8);
        JsonNode job = admin().importFile(headerOnly, "Nog leeg register", "openbaar");
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        String id = job.get("subjectId").asString();

        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        assertThat(dataset.get("rowCount").asLong()).isZero();
        assertThat(json(admin().get("/v1/datasets/" + id + "/schema")).get("fields").valueStream()
                .map(field -> field.get("name").asString() + ":" + field.get("type").asString()))
                .containsExactly("postcode:string", "aantal:string", "peildatum:string");
        JsonNode warning = issue(dataset, "file.header-only");
        assertThat(warning.get("severity").asString()).isEqualTo("warning");
        assertThat(warning.get("line").asLong()).isEqualTo(1);
        assertThat(warning.get("message").asString()).isEqualTo("Het bestand nog_leeg.csv bevat alleen een kopregel"
                + " (regel 1) en geen gegevens: de dataset heeft 3 velden, allemaal van het type string, en geen"
                + " rijen. Is dat de bedoeling (een register dat nog leeg is)? Dan hoeft u niets te doen. Zo niet,"
                + " controleer dan of de export volledig is en upload het bestand opnieuw als nieuwe versie.");
        assertThat(issue(json(admin().inLanguage("en").get("/v1/datasets/" + id)), "file.header-only")
                .get("message").asString()).startsWith("The file nog_leeg.csv holds only a header line (1) and no"
                + " data: the dataset has 3 fields");
        assertThat(json(admin().get("/v1/datasets/" + id + "/rows")).get("rows").size()).isZero();

        var browser = signedIn();
        assertThat(page(browser, "/datasets/" + id)).contains("Waarschuwing",
                "Het bestand nog_leeg.csv bevat alleen een kopregel (regel 1)");
        assertThat(page(browser, "/datasets/" + id + "?lang=en")).contains("holds only a header line (1)");
    }

    @Test
    void aParameterTheFormRefusesIsSaidOnTheErrorPageInTheReadersLanguage() throws Exception {
        Path file = Fixtures.file("punten.csv", "x;y\n233950;582050\n", StandardCharsets.UTF_8);
        var browser = signedIn();

        HttpResponse<String> dutch = browser.upload("/datasets/nieuw", file, Map.of("title", "Punten",
                "accessLevel", "intern", "crs", "3857"));
        assertThat(dutch.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(dutch.body())).contains("crs moet de EPSG-code zijn van RD New (28992),"
                + " WGS 84 (4326) of ETRS89 (4258). Zet gegevens in een ander coördinatenstelsel eerst om.");
        HttpResponse<String> english = browser.upload("/datasets/nieuw?lang=en", file, Map.of("title", "Punten",
                "accessLevel", "geheim"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(english.body())).contains("accessLevel must be one of: openbaar, intern,"
                + " beperkt, vertrouwelijk.");
    }

    @Test
    void theJobsApiKeepsTheCodeAndPositionsBesideTheMessage() {
        Path comments = Fixtures.file("commentaar.csv", "# alleen commentaar\n\n", StandardCharsets.UTF_8);
        JsonNode error = admin().importFile(comments, "Alleen commentaar", "intern").get("error");

        assertThat(error.get("code").asString()).isEqualTo("ingest.file.empty");
        assertThat(error.get("file").asString()).isEqualTo("commentaar.csv");
        assertThat(error.get("line").isNull()).isTrue();
        assertThat(error.get("arguments").get("kind").asString()).isEqualTo("comments-only");
        assertThat(error.get("message").asString()).isEqualTo("Het bestand commentaar.csv bevat geen tabel, alleen"
                + " lege regels of commentaarregels die met # beginnen. Upload een bestand met een kopregel en ten"
                + " minste één regel met gegevens.");
    }

    @Test
    void aTruncatedParquetFileFailsWithWhatHappenedAndWhatToDoInBothLanguages(@TempDir Path work) throws Exception {
        Path whole = work.resolve("heel.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT range AS nummer, 'rij ' || range AS naam FROM range(1000)) TO '" + whole
                    + "' (FORMAT parquet)");
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(work.resolve("afgebroken.parquet"), Arrays.copyOf(bytes, bytes.length / 2));

        JsonNode job = admin().importFile(truncated, "Afgebroken Parquet", "intern");
        assertThat(job.get("status").asString()).isEqualTo("failed");
        JsonNode dutch = job.get("error");
        assertThat(dutch.get("code").asString()).isEqualTo("ingest.parquet.unreadable");
        assertThat(dutch.get("file").asString()).isEqualTo("afgebroken.parquet");
        assertThat(dutch.get("arguments").get("problem").asString()).isEqualTo("cut-off");
        assertThat(dutch.get("message").asString()).isEqualTo("Het bestand afgebroken.parquet is niet te lezen als"
                + " Parquet-bestand: het einde ontbreekt. Het bestand is dus afgebroken (bijvoorbeeld bij een"
                + " onderbroken download of kopie), of het is helemaal geen Parquet. Er is niets opgeslagen."
                + " Exporteer de hele tabel opnieuw als Parquet (of als CSV) en upload die.");
        assertThat(json(admin().inLanguage("en").get("/v1/jobs/" + job.get("id").asString())).get("error")
                .get("message").asString()).isEqualTo("The file afgebroken.parquet cannot be read as Parquet: its"
                + " end is missing, so it was cut off (an interrupted download or copy) or it is not Parquet at all."
                + " Nothing was stored. Export the complete table again as Parquet (or as CSV) and upload that.");

        var browser = signedIn();
        String jobPage = "/taken/" + job.get("id").asString();
        assertThat(page(browser, jobPage)).contains("Het bestand afgebroken.parquet is niet te lezen als"
                + " Parquet-bestand: het einde ontbreekt.");
        assertThat(page(browser, jobPage + "?lang=en")).contains("The file afgebroken.parquet cannot be read as"
                + " Parquet: its end is missing");
    }

    @Test
    void theReviewAsksForAMissingCrsAndRefusesOneThatContradictsTheFileInBothLanguages() {
        Path undeclared = Fixtures.file("buurt_zonder_crs.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"naam": "Grote Markt"},
                   "geometry": {"type": "Point", "coordinates": [233950.0, 582050.0]}}]}
                """, StandardCharsets.UTF_8);
        String waiting = awaitingReview(undeclared);

        JsonNode dutch = json(admin().get("/v1/jobs/" + waiting + "/review"));
        assertThat(dutch.get("crs").get("reasonCode").asString()).isEqualTo("crs-guess.rd-new");
        assertThat(dutch.get("crs").get("reason").asString()).isEqualTo("De coördinaten liggen tussen x 0 en 300.000"
                + " en y 289.000 en 629.000: meters in RD New (EPSG:28992), het Nederlandse rijksdriehoekstelsel.");
        JsonNode asked = issue(dutch, "crs.undeclared");
        assertThat(asked.get("arguments").get("review").asBoolean()).isTrue();
        assertThat(asked.get("message").asString()).startsWith("Het GeoJSON-bestand buurt_zonder_crs.geojson"
                + " vermeldt geen coördinatenstelsel").contains("Er wordt niets opgeslagen voordat u in deze controle"
                + " een coördinatenstelsel bevestigt.", "Klopt dat? Bevestig het dan in deze controle (crs=28992).")
                .doesNotContain("Upload het bestand", "Grote Markt");
        JsonNode english = json(admin().inLanguage("en").get("/v1/jobs/" + waiting + "/review"));
        assertThat(english.get("crs").get("reason").asString()).startsWith("The coordinates lie between x 0 and"
                + " 300,000");
        assertThat(issue(english, "crs.undeclared").get("message").asString()).contains("Nothing is stored until"
                + " you confirm a CRS in this review.", "If that is right, confirm it in this review (crs=28992).");

        var unconfirmed = admin().postJson("/v1/jobs/" + waiting + "/review", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(json(unconfirmed).get("details").get("problem").asString()).isEqualTo("crs-required");
        assertThat(json(unconfirmed).get("detail").asString()).contains("De coördinaten lijken op RD New"
                + " (EPSG:28992). Klopt dat? Bevestig dan met crs=28992.");

        var browser = signedIn();
        assertThat(page(browser, "/taken/" + waiting + "/controle")).contains("De coördinaten liggen tussen x 0 en"
                + " 300.000", "Bevestig het dan in deze controle (crs=28992).");
        assertThat(page(browser, "/taken/" + waiting + "/controle?lang=en")).contains("The coordinates lie between"
                + " x 0 and 300,000", "confirm it in this review (crs=28992)");

        Path declared = Fixtures.file("buurt_rd.geojson", """
                {"type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
                 "features": [
                  {"type": "Feature", "properties": {"naam": "Grote Markt"},
                   "geometry": {"type": "Point", "coordinates": [233950.0, 582050.0]}}]}
                """, StandardCharsets.UTF_8);
        String jobId = awaitingReview(declared);
        var refused = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 4326));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("review.invalid");
        assertThat(problem.get("details").get("problem").asString()).isEqualTo("crs-contradicts-declared");
        assertThat(problem.get("detail").asString()).isEqualTo("Het bestand vermeldt RD New (EPSG:28992), en de"
                + " coördinaten passen daarbij. Uw crs=4326 spreekt dat tegen. Er is niets gewijzigd. Bevestig de"
                + " controle zonder crs om het coördinatenstelsel van het bestand te gebruiken. Of verbeter het"
                + " coördinatenstelsel in het bestand en upload het opnieuw.");
        var inEnglish = admin().inLanguage("en").postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 4326));
        assertThat(inEnglish.statusCode()).isEqualTo(400);
        assertThat(json(inEnglish).get("detail").asString()).isEqualTo("The file declares EPSG:28992, and its"
                + " coordinates fit it; crs=4326 contradicts that. Confirm the review without crs to use the file's"
                + " own CRS, or correct the CRS in the file and upload it again.");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).as("nothing changed")
                .isEqualTo("awaiting_review");
    }

    @Test
    void theReviewRefusesACrsTheCoordinatesCannotBeInAndKeepsWaiting() {
        Path outline = shared("data/real/tno_groningen_field_outline_rd.csv");
        String jobId = awaitingReview(outline);
        JsonNode extent = json(admin().get("/v1/jobs/" + jobId + "/review")).get("crs").get("extent");
        assertThat(extent.get("xMin").asDouble()).as("over the whole file").isBetween(230_000.0, 260_000.0);
        assertThat(extent.get("yMin").asDouble()).as("lower than the first 1,000 rows reach").isBetween(560_000.0, 569_000.0);

        var refused = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 4326));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("review.invalid");
        assertThat(problem.get("details").get("problem").asString()).isEqualTo("crs-does-not-fit");
        assertThat(problem.get("details").get("fitting").asInt()).isEqualTo(28992);
        assertThat(problem.get("details").get("xName").asString()).isEqualTo("x");
        assertThat(problem.get("detail").asString()).startsWith("De kolommen x en y bevatten x-waarden van ")
                .contains("Die kunnen niet in WGS 84 (EPSG:4326) staan", "Ze passen wel bij RD New (EPSG:28992)."
                        + " Bevestig dan met crs=28992.", "Er is niets gewijzigd: de taak wacht nog op uw controle.")
                .matches("(?s).*x-waarden van 2\\d\\d\\.\\d{3}(,\\d+)? tot .*");
        var english = admin().inLanguage("en").postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", "EPSG:4326"));
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(json(english).get("detail").asString()).startsWith("Columns x and y hold x values from 2")
                .contains("cannot be in EPSG:4326", "They fit EPSG:28992; confirm with crs=28992.",
                        "the job still awaits your review");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("awaiting_review");

        var browser = signedIn();
        String reviewPage = "/taken/" + jobId + "/controle";
        HttpResponse<String> shown = browser.submitForm(reviewPage, Map.of("crs", "4326"));
        assertThat(shown.statusCode()).isEqualTo(400);
        assertThat(HtmlUtils.htmlUnescape(shown.body())).contains("id=\"review-problem\"",
                "De kolommen x en y bevatten x-waarden van", "Bevestig dan met crs=28992.", "Schema controleren");
        assertThat(HtmlUtils.htmlUnescape(browser.submitForm(reviewPage + "?lang=en", Map.of("crs", "4258")).body()))
                .contains("Columns x and y hold x values from", "They do fit RD New (EPSG:28992)");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("awaiting_review");

        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 28992)).statusCode())
                .isEqualTo(202);
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");
    }

    @Test
    void theReviewRefusesRdNewForLongitudesAndLatitudesAndForGeoJsonInDegrees() {
        Path lonLat = Fixtures.file("meetpunten_graden.csv", "naam;lon;lat\nGroningen;6,566;53,219\n"
                + "Utrecht;5,121;52,091\nMaastricht;5,691;50,851\n", StandardCharsets.UTF_8);
        String jobId = awaitingReview(lonLat);
        var refused = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 28992));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = json(refused);
        assertThat(problem.get("details").get("problem").asString()).isEqualTo("crs-does-not-fit");
        assertThat(problem.get("details").get("fitting").asInt()).isEqualTo(4326);
        assertThat(problem.get("detail").asString()).isEqualTo("De kolommen lon en lat bevatten x-waarden van 5,121"
                + " tot 6,566 en y-waarden van 50,851 tot 53,219. Die kunnen niet in RD New (EPSG:28992) staan: RD"
                + " New loopt van x -7.000 tot 300.000 en y 289.000 tot 629.000 meter. Ze passen wel bij WGS 84"
                + " (EPSG:4326). Bevestig dan met crs=4326. Er is niets gewijzigd: de taak wacht nog op uw"
                + " controle.");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("awaiting_review");
        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 4326)).statusCode())
                .isEqualTo(202);
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");

        Path undeclaredRd = Fixtures.file("punten_rd_zonder_crs.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"naam": "a"},
                   "geometry": {"type": "Point", "coordinates": [233950.0, 582050.0]}},
                  {"type": "Feature", "properties": {"naam": "b"},
                   "geometry": {"type": "Point", "coordinates": [136000.0, 455000.0]}}]}
                """, StandardCharsets.UTF_8);
        String geoJob = awaitingReview(undeclaredRd);
        var geoRefused = admin().inLanguage("en").postJson("/v1/jobs/" + geoJob + "/review", Map.of("crs", 4326));
        assertThat(geoRefused.statusCode()).isEqualTo(400);
        assertThat(json(geoRefused).get("details").get("problem").asString()).isEqualTo("crs-does-not-fit");
        assertThat(json(geoRefused).get("detail").asString()).startsWith("The coordinates have x values from"
                + " 136,000 to 233,950 and y values from 455,000 to 582,050, which cannot be in EPSG:4326");
        assertThat(json(admin().get("/v1/jobs/" + geoJob)).get("status").asString()).isEqualTo("awaiting_review");
    }

    @Test
    void cancellingAFinishedJobIsAConflictSaidInBothLanguages() {
        Path file = Fixtures.file("klaar.csv", "nummer;tekst\n1;een\n", StandardCharsets.UTF_8);
        JsonNode done = admin().importFile(file, "Al klaar", "intern");
        String jobId = done.get("id").asString();
        assertThat(done.get("status").asString()).isEqualTo("succeeded");

        HttpResponse<String> dutch = admin().postJson("/v1/jobs/" + jobId + "/cancel", Map.of());
        assertThat(dutch.statusCode()).isEqualTo(409);
        assertThat(dutch.headers().firstValue("Content-Language")).contains("nl");
        JsonNode problem = json(dutch);
        assertThat(problem.get("code").asString()).isEqualTo("job.already-finished");
        assertThat(problem.get("details").get("status").asString()).isEqualTo("succeeded");
        assertThat(problem.get("detail").asString()).isEqualTo("Taak " + jobId + " is al afgelopen (gelukt). Er valt"
                + " dus niets te annuleren, en er is niets gewijzigd. Wilt u het resultaat ongedaan maken? Upload dan"
                + " een nieuwe versie.");
        HttpResponse<String> english = admin().inLanguage("en").postJson("/v1/jobs/" + jobId + "/cancel", Map.of());
        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(json(english).get("detail").asString()).isEqualTo("Job " + jobId + " has already finished"
                + " (succeeded), so there is nothing to cancel; nothing was changed. To undo its result, upload a new"
                + " version.");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("succeeded");
    }

    @Test
    void irregularQuotesAndParquetColumnsReadInBothLanguagesWithoutQuotingAValue(@TempDir Path work)
            throws Exception {
        Path csv = Fixtures.file("aanhalingstekens.csv", "naam;plaats\nJan \"Geheim\" Jansen;Assen\nPiet;Ede\n",
                StandardCharsets.UTF_8);
        String id = admin().importFile(csv, "Aanhalingstekens", "intern").get("subjectId").asString();
        JsonNode dutch = issue(json(admin().get("/v1/datasets/" + id)), "csv.irregular-quotes");
        assertThat(dutch.get("severity").asString()).isEqualTo("info");
        assertThat(dutch.get("line").asLong()).isEqualTo(2);
        assertThat(dutch.get("message").asString()).startsWith("In 1 waarde van aanhalingstekens.csv staat een"
                + " aanhalingsteken (\") dat geen waarde opent of sluit, voor het eerst op regel 2:")
                .doesNotContain("Geheim");
        assertThat(issue(json(admin().inLanguage("en").get("/v1/datasets/" + id)), "csv.irregular-quotes")
                .get("message").asString()).startsWith("1 value in aanhalingstekens.csv holds a quote (\") that"
                + " neither opens nor closes a quoted value, first on line 2:").doesNotContain("Geheim");

        Path parquet = work.resolve("genest.parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT 1 AS nummer, {'a': 1} AS details) TO '" + parquet + "' (FORMAT parquet)");
        }
        String nested = admin().importFile(parquet, "Genest", "intern").get("subjectId").asString();
        assertThat(issue(json(admin().get("/v1/datasets/" + nested)), "parquet.nested-as-json").get("message")
                .asString()).isEqualTo("Kolom 'details' (STRUCT(a INTEGER)) van genest.parquet bevat geneste waarden"
                + " (struct, lijst of map). Die zijn als JSON-tekst bewaard in veld details.");
        assertThat(issue(json(admin().inLanguage("en").get("/v1/datasets/" + nested)), "parquet.nested-as-json")
                .get("message").asString()).isEqualTo("Column 'details' (STRUCT(a INTEGER)) of genest.parquet holds"
                + " nested values (struct, list or map); they are stored as JSON text in field details.");
    }

    private String awaitingReview(Path file) {
        var accepted = json(admin().upload("/v1/datasets", file, Map.of("review", "true", "accessLevel", "intern")));
        return admin().awaitJob(accepted.get("jobId").asString(), "awaiting_review").get("id").asString();
    }

    private BrowserSession signedIn() {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        return browser;
    }

    /** The page's text as a reader sees it: HTML entities decoded. */
    private static String page(BrowserSession browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private static JsonNode issue(JsonNode dataset, String code) {
        for (JsonNode issue : dataset.get("issues")) {
            if (issue.get("code").asString().equals(code)) {
                return issue;
            }
        }
        throw new AssertionError("no issue " + code + " in " + dataset.get("issues"));
    }
}
