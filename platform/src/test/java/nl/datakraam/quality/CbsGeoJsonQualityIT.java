// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.field;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4, "must show" 1, for the CBS municipalities (GeoJSON, 428 features): 83 features carry CBS's secrecy
 * marker {@code -99999999} in each of their 30 statistics, and the 82 separate water features repeat the
 * gemeentecode of their municipality.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CbsGeoJsonQualityIT extends PlatformIT {

    private JsonNode report;
    private String datasetId;

    @BeforeAll
    void importTheMunicipalities() {
        JsonNode job = admin().importFile(shared("data/real/cbs_pdok_gemeenten_2022_v1_wgs84.json"),
                "Kwaliteit CBS gemeenten 2022", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        datasetId = job.get("subjectId").asString();
        report = awaitReport(anonymous(), datasetId);
    }

    @Test
    void flagsTheSentinelInThe83AffectedFeaturesOfEveryStatistic() {
        List<JsonNode> sentinels = new ArrayList<>();
        for (JsonNode result : report.get("checks")) {
            if (result.get("check").asString().equals("sentinel")) {
                sentinels.add(result);
            }
        }

        assertThat(sentinels).hasSize(30);
        assertThat(sentinels).allSatisfy(sentinel -> {
            assertThat(sentinel.get("outcome").asString()).isEqualTo("finding");
            assertThat(sentinel.get("count").asLong()).isEqualTo(83);
            assertThat(sentinel.get("values").get(0).asString()).isEqualTo("-99999999");
            assertThat(sentinel.get("exampleRows")).hasSize(5);
        });
        assertThat(check(report, "sentinel", "aantalinwoners").get("checked").asLong()).isEqualTo(428);
    }

    @Test
    void reportsTheGemeentecodeRepeatedByTheWaterFeatures() {
        JsonNode unique = check(report, "key-unique", "gemeentecode");

        assertThat(unique.get("outcome").asString()).as(unique.toString()).isEqualTo("finding");
        assertThat(unique.get("checked").asLong()).isEqualTo(428);
        assertThat(unique.get("count").asLong()).as("428 features, 346 codes").isEqualTo(82);
        assertThat(field(report, "gemeentecode").get("distinct").get("count").asLong()).isEqualTo(346);
    }

    /** GM0998 Buitenland is in Tabel 33; Eemsdelta (GM1979) and the 2022 mergers only in the newer TOOI list. */
    @Test
    void validatesTheGemeentecodesAgainstTheOfficialLists() {
        JsonNode gemeentecode = check(report, "gemeentecode", "gemeentecode");

        assertThat(gemeentecode.get("outcome").asString()).as(gemeentecode.toString()).isEqualTo("passed");
        assertThat(gemeentecode.get("checked").asLong()).isEqualTo(428);
    }

    @Test
    void profilesTheGeometryByCountAndNulls() {
        JsonNode geometry = field(report, "geometry");

        assertThat(geometry.get("kind").asString()).isEqualTo("geometry");
        assertThat(geometry.get("count").asLong()).isEqualTo(428);
        assertThat(geometry.get("nulls").asLong()).isZero();
    }

    /**
     * The file has 329 Polygons and 99 MultiPolygons (PROVENANCE.md); its coordinates, counted with Python over the
     * GeoJSON, run from longitude 3.3079 to 7.2275 and latitude 50.7504 to 53.5764: inside the Netherlands (longitude
     * 3 to 7.5, latitude 50.5 to 53.8, as the coordinates check has it).
     */
    @Test
    void profilesTheGeometryTypesAndAnExtentInTheNetherlands() {
        JsonNode geometry = field(report, "geometry").get("geometry");

        assertThat(geometry.get("types").toString())
                .isEqualTo("[{\"value\":\"Polygon\",\"count\":329},{\"value\":\"MultiPolygon\",\"count\":99}]");
        assertThat(geometry.get("epsg").asInt()).as("GeoParquet leaves WGS 84 out: OGC:CRS84").isEqualTo(4326);
        JsonNode bbox = geometry.get("bbox");
        assertThat(bbox.get("minX").asDouble()).isCloseTo(3.3079, within(0.0001));
        assertThat(bbox.get("minY").asDouble()).isCloseTo(50.7504, within(0.0001));
        assertThat(bbox.get("maxX").asDouble()).isCloseTo(7.2275, within(0.0001));
        assertThat(bbox.get("maxY").asDouble()).isCloseTo(53.5764, within(0.0001));
        assertThat(geometry.get("empty").asLong()).isZero();

        JsonNode wkt = field(report, "geometry_wkt").get("geometry");
        assertThat(wkt.get("types")).isEqualTo(geometry.get("types"));
        assertThat(wkt.get("epsg").isNull()).as("not described by the geo metadata").isTrue();
    }

    /**
     * 85 of the 428 generalised CBS outlines self-intersect (Eemsdelta, row 3, near 7.0382 53.3051): counted outside
     * the platform by JTS's IsValidOp over WKT that a Python script wrote straight from the GeoJSON, all 85 with the
     * reason "Self-intersection". The WKB and its WKT are read separately and must agree.
     */
    @Test
    void checksTheValidityOfEveryGeometry() {
        JsonNode geometry = field(report, "geometry").get("geometry");
        JsonNode valid = check(report, "geometry-valid", "geometry");

        assertThat(geometry.get("invalid").asLong()).isEqualTo(85);
        assertThat(geometry.get("invalidReason").asString()).isEqualTo("Self-intersection");
        assertThat(geometry.get("invalidRows").toString()).isEqualTo("[3,6,7,10,12]");
        assertThat(valid.get("outcome").asString()).isEqualTo("failed");
        assertThat(valid.get("checked").asLong()).isEqualTo(428);
        assertThat(valid.get("count").asLong()).isEqualTo(85);
        assertThat(valid.get("exampleRows")).isEqualTo(geometry.get("invalidRows"));
        assertThat(field(report, "geometry_wkt").get("geometry").get("invalid")).isEqualTo(geometry.get("invalid"));
    }

    @Test
    void datasetPageShowsTheGeometryProfile() {
        String page = anonymous().get("/datasets/" + datasetId).body();
        String english = anonymous().get("/datasets/" + datasetId + "?lang=en").body();

        assertThat(page).contains("data-check=\"geometry-valid\"", "Geldige geometrie", "Geometrietypen",
                "Coördinatenstelsel: EPSG:4326", "MultiPolygon");
        assertThat(english).contains("Valid geometry", "Geometry types", "Coordinate reference system: EPSG:4326");
    }
}
