// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.field;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.web.util.HtmlUtils;
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
    void dataQualityScoreOfTheRivmFile() {
        JsonNode report = awaitReport(anonymous(), dataset(RIVM));
        JsonNode quality = report.get("dataQuality");
        JsonNode dimensions = quality.get("dimensions");

        // completeness: 7 fields × 68,629 rows = 480,403 cells, of which 2 × 2,244 empty (Municipality_code and
        // Municipality_name): 100 × 475,915 / 480,403 = 99.0658 → 99.1
        double completeness = 100.0 * (7 * 68_629 - 2 * 2_244) / (7 * 68_629);
        assertThat(completeness).isCloseTo(99.0658, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(dimensions.get("completeness").asDouble()).isEqualTo(99.1);
        // validity: the one rule check, gemeentecode, passed all 66,385 codes → 100
        assertThat(check(report, "gemeentecode", "municipality_code").get("checked").asLong()).isEqualTo(66_385);
        assertThat(dimensions.get("validity").asDouble()).isEqualTo(100.0);
        // uniqueness: no repeated row among 68,629, no key field → 100
        assertThat(QualityReports.rowCheck(report, "duplicate-rows").get("count").asLong()).isZero();
        assertThat(dimensions.get("uniqueness").asDouble()).isEqualTo(100.0);
        // timeliness: no update frequency declared → not assessed; total (99.0658 + 100 + 100) / 3 = 99.6886 → 99.7
        assertThat(dimensions.get("timeliness").isNull()).isTrue();
        assertThat(quality.get("total").asDouble()).isEqualTo(99.7);
        assertThat(quality.get("formulaVersion").asInt()).isEqualTo(1);
        assertThat(quality.get("assessedAt").asString()).isNotBlank();
        JsonNode history = ApiClient.json(anonymous().get("/v1/datasets/" + dataset(RIVM) + "/quality/history"));
        assertThat(history.get("items").get(0).get("dimensions").get("completeness").asDouble()).isEqualTo(99.1);
        assertThat(anonymous().get("/datasets/" + dataset(RIVM)).body()).contains("Datakwaliteitsscore",
                "id=\"dq-completeness\">99,1 van 100", "id=\"dq-timeliness\">niet beoordeeld");
        assertThat(anonymous().get("/datasets/" + dataset(RIVM) + "?lang=en").body()).contains("Data quality score",
                "99.1 out of 100", "not assessed");
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

    @Test
    void theProfileSaysEveryFigureInTheNumberFormatOfThePagesLanguage() {
        Path file = Fixtures.file("bedragen.csv", "post;bedrag\na;1234,5\nb;2500,25\nc;10000\nd;1500\n",
                StandardCharsets.UTF_8);
        JsonNode job = admin().importFile(file, "Bedragen met decimalen", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        String id = job.get("subjectId").asString();
        awaitReport(anonymous(), id);

        String dutch = profileRow(HtmlUtils.htmlUnescape(anonymous().get("/datasets/" + id).body()), "bedrag");
        assertThat(dutch).contains(">1.234,5<", ">10.000<", ">3.808,69<", ">2.000,125<")
                .doesNotContain("1234.5", "2000.125", "3808", "10000");
        String english = profileRow(HtmlUtils.htmlUnescape(anonymous().get("/datasets/" + id + "?lang=en").body()),
                "bedrag");
        assertThat(english).contains(">1,234.5<", ">10,000<", ">3,808.69<", ">2,000.125<")
                .doesNotContain("1234.5", "2000.125");
        String details = HtmlUtils.htmlUnescape(anonymous().get("/datasets/" + id).body());
        assertThat(details).contains("50% 2.000,125").doesNotContain("2000.125", "1234.5");
        assertThat(details.substring(details.indexOf("class=\"preview\""))).as("the first rows")
                .contains(">1.234,5<", ">2.500,25<", ">10.000<");
    }

    /** The row of a field in a page's profile table. */
    private static String profileRow(String page, String field) {
        int start = page.indexOf("<tr data-field=\"" + field + "\"");
        assertThat(start).as("profile row of %s", field).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
