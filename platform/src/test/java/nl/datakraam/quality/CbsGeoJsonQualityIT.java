// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.field;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

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

    @BeforeAll
    void importTheMunicipalities() {
        JsonNode job = admin().importFile(shared("data/real/cbs_pdok_gemeenten_2022_v1_wgs84.json"),
                "Kwaliteit CBS gemeenten 2022", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        report = awaitReport(anonymous(), job.get("subjectId").asString());
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
}
