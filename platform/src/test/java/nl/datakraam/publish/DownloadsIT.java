// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, Downloads: every format of a real CSV file and of a real geodata file downloads and reads back with the
 * right rows and values; size and SHA-256 in the dataset JSON and the DCAT metadata match the bytes; ETag, Range and a
 * dataset the caller may not read (404 in every format).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DownloadsIT extends PlatformIT {

    private static final List<String> TABULAR = List.of("parquet", "csv", "csv-excel-nl", "json", "xlsx");
    private static final List<String> GEO = List.of("parquet", "csv", "csv-excel-nl", "json", "xlsx", "geojson",
            "gpkg");

    private final Map<String, JsonNode> datasets = new HashMap<>();

    @TempDir
    Path folder;

    @Test
    void everyFormatOfARealCsvReadsBackWithItsRowsAndValues() throws Exception {
        JsonNode dataset = imported("groningen_vs30_per_pc4.csv", "openbaar");
        assertThat(formats(dataset)).containsExactlyElementsOf(TABULAR);
        String id = dataset.get("id").asString();

        List<CSVRecord> csv = csv(text(download(id, "csv")), ',');
        assertThat(csv).hasSize(391);
        assertThat(csv.getFirst().values()).containsExactly("8401", "307.33");

        byte[] excel = download(id, "csv-excel-nl");
        assertThat(Arrays.copyOf(excel, 3)).as("UTF-8 byte order mark")
                .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<CSVRecord> dutch = csv(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';');
        assertThat(dutch).hasSize(391);
        assertThat(dutch.getFirst().values()).as("semicolon, decimal comma").containsExactly("8401", "307,33");

        JsonNode rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(download(id, "json"));
        assertThat(rows.size()).isEqualTo(391);
        assertThat(rows.get(0).get(csv.getFirst().getParser().getHeaderNames().get(1)).asDouble()).isEqualTo(307.33);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).as("header and 391 rows").isEqualTo(391);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(8401);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(307.33);
        }
        assertChecksumsInMetadata(id, TABULAR);
    }

    @Test
    void dateTimesAreIsoInCsvAndJsonAndAsExcelNlReadsThemInTheSpreadsheetFormats() throws Exception {
        String id = imported("rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv", "openbaar").get("id")
                .asString();
        List<CSVRecord> csv = csv(text(download(id, "csv")), ',');
        assertThat(csv).hasSize(68_629);
        assertThat(csv.getFirst().get(0)).isEqualTo("2020-03-13T10:00:00");
        assertThat(csv.getFirst().get(1)).isEqualTo("GM0003");

        byte[] excel = download(id, "csv-excel-nl");
        List<CSVRecord> dutch = csv(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';');
        assertThat(dutch).hasSize(68_629);
        assertThat(dutch.getFirst().get(0)).as("dd-mm-jjjj uu:mm:ss").isEqualTo("13-03-2020 10:00:00");

        JsonNode rows = tools.jackson.databind.json.JsonMapper.builder().build().readTree(download(id, "json"));
        assertThat(rows.size()).isEqualTo(68_629);
        assertThat(rows.get(0).get(csv.getFirst().getParser().getHeaderNames().get(0)).asString())
                .isEqualTo("2020-03-13T10:00:00");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(68_629);
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(0))).isTrue();
            assertThat(sheet.getRow(1).getCell(0).getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.of(2020, 3, 13, 10, 0));
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("GM0003");
        }
    }

    @Test
    void everyFormatOfRealGeodataReadsBackWithItsFeatures() throws Exception {
        JsonNode dataset = imported("utrecht_buurt_wgs84.geojson", "openbaar");
        assertThat(formats(dataset)).containsExactlyElementsOf(GEO);
        String id = dataset.get("id").asString();

        List<CSVRecord> csv = csv(text(download(id, "csv")), ',');
        assertThat(csv).hasSize(111);
        assertThat(csv).anySatisfy(r -> assertThat(r.get("kode")).isEqualTo("0111"));
        byte[] excel = download(id, "csv-excel-nl");
        assertThat(csv(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8), ';')).hasSize(111);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(id, "xlsx")))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(111);
        }
        JsonNode geojson = tools.jackson.databind.json.JsonMapper.builder().build().readTree(download(id, "geojson"));
        assertThat(geojson.get("features").size()).isEqualTo(111);
        assertThat(geojson.get("features").get(0).get("geometry").get("type").asString()).contains("Polygon");

        assertThat(ogrinfo(download(id, "geojson"), "buurten.geojson")).contains("Feature Count: 111");
        String gpkg = ogrinfo(download(id, "gpkg"), "buurten.gpkg");
        assertThat(gpkg).contains("Feature Count: 111", "kode: String", "WGS 84").doesNotContainIgnoringCase("warning")
                .doesNotContain("ERROR");
        assertChecksumsInMetadata(id, GEO);

        String page = anonymous().get("/datasets/" + id).body();
        for (String format : GEO) {
            assertThat(page).as("the dataset page links every format").contains("download?format=" + format + "\"");
        }
        assertThat(page).contains("CSV voor Excel (NL)", "GeoPackage");
        assertThat(anonymous().get("/datasets/" + id + "?lang=en").body()).contains("CSV for Excel (Dutch)");
    }

    @Test
    void etagAnswers304AndRangesAnswer206Or416() throws Exception {
        String id = imported("groningen_vs30_per_pc4.csv", "openbaar").get("id").asString();
        String path = "/v1/datasets/" + id + "/download?format=csv";
        HttpResponse<byte[]> full = admin().getBytes(path);
        assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        String etag = full.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + sha256(full.body()) + "\"");

        HttpResponse<byte[]> cached = admin().getBytes(path, "If-None-Match", etag);
        assertThat(cached.statusCode()).isEqualTo(304);
        assertThat(cached.body()).isEmpty();
        assertThat(admin().getBytes(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);

        HttpResponse<byte[]> part = admin().getBytes(path, "Range", "bytes=10-99");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-99/" + full.body().length);
        assertThat(part.body()).isEqualTo(Arrays.copyOfRange(full.body(), 10, 100));
        HttpResponse<byte[]> sameFile = admin().getBytes(path, "Range", "bytes=10-99", "If-Range", etag);
        assertThat(sameFile.statusCode()).as("If-Range naming this file").isEqualTo(206);
        HttpResponse<byte[]> otherFile = admin().getBytes(path, "Range", "bytes=10-99", "If-Range", "\"older\"");
        assertThat(otherFile.statusCode()).as("If-Range naming another version: the whole file").isEqualTo(200);
        assertThat(otherFile.body()).isEqualTo(full.body());

        HttpResponse<byte[]> tail = admin().getBytes(path, "Range", "bytes=-5");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(full.body(), full.body().length - 5, full.body().length));

        HttpResponse<byte[]> beyond = admin().getBytes(path, "Range", "bytes=" + full.body().length + "-");
        assertThat(beyond.statusCode()).isEqualTo(416);
        assertThat(beyond.headers().firstValue("Content-Range")).hasValue("bytes */" + full.body().length);
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheFormatsOnOffer() {
        String id = imported("groningen_vs30_per_pc4.csv", "openbaar").get("id").asString();
        var response = admin().get("/v1/datasets/" + id + "/download?format=gpkg");
        assertThat(response.statusCode()).as("no GeoPackage of data without geometry").isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.get("code").asString()).isEqualTo("download.format-unknown");
        assertThat(problem.get("detail").asString()).contains("csv-excel-nl", "xlsx").doesNotContain("gpkg");
    }

    @Test
    void aDatasetTheCallerMayNotReadIs404InEveryFormat() {
        JsonNode internal = imported("utrecht_buurt_wgs84.geojson", "intern");
        for (String format : GEO) {
            String path = "/v1/datasets/" + internal.get("id").asString() + "/download?format=" + format;
            assertThat(anonymous().getBytes(path).statusCode()).as(format).isEqualTo(404);
            assertThat(admin().getBytes(path).statusCode()).as(format).isEqualTo(200);
        }
    }

    /** Size and SHA-256 of every download equal those in the dataset JSON and in the DCAT metadata. */
    private void assertChecksumsInMetadata(String id, List<String> formats) throws Exception {
        Map<String, byte[]> downloads = new HashMap<>();
        for (String format : formats) {
            downloads.put(format, download(id, format));
        }
        JsonNode dataset = json(admin().get("/v1/datasets/" + id));
        assertThat(formats(dataset)).containsExactlyElementsOf(formats);
        String turtle = admin().get("/v1/datasets/" + id + "/metadata?format=ttl").body();
        for (JsonNode distribution : dataset.get("distributions")) {
            byte[] bytes = downloads.get(distribution.get("format").asString());
            String sha = sha256(bytes);
            assertThat(distribution.get("byteSize").asLong()).as(distribution.toString()).isEqualTo(bytes.length);
            assertThat(distribution.get("sha256").asString()).as(distribution.toString()).isEqualTo(sha);
            assertThat(turtle).contains("\"" + sha + "\"^^xsd:hexBinary", "checksumAlgorithm_sha256");
        }
    }

    private String ogrinfo(byte[] content, String name) throws IOException, InterruptedException {
        Path file = folder.resolve(System.nanoTime() + "-" + name);
        Files.write(file, content);
        Process process = new ProcessBuilder("ogrinfo", "-so", "-al", file.toString()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        return output;
    }

    private byte[] download(String id, String format) {
        HttpResponse<byte[]> response = admin().getBytes("/v1/datasets/" + id + "/download?format=" + format);
        assertThat(response.statusCode()).as(format + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    private static List<String> formats(JsonNode dataset) {
        return dataset.get("distributions").valueStream().map(d -> d.get("format").asString()).toList();
    }

    private static List<CSVRecord> csv(String text, char delimiter) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] bytes) throws java.security.NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private JsonNode imported(String realFile, String level) {
        return datasets.computeIfAbsent(realFile + level, key -> {
            JsonNode job = admin().importFile(shared("data/real/" + realFile), realFile, level);
            assertThat(job.get("status").asString()).as("ingest: %s", job).isEqualTo("succeeded");
            return json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));
        });
    }
}
