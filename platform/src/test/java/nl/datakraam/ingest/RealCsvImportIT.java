// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every CSV in {@code ../shared/data/real} imports through the upload API (the path the interface uses), and what
 * Datakraam reports agrees with an independent reading by Commons CSV using the dialect PROVENANCE.md states.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealCsvImportIT extends PlatformIT {

    /** A real file and its dialect as PROVENANCE.md states it. */
    record Source(String file, Charset charset, char delimiter, long provenanceRows) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Source> sources() {
        Charset cp1252 = Charset.forName("windows-1252");
        return Stream.of(
                new Source("amsterdam_subsidieregister_2017-04-03_cp1252.csv", cp1252, ';', 4844),
                new Source("groningen_vs30_per_pc4.csv", StandardCharsets.US_ASCII, ';', 391),
                new Source("rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv", StandardCharsets.UTF_8, ';', 68629),
                new Source("rvig_tabel33_gemeententabel.csv", StandardCharsets.UTF_8, ',', 1474),
                new Source("rvig_tabel59_gba-deelnemerstabel.csv", StandardCharsets.UTF_8, ',', 2387),
                new Source("tno_groningen_field_outline_rd.csv", StandardCharsets.US_ASCII, ',', 9977));
    }

    private final Map<String, JsonNode> datasets = new HashMap<>();

    private JsonNode dataset(String file) {
        return datasets.computeIfAbsent(file, name -> {
            JsonNode job = admin().importFile(shared("data/real/" + name), name, "openbaar");
            assertThat(job.get("status").asString()).as("ingest of %s: %s", name, job).isEqualTo("succeeded");
            return json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));
        });
    }

    @ParameterizedTest
    @MethodSource("sources")
    void importsWithTheRowAndFieldCountOfAnIndependentReading(Source source) throws IOException {
        IndependentReading reading = IndependentReading.of(shared("data/real/" + source.file()), source);

        JsonNode dataset = dataset(source.file());
        JsonNode schema = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/schema"));

        assertThat(reading.rows()).as("rows per PROVENANCE.md").isEqualTo(source.provenanceRows());
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(reading.rows());
        assertThat(schema.get("fields").size()).isEqualTo(reading.fields());
    }

    @Test
    void keepsLeadingZerosOfTheGemeentecode() {
        JsonNode dataset = dataset("rvig_tabel33_gemeententabel.csv");
        JsonNode field = field(dataset, "92.10 Gemeentecode");
        assertThat(field.get("type").asString()).isEqualTo("string");

        JsonNode answer = query("SELECT count(*) AS n FROM " + dataset.get("tableName").asString() + " WHERE \""
                + field.get("name").asString() + "\" IN ('0000', '0001', '0014')");
        assertThat(answer.get("rows").get(0).get(0).asLong()).isEqualTo(3);
    }

    @Test
    void sumsTotalReportedAsTheIndependentReadingDoes() throws IOException {
        var source = sources().filter(s -> s.file().startsWith("rivm")).findFirst().orElseThrow();
        JsonNode dataset = dataset(source.file());
        JsonNode field = field(dataset, "Total_reported");
        assertThat(field.get("type").asString()).isEqualTo("integer");

        long expected = 0;
        for (CSVRecord record : IndependentReading.records(shared("data/real/" + source.file()), source)) {
            expected += Long.parseLong(record.get("Total_reported"));
        }
        JsonNode answer = query("SELECT sum(\"" + field.get("name").asString() + "\") FROM "
                + dataset.get("tableName").asString());
        assertThat(answer.get("rows").get(0).get(0).asLong()).isEqualTo(expected).isPositive();
    }

    @Test
    void parsesTheDecimalCommaOfVs30() {
        JsonNode dataset = dataset("groningen_vs30_per_pc4.csv");
        JsonNode vs30 = field(dataset, "Vs30 in m/s (V7)");
        JsonNode postcode = field(dataset, "Postcode");
        assertThat(vs30.get("type").asString()).isEqualTo("number");

        JsonNode answer = query("SELECT \"" + vs30.get("name").asString() + "\" FROM "
                + dataset.get("tableName").asString() + " WHERE CAST(\"" + postcode.get("name").asString()
                + "\" AS VARCHAR) = '8401'");
        assertThat(answer.get("rows").get(0).get(0).decimalValue()).isEqualByComparingTo(new BigDecimal("307.33"));
    }

    @Test
    void describesTheServedDataAndTheSourceFileSeparately() {
        String id = dataset("groningen_vs30_per_pc4.csv").get("id").asString();
        JsonNode served = json(admin().get("/v1/datasets/" + id + "/schema"));
        JsonNode source = json(admin().get("/v1/datasets/" + id + "/schema?of=source"));
        assertThat(served.get("fields").get(1).has("decimalChar")).as("downloads use a decimal point").isFalse();
        assertThat(source.get("fields").get(1).get("decimalChar").asString()).isEqualTo(",");
    }

    @Test
    void decodesWindows1252TextCorrectly() throws IOException {
        var source = sources().filter(s -> s.file().startsWith("amsterdam")).findFirst().orElseThrow();
        JsonNode dataset = dataset(source.file());
        String column = field(dataset, "PROJECT_NAAM").get("name").asString();
        for (String character : List.of("é", "\u2019", "\u201C")) {
            long expected = IndependentReading.records(shared("data/real/" + source.file()), source).stream()
                    .filter(record -> record.get("PROJECT_NAAM").contains(character))
                    .count();
            JsonNode answer = query("SELECT count(*) FROM " + dataset.get("tableName").asString() + " WHERE \""
                    + column + "\" LIKE '%" + character + "%'");
            assertThat(answer.get("rows").get(0).get(0).asLong()).as("rows with %s", character)
                    .isEqualTo(expected).isPositive();
        }
    }

    @Test
    void downloadsCleanCsvAndParquet() throws IOException {
        JsonNode dataset = dataset("rvig_tabel33_gemeententabel.csv");
        String id = dataset.get("id").asString();

        var csv = anonymous().getBytes("/v1/datasets/" + id + "/download?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        try (var parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(1474);
            assertThat(records).anySatisfy(record -> assertThat(record.get(0)).isEqualTo("0014"));
        }

        var parquet = anonymous().getBytes("/v1/datasets/" + id + "/download?format=parquet");
        assertThat(parquet.statusCode()).isEqualTo(200);
        assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
    }

    @Test
    void makesTheCsvOnItsFirstDownloadOnceForConcurrentRequestsAndThenKnowsItsSize() throws Exception {
        String name = "rvig_tabel59_gba-deelnemerstabel.csv";
        JsonNode job = admin().importFile(shared("data/real/" + name), "Lazy CSV " + System.nanoTime(), "intern");
        assertThat(job.get("status").asString()).as("ingest: %s", job).isEqualTo("succeeded");
        String id = job.get("subjectId").asString();
        JsonNode unknown = csvDistribution(id).get("byteSize");
        assertThat(unknown == null || unknown.isNull()).as("not made at ingest: %s", csvDistribution(id)).isTrue();

        List<java.util.concurrent.Future<java.net.http.HttpResponse<byte[]>>> downloads = new ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                downloads.add(threads.submit(() -> admin().getBytes("/v1/datasets/" + id + "/download?format=csv")));
            }
        }
        byte[] first = downloads.getFirst().get().body();
        for (var download : downloads) {
            assertThat(download.get().statusCode()).isEqualTo(200);
            assertThat(download.get().headers().firstValueAsLong("Content-Length")).hasValue(first.length);
            assertThat(download.get().body()).isEqualTo(first);
        }
        assertThat(new String(first, StandardCharsets.UTF_8).lines().count()).as("header and rows").isEqualTo(2388);
        assertThat(csvDistribution(id).get("byteSize").asLong()).isEqualTo(first.length);
        assertThat(admin().getBytes("/v1/datasets/" + id + "/download?format=csv").body()).isEqualTo(first);
    }

    private JsonNode csvDistribution(String id) {
        for (JsonNode distribution : json(admin().get("/v1/datasets/" + id)).get("distributions")) {
            if (distribution.get("format").asString().equals("csv")) {
                return distribution;
            }
        }
        throw new AssertionError("no csv distribution");
    }

    private JsonNode query(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private JsonNode field(JsonNode dataset, String title) {
        JsonNode schema = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/schema"));
        for (JsonNode field : schema.get("fields")) {
            if (field.get("title").asString().equals(title)) {
                return field;
            }
        }
        throw new AssertionError("no field titled " + title + " in " + schema);
    }

    /** Commons CSV's reading of a file, with the dialect from PROVENANCE.md. */
    record IndependentReading(long rows, int fields) {

        static IndependentReading of(Path file, Source source) throws IOException {
            List<CSVRecord> records = all(file, source);
            CSVRecord header = records.getFirst();
            int width = records.stream().mapToInt(CSVRecord::size).max().orElse(0);
            int fields = 0;
            for (int column = 0; column < width; column++) {
                boolean named = column < header.size() && !header.get(column).isBlank();
                final int c = column;
                boolean hasValues = records.stream().skip(1).anyMatch(r -> c < r.size() && !r.get(c).isBlank());
                if (named || hasValues) {
                    fields++;
                }
            }
            return new IndependentReading(records.size() - 1, fields);
        }

        static List<CSVRecord> records(Path file, Source source) throws IOException {
            try (Reader reader = reader(file, source);
                    var parser = CSVParser.parse(reader, format(source).builder().setHeader().setSkipHeaderRecord(true).get())) {
                return parser.getRecords();
            }
        }

        private static List<CSVRecord> all(Path file, Source source) throws IOException {
            try (Reader reader = reader(file, source); var parser = CSVParser.parse(reader, format(source))) {
                return new ArrayList<>(parser.getRecords());
            }
        }

        private static CSVFormat format(Source source) {
            return CSVFormat.RFC4180.builder().setDelimiter(source.delimiter()).setAllowMissingColumnNames(true)
                    .setAllowDuplicateHeaderNames(true).get();
        }

        private static Reader reader(Path file, Source source) throws IOException {
            String text = Files.readString(file, source.charset());
            return new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }
}
