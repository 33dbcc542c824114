// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.lib.geo.GeoParquetMetadata;
import nl.datakraam.lib.geo.GeoParquetWkb;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;

/**
 * Parquet uploads "as is": the schema comes from the file's own types, the values are kept, a GeoParquet file keeps
 * its geometry, and a damaged file fails clearly with nothing committed. The fixtures are written here with DuckDB.
 */
class ParquetImportIT extends PlatformIT {

    /**
     * Three rows of every common type, the second all NULL but the key.
     *
     * <pre>
     * Aantal (stuks) Gemeentecode bedrag         datum      tijdstip (UTC)       lokale_tijd          actief details            lijst   code
     * 1              GM0014       12.50 DEC(10,2) 2024-01-31 2024-01-31T09:15:00Z 2024-01-31T10:15:00  true   {"a":1,"b":[1,2]}  [1,2,3] 0123
     * 2              NULL         NULL           NULL       NULL                 NULL                 NULL   NULL               NULL    NULL
     * 3              GM0034       -3.25          2023-12-01 2023-12-01T23:30:00Z 2023-12-01T23:30:00  false  {"a":2,"b":[]}     []      0456
     * </pre>
     */
    private static final String TYPED = """
            SELECT * FROM (VALUES
              (1::INTEGER, 'GM0014', 12.50::DECIMAL(10,2), DATE '2024-01-31', TIMESTAMPTZ '2024-01-31 10:15:00+01',
               TIMESTAMP '2024-01-31 10:15:00', true, {'a': 1, 'b': [1, 2]}, [1, 2, 3], '0123'),
              (2::INTEGER, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
              (3::INTEGER, 'GM0034', -3.25::DECIMAL(10,2), DATE '2023-12-01', TIMESTAMPTZ '2023-12-01 23:30:00+00',
               TIMESTAMP '2023-12-01 23:30:00', false, {'a': 2, 'b': []}, []::INTEGER[], '0456'))
            AS t("Aantal (stuks)", "Gemeentecode", bedrag, datum, tijdstip, lokale_tijd, actief, details, lijst, code)
            """;

    @Test
    void keepsTheTypesAndValuesOfATypedParquetFile(@TempDir Path work) throws Exception {
        Path file = parquet(work.resolve("gemeenten.parquet"), TYPED);
        JsonNode job = admin().importFile(file, "Parquet getypeerd", "openbaar");
        assertThat(job.get("status").asString()).as("job %s", job).isEqualTo("succeeded");
        String id = job.get("subjectId").asString();
        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(3);
        assertThat(dataset.get("spatial").isNull()).isTrue();
        assertThat(dataset.get("distributions").valueStream().map(d -> d.get("format").asString()))
                .as("a Parquet file without geometry offers no geodata formats").containsExactly("parquet", "csv",
                        "csv-excel-nl", "json", "xlsx");
        var geojson = admin().getBytes("/v1/datasets/" + id + "/download?format=geojson");
        assertThat(geojson.statusCode()).as("not offered, so refused like an unknown format").isEqualTo(400);

        JsonNode schema = json(admin().get("/v1/datasets/" + id + "/schema"));
        assertThat(types(schema)).containsExactly(
                "aantal_stuks:integer", "gemeentecode:string", "bedrag:number", "datum:date", "tijdstip:datetime",
                "lokale_tijd:datetime", "actief:boolean", "details:string", "lijst:string", "code:string");
        assertThat(schema.get("fields").get(0).get("title").asString()).isEqualTo("Aantal (stuks)");
        assertThat(dataset.get("issues").valueStream().filter(i -> i.get("code").asString()
                .equals("parquet.nested-as-json")).map(i -> i.get("field").asString())).containsExactly("details",
                "lijst");

        JsonNode rows = json(admin().get("/v1/datasets/" + id + "/rows?limit=3")).get("rows");
        JsonNode first = rows.get(0);
        assertThat(first.get(0).asLong()).isEqualTo(1);
        assertThat(first.get(2).asDouble()).isEqualTo(12.5);
        assertThat(first.get(3).asString()).isEqualTo("2024-01-31");
        assertThat(first.get(4).asString()).as("with zone, in UTC").isEqualTo("2024-01-31T09:15:00Z");
        assertThat(first.get(5).asString()).as("without zone").isEqualTo("2024-01-31T10:15:00");
        assertThat(first.get(6).asBoolean()).isTrue();
        assertThat(JSON_TEXT.readTree(first.get(7).asString()).get("b").get(1).asInt()).isEqualTo(2);
        assertThat(first.get(8).asString()).isEqualTo("[1,2,3]");
        assertThat(first.get(9).asString()).as("codes keep their leading zero").isEqualTo("0123");
        assertThat(Arrays.stream(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9}).mapToObj(i -> rows.get(1).get(i)))
                .as("NULLs stay NULL").allSatisfy(value -> assertThat(value.isNull()).isTrue());

