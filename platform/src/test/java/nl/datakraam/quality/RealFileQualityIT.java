// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.field;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/** Issue 4, "must show" 1, for the real CSV files: profiles and checks computed after ingest. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealFileQualityIT extends PlatformIT {

    private static final String RIVM = "rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv";
    private static final String RVIG = "rvig_tabel33_gemeententabel.csv";

    private final Map<String, String> datasets = new HashMap<>();

    /** Imports a file of ../shared/data/real once per class, openbaar; returns the dataset id. */
    private String dataset(String file) {
        return datasets.computeIfAbsent(file, name -> {
            JsonNode job = admin().importFile(shared("data/real/" + name), "Kwaliteit " + name, "openbaar");
            assertThat(job.get("status").asString()).as("ingest of %s: %s", name, job).isEqualTo("succeeded");
            return job.get("subjectId").asString();
        });
    }

    @Test
    void profileOfTheRivmFileShowsTheEmptyMunicipalityCodes() {
        JsonNode report = awaitReport(anonymous(), dataset(RIVM));

        JsonNode code = field(report, "municipality_code");
        assertThat(report.get("profile").get("rowCount").asLong()).isEqualTo(68_629);
        assertThat(code.get("nulls").asLong()).isEqualTo(2_244);
        assertThat(code.get("count").asLong()).isEqualTo(68_629 - 2_244);
        assertThat(field(report, "municipality_name").get("nulls").asLong()).isEqualTo(2_244);
        assertThat(code.get("patterns").get(0).get("value").asString()).isEqualTo("AA9999");
    }

    @Test
    void rivmMunicipalityCodesAreAllInTheRvigList() {
        JsonNode gemeentecode = check(awaitReport(anonymous(), dataset(RIVM)), "gemeentecode", "municipality_code");

        assertThat(gemeentecode.get("outcome").asString()).isEqualTo("passed");
        assertThat(gemeentecode.get("checked").asLong()).isEqualTo(68_629 - 2_244);
    }

    @Test
    void rvigGemeentecodesValidateAgainstTheOfficialList() {
        JsonNode report = awaitReport(anonymous(), dataset(RVIG));

        JsonNode gemeentecode = check(report, "gemeentecode", "f_92_10_gemeentecode");
        assertThat(gemeentecode.get("outcome").asString()).isEqualTo("passed");
        assertThat(gemeentecode.get("checked").asLong()).isEqualTo(1_474);
        assertThat(gemeentecode.get("count").asLong()).isZero();
        assertThat(check(report, "key-unique", "f_92_10_gemeentecode").get("outcome").asString())
                .isEqualTo("passed");
    }

    @Test
    void summarisesCompletenessAndValidity() {
        JsonNode summary = awaitReport(anonymous(), dataset(RIVM)).get("summary");

        // 7 fields × 68,629 rows; only Municipality_code and Municipality_name have empty cells (2,244 each)
        assertThat(summary.get("completeness").asDouble()).isCloseTo(1 - 2.0 * 2_244 / (7 * 68_629.0),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(summary.get("validity").asDouble()).isEqualTo(1.0);
    }

    @Test
    void datasetPageShowsTheQualitySection() {
        String id = dataset(RIVM);
        awaitReport(anonymous(), id);

        var page = anonymous().get("/datasets/" + id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"kwaliteit\"", "data-status=\"ready\"", "Kwaliteit",
                "data-field=\"municipality_code\"", "2.244", "Gemeentecode (RvIG-tabel 33 en TOOI-lijst)");
    }

    @Test
    void englishPageShowsTheQualitySectionInEnglish() {
        String id = dataset(RIVM);
        awaitReport(anonymous(), id);

        var page = anonymous().get("/datasets/" + id + "?lang=en");

        assertThat(page.body()).contains("Quality", "Field profiles", "2,244",
                "Municipality code (RvIG table 33 and TOOI list)");
    }
}
