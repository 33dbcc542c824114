// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.field;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The geometry profile of geodata in RD New: Provincie Zuid-Holland's nitrogen grid for greenhouses (GeoPackage,
 * EPSG:28992, 7,312 cells of 500 × 500 m). Read with Python's sqlite3 from the GeoPackage itself, every geometry is
 * a WKB Polygon and their envelopes run from x 49,500 to 138,500 and y 408,000 to 481,500 metres.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeoPackageQualityIT extends PlatformIT {

    private JsonNode report;

    @BeforeAll
    void importTheGrid() {
        JsonNode job = admin().importFile(shared("data/real/pzh_stikstof_glastuinbouw_rd.gpkg"),
                "Kwaliteit stikstof glastuinbouw", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        report = awaitReport(anonymous(), job.get("subjectId").asString());
    }

    @Test
    void profilesTheRdCopyInMetresInsideTheNetherlands() {
        JsonNode rd = field(report, "geometry_rd").get("geometry");

        assertThat(rd.get("types").toString()).isEqualTo("[{\"value\":\"Polygon\",\"count\":7312}]");
        assertThat(rd.get("epsg").asInt()).isEqualTo(28992);
        JsonNode bbox = rd.get("bbox");
        assertThat(bbox.get("minX").asDouble()).isCloseTo(49_500, within(0.01));
        assertThat(bbox.get("minY").asDouble()).isCloseTo(408_000, within(0.01));
        assertThat(bbox.get("maxX").asDouble()).isCloseTo(138_500, within(0.01));
        assertThat(bbox.get("maxY").asDouble()).isCloseTo(481_500, within(0.01));
        assertThat(rd.get("empty").asLong()).isZero();
        assertThat(rd.get("invalid").asLong()).as("square cells").isZero();
    }

    /** The WGS 84 copy lies in Zuid-Holland, as GeodataImportIT finds from its bbox column. */
    @Test
    void profilesTheWgs84CopyInDegreesInsideZuidHolland() {
        JsonNode wgs84 = field(report, "geometry").get("geometry");

        assertThat(wgs84.get("epsg").asInt()).isEqualTo(4326);
        JsonNode bbox = wgs84.get("bbox");
        assertThat(bbox.get("minX").asDouble()).isBetween(3.83, 5.16);
        assertThat(bbox.get("maxX").asDouble()).isBetween(3.83, 5.16);
        assertThat(bbox.get("minY").asDouble()).isBetween(51.65, 52.33);
        assertThat(bbox.get("maxY").asDouble()).isBetween(51.65, 52.33);
        assertThat(check(report, "geometry-valid", "geometry").get("outcome").asString()).isEqualTo("passed");
        assertThat(check(report, "geometry-valid", "geometry").get("checked").asLong()).isEqualTo(7312);
        assertThat(report.get("checks").valueStream()
                .filter(result -> result.get("check").asString().equals("geometry-valid"))
                .map(result -> result.get("fields").get(0).asString()))
                .as("one validity check per geometry, not per stored copy").containsExactly("geometry");
    }
}
