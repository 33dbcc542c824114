// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Geodata through the upload API: GeoJSON, GeoPackage and a CSV with x/y columns become GeoParquet 1.1 with the
 * geometry in WGS 84 (and RD New kept), a CSV with WKT, and a {@code spatial} description in the catalogue. Positions
 * are checked in SQL on the bbox columns, as the SQL sandbox has no spatial extension.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeodataImportIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Case c21: a legacy top-level {@code crs} naming EPSG:28992, RD metres around Groningen's Grote Markt.
     *
     * <pre>
     * id  naam          geometry (RD New, m)
     * 1   Grote Markt   POINT (233950 582050)
     * 2   Binnenstad    POLYGON 233500..234300 x 581700..582500
     * </pre>
     */
    private static final String GRONINGEN_RD = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}},
             "features": [
              {"type": "Feature", "id": 1, "properties": {"naam": "Grote Markt", "buurtcode": "BU00140000"},
               "geometry": {"type": "Point", "coordinates": [233950.0, 582050.0]}},
              {"type": "Feature", "id": 2, "properties": {"naam": "Binnenstad", "buurtcode": "BU00140001"},
               "geometry": {"type": "Polygon", "coordinates": [[[233500, 581700], [234300, 581700],
                 [234300, 582500], [233500, 582500], [233500, 581700]]]}}
             ]}
            """;

    /** Case c21, second file: the same place named as CRS84, in degrees. */
    private static final String GRONINGEN_CRS84 = """
            {"type": "FeatureCollection",
             "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
             "features": [
              {"type": "Feature", "properties": {"naam": "Grote Markt"},
               "geometry": {"type": "Point", "coordinates": [6.5677, 53.2183]}}
             ]}
            """;

    private final Map<String, JsonNode> datasets = new HashMap<>();

    @Test
    void importsTheCbsMunicipalitiesAndPlacesGroningenWhereItIs() throws Exception {
        JsonNode dataset = imported("cbs_pdok_gemeenten_2022_v1_wgs84.json");
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(428);
        JsonNode spatial = dataset.get("spatial");
        assertThat(spatial.get("sourceCrs").asString()).isEqualTo("EPSG:4326");
        assertThat(spatial.get("geometryTypes").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("Polygon", "MultiPolygon");
        assertInside(spatial.get("bbox"), 50.7, 53.7, 3.3, 7.3);

        String table = dataset.get("tableName").asString();
        JsonNode groningen = query("SELECT (bbox.xmin + bbox.xmax) / 2, (bbox.ymin + bbox.ymax) / 2, count(*) OVER ()"
                + " FROM " + table + " WHERE gemeentecode = 'GM0014' AND water = 'NEE'").get("rows");
        assertThat(groningen).hasSize(1);
        assertThat(groningen.get(0).get(0).asDouble()).as("longitude").isCloseTo(6.6, within(0.1));
        assertThat(groningen.get(0).get(1).asDouble()).as("latitude").isCloseTo(53.2, within(0.1));
        assertThat(field(dataset, "aantalInwoners").get("type").asString()).isEqualTo("integer");
    }

    @Test
    void parquetDownloadCarriesGeoParquetMetadata() throws Exception {
        JsonNode dataset = imported("cbs_pdok_gemeenten_2022_v1_wgs84.json");
        JsonNode geo = geoMetadata(dataset);
        assertThat(geo.get("version").asString()).isEqualTo("1.1.0");
        assertThat(geo.get("primary_column").asString()).isEqualTo("geometry");
        JsonNode geometry = geo.get("columns").get("geometry");
        assertThat(geometry.get("encoding").asString()).isEqualTo("WKB");
        assertThat(geometry.has("crs")).as("absent crs means OGC:CRS84").isFalse();
        assertThat(geometry.get("covering").get("bbox").get("xmin").toString()).isEqualTo("[\"bbox\",\"xmin\"]");
        assertThat(geometry.get("bbox")).hasSize(4);
        assertThat(geo.get("columns").has("geometry_rd")).as("a WGS 84 source has no RD copy").isFalse();
    }

    @Test
    void csvDownloadHoldsTheAttributesAndWkt() throws IOException {
        JsonNode dataset = imported("utrecht_buurt_wgs84.geojson");
        var csv = admin().getBytes("/v1/datasets/" + dataset.get("id").asString() + "/download?format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        try (var parser = CSVParser.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(parser.getHeaderNames()).containsExactly("id", "kode", "wijkkode", "naam", "geometry_wkt");
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(111);
            assertThat(records).allSatisfy(r -> assertThat(r.get("geometry_wkt")).matches("(MULTI)?POLYGON \\(.*"));
            assertThat(records).anySatisfy(r -> assertThat(r.get("kode")).isEqualTo("0111"));
        }
    }

    @Test
    void keepsTheLeadingZerosOfUtrechtsNeighbourhoodCodes() {
        JsonNode dataset = imported("utrecht_buurt_wgs84.geojson");
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(111);
        assertThat(field(dataset, "KODE").get("type").asString()).isEqualTo("string");
        assertThat(field(dataset, "WIJKKODE").get("type").asString()).isEqualTo("string");
        assertThat(field(dataset, "ID").get("type").asString()).as("113.0 is the integer 113").isEqualTo("integer");
        String table = dataset.get("tableName").asString();
        JsonNode answer = query("SELECT count(*) FILTER (WHERE kode = '0111'), count(*) FILTER (WHERE wijkkode = '01'),"
                + " count(*) FILTER (WHERE geometry IS NULL) FROM " + table).get("rows").get(0);
        assertThat(answer.get(0).asLong()).isEqualTo(1);
        assertThat(answer.get(1).asLong()).isPositive();
        assertThat(answer.get(2).asLong()).isZero();
        assertInside(dataset.get("spatial").get("bbox"), 52.0, 52.2, 4.9, 5.2);
    }

    @Test
    void theSchemaListsEveryColumnOfTheRowsAndDownloadsIncludingGeometry() throws IOException {
        JsonNode rd = imported("pzh_stikstof_glastuinbouw_rd.gpkg");
        JsonNode schema = json(admin().get("/v1/datasets/" + rd.get("id").asString() + "/schema"));
        List<String> names = names(schema);
        assertThat(names).as("the rows API's columns, in order").containsExactlyElementsOf(columns(rd));
        assertThat(names.subList(names.size() - 5, names.size()))
                .containsExactly("geometry", "bbox", "geometry_rd", "bbox_rd", "geometry_wkt");
        JsonNode geometry = schemaField(schema, "geometry");
        assertThat(geometry.get("type").asString()).isEqualTo("string");
        assertThat(geometry.get("format").asString()).isEqualTo("binary");
        assertThat(geometry.get("description").asString()).contains("WGS 84", "WKB", "base64");
        assertThat(schemaField(schema, "bbox").get("type").asString()).isEqualTo("object");
        assertThat(schemaField(schema, "geometry_rd").get("description").asString()).contains("EPSG:28992");
        assertThat(schemaField(schema, "bbox_rd").get("type").asString()).isEqualTo("object");
        assertThat(schemaField(schema, "geometry_wkt").get("description").asString()).contains("WKT");
        assertThat(schema.get("fields").valueStream().filter(f -> !f.has("description")).map(f -> f.get("name")
                .asString())).as("attributes have no description of ours").doesNotContain("geometry", "bbox");
        assertThat(described(json(admin().get("/v1/datasets/" + rd.get("id").asString() + "/rows?limit=1"))))
                .as("the rows API types each column as /schema does").containsExactlyElementsOf(described(schema))
                .contains("geometry:string:binary", "bbox:object:default", "geometry_rd:string:binary",
                        "geometry_wkt:string:default").noneMatch(field -> field.contains(":any:"));
        String wkb = json(admin().get("/v1/datasets/" + rd.get("id").asString() + "/rows?limit=1")).get("rows")
                .get(0).get(names.indexOf("geometry")).asString();
        assertThat(Base64.getDecoder().decode(wkb)[0]).as("base64 of little-endian ISO WKB").isEqualTo((byte) 1);
        assertThat(described(query("SELECT geometry, bbox, geometry_wkt FROM " + rd.get("tableName").asString()
                + " LIMIT 1"))).as("SQL results say the same").containsExactly("geometry:string:binary",
                "bbox:object:default", "geometry_wkt:string:default");
        assertThat(names(json(admin().get("/v1/datasets/" + rd.get("id").asString() + "/schema?of=source"))))
                .as("the source schema describes the file's attributes").doesNotContain("geometry", "geometry_wkt");

        JsonNode wgs84 = imported("utrecht_buurt_wgs84.geojson");
        JsonNode wgs84Schema = json(admin().get("/v1/datasets/" + wgs84.get("id").asString() + "/schema"));
        assertThat(names(wgs84Schema)).containsExactlyElementsOf(columns(wgs84)).doesNotContain("geometry_rd");
        var csv = admin().getBytes("/v1/datasets/" + wgs84.get("id").asString() + "/download?format=csv");
        try (var parser = CSVParser.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(names(wgs84Schema)).as("the CSV's columns are described too")
                    .containsAll(parser.getHeaderNames());
        }

        JsonNode plain = dataset(importWith(Fixtures.file("geen_geo.csv", "naam;aantal\na;1\n",
                StandardCharsets.UTF_8), "Zonder geometrie", Map.of()));
        assertThat(names(json(admin().get("/v1/datasets/" + plain.get("id").asString() + "/schema"))))
                .containsExactlyElementsOf(columns(plain)).containsExactly("naam", "aantal");
    }

    @Test
    void readsARoadSegmentFromJsonNamedGeoJson() {
        JsonNode dataset = imported("nwb_wegvak_600778786_utrecht.json");
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(1);
        assertThat(dataset.get("spatial").get("geometryTypes").get(0).asString()).isEqualTo("MultiLineString");
        assertThat(field(dataset, "straatNaam").get("type").asString()).isEqualTo("string");
        assertThat(field(dataset, "wegvakId").get("type").asString()).isEqualTo("integer");
        assertInside(dataset.get("spatial").get("bbox"), 52.0, 52.2, 5.0, 5.2);
    }

    @Test
    void importsTheZuidHollandNitrogenGridFromAGeoPackageInRd() throws Exception {
        JsonNode dataset = imported("pzh_stikstof_glastuinbouw_rd.gpkg");
        assertThat(dataset.get("rowCount").asLong()).isEqualTo(7312);
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");

        String table = dataset.get("tableName").asString();
        JsonNode answer = query("SELECT count(*), count(geometry_rd), count(*) FILTER (WHERE bbox.ymin >= 51.65"
                + " AND bbox.ymax <= 52.33 AND bbox.xmin >= 3.83 AND bbox.xmax <= 5.16),"
                + " min(bbox_rd.xmin), max(bbox_rd.ymax) FROM " + table).get("rows").get(0);
        assertThat(answer.get(0).asLong()).isEqualTo(7312);
        assertThat(answer.get(1).asLong()).as("RD New kept").isEqualTo(7312);
        assertThat(answer.get(2).asLong()).as("cells inside Zuid-Holland").isEqualTo(7312);
        assertThat(answer.get(3).asDouble()).as("RD metres").isBetween(0.0, 300_000.0);
        assertThat(answer.get(4).asDouble()).as("RD metres").isBetween(289_000.0, 629_000.0);
        assertThat(field(dataset, "ai_code").get("type").asString()).isEqualTo("string");

        JsonNode rd = geoMetadata(dataset).get("columns").get("geometry_rd");
        assertThat(rd.get("crs").get("id").get("code").asInt()).isEqualTo(28992);
        assertThat(rd.get("covering").get("bbox").get("ymax").toString()).isEqualTo("[\"bbox_rd\",\"ymax\"]");
    }

    @Test
    void proposesRdForTheGroningenOutlineAndAddsGeometryOnlyWhenConfirmed() {
        Path outline = shared("data/real/tno_groningen_field_outline_rd.csv");

        JsonNode plain = dataset(admin().importFile(outline, "Groningenveld zonder crs", "openbaar"));
        assertThat(plain.get("spatial").isNull()).isTrue();
        assertThat(plain.get("rowCount").asLong()).isEqualTo(9977);
        JsonNode proposal = issue(plain, "geo.coordinates-proposed");
        assertThat(proposal.get("severity").asString()).isEqualTo("info");
        assertThat(proposal.get("message").asString()).contains("RD New (EPSG:28992)", "crs=28992");
        assertThat(columns(plain)).doesNotContain("geometry");

        JsonNode located = dataset(importWith(outline, "Groningenveld", Map.of("crs", "28992")));
        assertThat(located.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        assertThat(located.get("spatial").get("geometryTypes").get(0).asString()).isEqualTo("Point");
        assertThat(columns(located)).contains("x", "y", "geometry", "bbox", "geometry_rd", "bbox_rd", "geometry_wkt");
        JsonNode answer = query("SELECT count(*), count(*) FILTER (WHERE bbox.ymin >= 53.0 AND bbox.ymax <= 53.6"
                + " AND bbox.xmin >= 6.1 AND bbox.xmax <= 7.25) FROM " + located.get("tableName").asString())
                .get("rows").get(0);
        assertThat(answer.get(0).asLong()).isEqualTo(9977);
        assertThat(answer.get(1).asLong()).as("points inside the province of Groningen").isEqualTo(9977);
        assertInside(located.get("spatial").get("bbox"), 53.0, 53.6, 6.1, 7.25);
    }

    @Test
    void placesLegacyRdGeoJsonAroundGroningenAndKeepsRd() {
        JsonNode dataset = dataset(importWith(Fixtures.file("c21_groningen_rd.geojson", GRONINGEN_RD,
                StandardCharsets.UTF_8), "c21 Groningen RD", Map.of()));
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        JsonNode answer = query("SELECT naam, (bbox.xmin + bbox.xmax) / 2, (bbox.ymin + bbox.ymax) / 2,"
                + " bbox_rd.xmin, bbox_rd.ymin, geometry_wkt FROM " + dataset.get("tableName").asString()
                + " ORDER BY id").get("rows");
        JsonNode markt = answer.get(0);
        assertThat(markt.get(0).asString()).isEqualTo("Grote Markt");
        assertThat(markt.get(1).asDouble()).as("longitude").isCloseTo(6.57, within(0.03));
        assertThat(markt.get(2).asDouble()).as("latitude").isCloseTo(53.22, within(0.03));
        assertThat(markt.get(3).asDouble()).as("RD kept").isEqualTo(233950.0);
        assertThat(markt.get(4).asDouble()).as("RD kept").isEqualTo(582050.0);
        assertThat(markt.get(5).asString()).startsWith("POINT (6.5");
        assertThat(answer.get(1).get(5).asString()).startsWith("POLYGON ((6.5");
    }

    @Test
    void placesCrs84GeoJsonAtTheSameSpot() {
        JsonNode dataset = dataset(importWith(Fixtures.file("c21_groningen_crs84.geojson", GRONINGEN_CRS84,
                StandardCharsets.UTF_8), "c21 Groningen CRS84", Map.of()));
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:4326");
        assertInside(dataset.get("spatial").get("bbox"), 53.2, 53.25, 6.55, 6.6);
        assertThat(columns(dataset)).doesNotContain("geometry_rd");
    }

    @Test
    void refusesRdGeoJsonWithoutCrsUntilTheStewardConfirmsIt() {
        String undeclared = GRONINGEN_RD.replaceFirst("\"crs\": \\{[^}]*\\}\\},", "");
        Path file = Fixtures.file("groningen_zonder_crs.geojson", undeclared, StandardCharsets.UTF_8);

        JsonNode failed = importWith(file, "Groningen zonder crs", Map.of());
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("code").asString()).isEqualTo("ingest.crs.undeclared");
        assertThat(failed.get("error").get("message").asString()).contains("EPSG:28992", "crs=28992");

        JsonNode confirmed = dataset(importWith(file, "Groningen bevestigd", Map.of("crs", "EPSG:28992")));
        assertThat(issue(confirmed, "crs.confirmed").get("message").asString()).contains("crs=28992");
        assertInside(confirmed.get("spatial").get("bbox"), 53.2, 53.25, 6.55, 6.6);
    }

    @Test
    void refusesAConfirmedCrsThatContradictsTheFile() {
        Path file = Fixtures.file("groningen_rd.geojson", GRONINGEN_RD, StandardCharsets.UTF_8);
        JsonNode failed = importWith(file, "Groningen tegenstrijdig", Map.of("crs", "4326"));
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").get("code").asString()).isEqualTo("ingest.crs.conflict");

        var response = admin().upload("/v1/datasets", file, Map.of("crs", "3857"));
        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void carriesTheCoordinateProposalIntoTheSchemaReview() {
        Path outline = shared("data/real/tno_groningen_field_outline_rd.csv");
        var response = admin().upload("/v1/datasets", outline, Map.of("title", "Groningenveld ter review",
                "review", "true"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String jobId = json(response).get("jobId").asString();
        assertThat(admin().awaitJob(jobId, "awaiting_review", "failed").get("status").asString())
                .isEqualTo("awaiting_review");

        JsonNode proposal = json(admin().get("/v1/jobs/" + jobId + "/review"));
        assertThat(proposal.get("issues").valueStream().map(i -> i.get("code").asString()))
                .contains("geo.coordinates-proposed");
        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of()).statusCode()).isEqualTo(202);
        assertThat(dataset(admin().awaitJob(jobId)).get("spatial").isNull())
                .as("the suggestion is never applied without a confirmation").isTrue();
    }

    @Test
    void confirmsRdNewForTheGroningenOutlineInTheReviewAndPlacesItInTheProvince() {
        Path outline = shared("data/real/tno_groningen_field_outline_rd.csv");
        JsonNode waiting = importWith(outline, "Groningenveld bevestigd in de controle", Map.of("review", "true"));
        assertThat(waiting.get("status").asString()).isEqualTo("awaiting_review");
        String jobId = waiting.get("id").asString();

        JsonNode crs = json(admin().get("/v1/jobs/" + jobId + "/review")).get("crs");
        assertThat(crs.get("basis").asString()).isEqualTo("coordinates");
        assertThat(crs.get("suggested").asInt()).isEqualTo(28992);
        assertThat(crs.get("confidence").asString()).isEqualTo("high");
        assertThat(crs.get("columns").valueStream().map(JsonNode::asString)).containsExactly("x", "y");
        assertThat(crs.get("required").asBoolean()).isFalse();
        assertThat(crs.get("confirmed").isNull()).isTrue();
        assertThat(crs.get("choices").valueStream().map(JsonNode::asInt)).containsExactly(4258, 4326, 28992);

        var confirm = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", 28992));
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(202);
        JsonNode located = dataset(admin().awaitJob(jobId));
        assertThat(located.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        assertThat(issue(located, "geo.points-added").get("message").asString()).contains("crs=28992");
        JsonNode answer = query("SELECT count(*), count(*) FILTER (WHERE bbox.ymin >= 53.0 AND bbox.ymax <= 53.6"
                + " AND bbox.xmin >= 6.1 AND bbox.xmax <= 7.25), count(geometry_rd) FROM "
                + located.get("tableName").asString()).get("rows").get(0);
        assertThat(answer.get(0).asLong()).isEqualTo(9977);
        assertThat(answer.get(1).asLong()).as("points inside the province of Groningen").isEqualTo(9977);
        assertThat(answer.get(2).asLong()).as("RD New kept").isEqualTo(9977);
        assertInside(located.get("spatial").get("bbox"), 53.0, 53.6, 6.1, 7.25);
    }

    @Test
    void asksForTheCrsOfGeoJsonWithoutOneInTheReviewAndGoesOnOnlyOnceConfirmed() {
        String undeclared = GRONINGEN_RD.replaceFirst("\"crs\": \\{[^}]*\\}\\},", "");
        Path file = Fixtures.file("groningen_ter_controle_zonder_crs.geojson", undeclared, StandardCharsets.UTF_8);
        JsonNode waiting = importWith(file, "Groningen zonder crs ter controle", Map.of("review", "true"));
        assertThat(waiting.get("status").asString()).as("parked for the review, not failed")
                .isEqualTo("awaiting_review");
        String jobId = waiting.get("id").asString();
        JsonNode proposal = json(admin().get("/v1/jobs/" + jobId + "/review"));
        JsonNode crs = proposal.get("crs");
        assertThat(crs.get("basis").asString()).isEqualTo("undeclared");
        assertThat(crs.get("suggested").asInt()).isEqualTo(28992);
        assertThat(crs.get("required").asBoolean()).isTrue();
        assertThat(proposal.get("issues").valueStream().map(i -> i.get("code").asString()))
                .contains("crs.undeclared");

        var unconfirmed = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(json(unconfirmed).get("code").asString()).isEqualTo("review.invalid");
        assertThat(json(unconfirmed).get("detail").asString()).contains("crs=28992");
        var unsupported = admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", "3857"));
        assertThat(unsupported.statusCode()).isEqualTo(400);
        assertThat(json(unsupported).get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("awaiting_review");

        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("crs", "EPSG:28992")).statusCode())
                .isEqualTo(202);
        JsonNode dataset = dataset(admin().awaitJob(jobId));
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        assertInside(dataset.get("spatial").get("bbox"), 53.2, 53.25, 6.55, 6.6);
    }

    @Test
    void refusesInTheReviewACrsThatContradictsTheOneTheFileDeclares() {
        Path file = Fixtures.file("groningen_rd_ter_controle.geojson", GRONINGEN_RD, StandardCharsets.UTF_8);
        JsonNode waiting = importWith(file, "Groningen RD ter controle", Map.of("review", "true"));
        String jobId = waiting.get("id").asString();
        JsonNode crs = json(admin().get("/v1/jobs/" + jobId + "/review")).get("crs");
        assertThat(crs.get("basis").asString()).isEqualTo("declared");
        assertThat(crs.get("declared").asInt()).isEqualTo(28992);
        assertThat(crs.get("required").asBoolean()).isFalse();

        var contradicting = admin().inLanguage("en").postJson("/v1/jobs/" + jobId + "/review",
                Map.of("crs", 4326));
        assertThat(contradicting.statusCode()).isEqualTo(400);
        assertThat(json(contradicting).get("detail").asString()).contains("declares EPSG:28992");
        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of()).statusCode()).isEqualTo(202);
        assertThat(dataset(admin().awaitJob(jobId)).get("spatial").get("sourceCrs").asString())
                .isEqualTo("EPSG:28992");
    }

    @Test
    void reviewsTheAttributesOfGeodataAndThenWritesGeoParquet() {
        Path file = Fixtures.file("groningen_review.geojson", GRONINGEN_RD, StandardCharsets.UTF_8);
        JsonNode waiting = importWith(file, "Groningen ter review", Map.of("review", "true"));
        assertThat(waiting.get("status").asString()).isEqualTo("awaiting_review");
        String jobId = waiting.get("id").asString();
        JsonNode proposal = json(admin().get("/v1/jobs/" + jobId + "/review"));
        assertThat(proposal.get("schema").get("fields").valueStream().map(f -> f.get("name").asString()))
                .containsExactly("id", "naam", "buurtcode");

        assertThat(admin().postJson("/v1/jobs/" + jobId + "/review", Map.of()).statusCode()).isEqualTo(202);
        JsonNode dataset = dataset(admin().awaitJob(jobId));
        assertThat(dataset.get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");
        assertThat(columns(dataset)).contains("geometry", "geometry_rd");
    }

    // --- helpers ---

    private JsonNode imported(String realFile) {
        return datasets.computeIfAbsent(realFile,
                name -> dataset(admin().importFile(shared("data/real/" + name), name, "openbaar")));
    }

    private JsonNode importWith(Path file, String title, Map<String, String> extra) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("accessLevel", "openbaar");
        fields.putAll(extra);
        var response = admin().upload("/v1/datasets", file, fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return admin().awaitJob(json(response).get("jobId").asString(), "succeeded", "failed", "cancelled",
                "awaiting_review");
    }

    private JsonNode dataset(JsonNode job) {
        assertThat(job.get("status").asString()).as("ingest: %s", job).isEqualTo("succeeded");
        return json(admin().get("/v1/datasets/" + job.get("subjectId").asString()));
    }

    private JsonNode query(String sql) {
        var response = anonymous().postJson("/v1/query", Map.of("sql", sql));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private List<String> columns(JsonNode dataset) {
        JsonNode page = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/rows?limit=1"));
        return page.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
    }

    private JsonNode field(JsonNode dataset, String title) {
        JsonNode schema = json(admin().get("/v1/datasets/" + dataset.get("id").asString() + "/schema"));
        return schema.get("fields").valueStream().filter(f -> f.get("title").asString().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no field titled " + title + " in " + schema));
    }

    /** Each field of a schema or a rows page as {@code name:type:format}. */
    private static List<String> described(JsonNode fields) {
        return fields.get("fields").valueStream().map(f -> f.get("name").asString() + ":" + f.get("type").asString()
                + ":" + f.get("format").asString()).toList();
    }

    private static List<String> names(JsonNode schema) {
        return schema.get("fields").valueStream().map(f -> f.get("name").asString()).toList();
    }

    private static JsonNode schemaField(JsonNode schema, String name) {
        return schema.get("fields").valueStream().filter(f -> f.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + schema));
    }

    private static JsonNode issue(JsonNode dataset, String code) {
        return dataset.get("issues").valueStream().filter(i -> i.get("code").asString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no issue " + code + " in " + dataset.get("issues")));
    }

    /** A bbox [west, south, east, north] lies inside the given latitudes and longitudes. */
    private static void assertInside(JsonNode bbox, double south, double north, double west, double east) {
        assertThat(bbox).hasSize(4);
        assertThat(bbox.get(0).asDouble()).as("west").isBetween(west, east);
        assertThat(bbox.get(2).asDouble()).as("east").isBetween(west, east);
        assertThat(bbox.get(1).asDouble()).as("south").isBetween(south, north);
        assertThat(bbox.get(3).asDouble()).as("north").isBetween(south, north);
    }

    /** The {@code geo} key/value metadata of the downloaded Parquet file, read back with DuckDB. */
    private JsonNode geoMetadata(JsonNode dataset) throws IOException, SQLException {
        var download = anonymous().getBytes("/v1/datasets/" + dataset.get("id").asString() + "/download?format=parquet");
        assertThat(download.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("geoparquet", ".parquet");
        try (var connection = DriverManager.getConnection("jdbc:duckdb:");
                var statement = connection.prepareStatement(
                        "SELECT decode(value) FROM parquet_kv_metadata(?) WHERE decode(key) = 'geo'")) {
            Files.write(file, download.body());
            statement.setString(1, file.toString());
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as("a geo key in the Parquet footer").isTrue();
                return JSON.readTree(rows.getString(1));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