        JsonNode sum = json(anonymous().postJson("/v1/query", Map.of("sql", "SELECT sum(bedrag), count(datum) FROM "
                + dataset.get("tableName").asString()))).get("rows").get(0);
        assertThat(sum.get(0).asDouble()).isCloseTo(9.25, within(1e-9));
        assertThat(sum.get(1).asLong()).isEqualTo(2);

        List<CSVRecord> csv = csv(id);
        assertThat(csv.getFirst().toMap().keySet()).containsExactly("aantal_stuks", "gemeentecode", "bedrag",
                "datum", "tijdstip", "lokale_tijd", "actief", "details", "lijst", "code");
        assertThat(csv.get(0).get("code")).isEqualTo("0123");
        assertThat(csv.get(1).get("bedrag")).isEmpty();
        assertThat(downloadedTypes(id)).containsExactly("BIGINT", "VARCHAR", "DOUBLE", "DATE",
                "TIMESTAMP WITH TIME ZONE", "TIMESTAMP", "BOOLEAN", "VARCHAR", "VARCHAR", "VARCHAR");
    }

    @Test
    void aTruncatedFileFailsClearlyAndCommitsNothing(@TempDir Path work) throws Exception {
        Path whole = parquet(work.resolve("heel.parquet"), TYPED);
        String id = admin().importFile(whole, "Parquet dat heel blijft", "openbaar").get("subjectId").asString();
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(work.resolve("afgebroken.parquet"), Arrays.copyOf(bytes, bytes.length / 2));

        JsonNode failed = admin().importFile(truncated, "Parquet afgebroken", "openbaar");
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("code").asString()).isEqualTo("ingest.parquet.unreadable");
        String message = json(admin().inLanguage("en").get("/v1/jobs/" + failed.get("id").asString())).get("error")
                .get("message").asString();
        assertThat(message).contains("cannot be read as Parquet", "cut off", "Nothing was stored",
                "upload that");
        assertThat(message).doesNotContain("Exception", "\tat ", "blobs", work.toString());
        assertThat(json(admin().get("/v1/datasets/" + failed.get("subjectId").asString())).get("rowCount").isNull())
                .isTrue();

        var response = admin().upload("/v1/datasets/" + id + "/versions", truncated, Map.of("mode", "replace"));
        JsonNode version = admin().awaitJob(json(response).get("jobId").asString());
        assertThat(version.get("status").asString()).isEqualTo("failed");
        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        assertThat(dataset.get("version").asInt()).as("the previous version stays current").isEqualTo(1);
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(3);

        Path notParquet = Files.writeString(work.resolve("tekst.parquet"), "a;b\n1;2\n");
        JsonNode text = admin().importFile(notParquet, "Geen Parquet", "openbaar");
        assertThat(text.get("error").get("code").asString()).isEqualTo("ingest.parquet.unreadable");
        assertThat(json(admin().inLanguage("en").get("/v1/jobs/" + text.get("id").asString())).get("error")
                .get("message").asString()).contains("too small to be a Parquet file");
    }

    @Test
    void keepsTheGeometryOfGeoParquetInRdNew(@TempDir Path work) throws Exception {
        var factory = new GeometryFactory();
        byte[] markt = GeoParquetWkb.encode(factory.createPoint(new Coordinate(233950, 582050)));
        byte[] zuid = GeoParquetWkb.encode(factory.createPoint(new Coordinate(234500, 581000)));
        String geo = GeoParquetMetadata.json("geom", List.of(new GeoParquetMetadata.Column("geom", 28992,
                Set.of("Point"), new Envelope(233950, 234500, 581000, 582050), null)));
        Path file = geoParquet(work.resolve("punten_rd.parquet"), geo, List.of(markt, zuid));

        JsonNode job = admin().importFile(file, "GeoParquet RD", "openbaar");
        assertThat(job.get("status").asString()).as("job %s", job).isEqualTo("succeeded");
        JsonNode dataset = json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        assertThat(dataset.get("spatial").get("geometryTypes").get(0).asString()).isEqualTo("Point");
        JsonNode bbox = dataset.get("spatial").get("bbox");
        assertThat(bbox.get(0).asDouble()).as("west").isCloseTo(6.57, within(0.03));
        assertThat(bbox.get(1).asDouble()).as("south").isCloseTo(53.21, within(0.03));

        JsonNode schema = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/schema"));
        assertThat(schema.get("fields").valueStream().map(f -> f.get("name").asString())).containsExactly("naam",
                "geometry", "bbox", "geometry_rd", "bbox_rd", "geometry_wkt");
        JsonNode answer = json(anonymous().postJson("/v1/query", Map.of("sql", "SELECT naam, bbox_rd.xmin,"
                + " geometry_wkt FROM " + dataset.get("tableName").asString() + " ORDER BY naam"))).get("rows");
        assertThat(answer.get(0).get(0).asString()).isEqualTo("Grote Markt");
        assertThat(answer.get(0).get(1).asDouble()).as("RD kept").isEqualTo(233950.0);
        assertThat(answer.get(0).get(2).asString()).startsWith("POINT (6.5");
    }

    @Test
    void geoParquetWithAnUnknownCrsWaitsForTheStewardsConfirmation(@TempDir Path work) throws Exception {
        byte[] markt = GeoParquetWkb.encode(new GeometryFactory().createPoint(new Coordinate(233950, 582050)));
        String geo = "{\"version\": \"1.1.0\", \"primary_column\": \"geom\", \"columns\": {\"geom\":"
                + " {\"encoding\": \"WKB\", \"geometry_types\": [\"Point\"], \"crs\": null}}}";
        Path file = geoParquet(work.resolve("onbekend.parquet"), geo, List.of(markt, markt));

        JsonNode refused = admin().importFile(file, "GeoParquet zonder crs", "openbaar");
        assertThat(refused.get("status").asString()).isEqualTo("failed");
        assertThat(refused.get("error").get("code").asString()).isEqualTo("ingest.crs.undeclared");
        assertThat(refused.get("error").get("message").asString()).contains("crs=28992");

        var response = admin().upload("/v1/datasets", file, Map.of("review", "true"));
        String jobId = json(response).get("jobId").asString();
        assertThat(admin().awaitJob(jobId, "awaiting_review", "failed").get("status").asString())
                .isEqualTo("awaiting_review");
        JsonNode crs = json(admin().get("/v1/jobs/" + jobId + "/review")).get("crs");
        assertThat(crs.get("basis").asString()).isEqualTo("undeclared");
        assertThat(crs.get("suggested").asInt()).isEqualTo(28992);
        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 28992)).statusCode())
                .isEqualTo(202);
        JsonNode job = admin().awaitJob(jobId);
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        assertThat(json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("spatial")
                .get("sourceCrs").asString()).isEqualTo("EPSG:28992");
    }

    @Test
    void aStewardsTypeChoiceAppliesToParquetColumnsWhereEveryValueFits(@TempDir Path work) throws Exception {
        Path first = parquet(work.resolve("peil.parquet"),
                "SELECT * FROM (VALUES ('31-01-2024', 1), ('01-02-2024', 2)) AS t(peildatum, n)");
        var response = admin().upload("/v1/datasets", first, Map.of("review", "true", "accessLevel", "openbaar"));
        String jobId = json(response).get("jobId").asString();
        String id = json(response).get("id").asString();
        admin().awaitJob(jobId, "awaiting_review");
        var confirm = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("fields", List.of(
                Map.of("name", "peildatum", "type", "date", "format", "%d-%m-%Y"))));
        assertThat(confirm.statusCode()).isEqualTo(202);
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");
        assertThat(types(json(admin().get("/v1/datasets/" + id + "/schema")))).contains("peildatum:date");
        assertThat(json(admin().get("/v1/datasets/" + id + "/rows?limit=1")).get("rows").get(0).get(0).asString())
                .isEqualTo("2024-01-31");

        Path misfit = parquet(work.resolve("peil2.parquet"),
                "SELECT * FROM (VALUES ('28-02-2024', 3), ('onbekend', 4)) AS t(peildatum, n)");
        var second = admin().upload("/v1/datasets/" + id + "/versions", misfit, Map.of("mode", "replace"));
        assertThat(admin().awaitJob(json(second).get("jobId").asString()).get("status").asString())
                .isEqualTo("succeeded");
        assertThat(types(json(admin().get("/v1/datasets/" + id + "/schema")))).contains("peildatum:string");
        JsonNode dropped = json(admin().inLanguage("en").get("/v1/datasets/" + id)).get("issues").valueStream()
                .filter(i -> i.get("code").asString().equals("schema.override-dropped")).findFirst().orElseThrow();
        assertThat(dropped.get("message").asString()).contains("row 2");
    }

    @Test
    void theUploadFormAcceptsParquet() {
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        assertThat(browser.get("/datasets/nieuw").body()).contains(".parquet", "Parquet");
    }

    // --- helpers ---

    private static final tools.jackson.databind.json.JsonMapper JSON_TEXT =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** Writes the result of a DuckDB query as a Parquet file. */
    private static Path parquet(Path file, String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("COPY (" + query + ") TO '" + file + "' (FORMAT parquet)");
        }
        return file;
    }

    /** Writes a GeoParquet file with columns {@code naam} and {@code geom} (WKB) and the given geo metadata. */
    private static Path geoParquet(Path file, String geo, List<byte[]> geometries) throws SQLException {
        List<String> names = List.of("Grote Markt", "Zuid");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE punten (naam VARCHAR, geom BLOB)");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO punten VALUES (?, ?)")) {
                for (int i = 0; i < geometries.size(); i++) {
                    insert.setString(1, names.get(i));
                    insert.setBytes(2, geometries.get(i));
                    insert.executeUpdate();
                }
            }
            statement.execute("COPY punten TO '" + file + "' (FORMAT parquet, KV_METADATA {geo: '"
                    + geo.replace("'", "''") + "'})");
        }
        return file;
    }

    private static List<String> types(JsonNode schema) {
        return schema.get("fields").valueStream()
                .map(f -> f.get("name").asString() + ":" + f.get("type").asString()).toList();
    }

    private List<CSVRecord> csv(String id) throws IOException {
        var download = admin().getBytes("/v1/datasets/" + id + "/download?format=csv");
        assertThat(download.statusCode()).isEqualTo(200);
        try (var parser = CSVParser.parse(new StringReader(new String(download.body(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** The column types of the Parquet download, as DuckDB reads them. */
    private List<String> downloadedTypes(String id) throws IOException, SQLException {
        var download = admin().getBytes("/v1/datasets/" + id + "/download?format=parquet");
        assertThat(download.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("download", ".parquet");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            Files.write(file, download.body());
            var types = new java.util.ArrayList<String>();
            try (var rows = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
                while (rows.next()) {
                    types.add(rows.getString("column_type"));
                }
            }
            return types;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
