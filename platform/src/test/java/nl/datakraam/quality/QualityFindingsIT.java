// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.quality.QualityReports.check;
import static nl.datakraam.quality.QualityReports.rowCheck;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Findings on small files, end to end: upload, ingest, quality job, API. */
class QualityFindingsIT extends PlatformIT {

    private String imported(String name, String csv, String accessLevel) {
        JsonNode job = admin().importFile(Fixtures.file(name, csv, StandardCharsets.UTF_8), name, accessLevel);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private static List<Long> rows(JsonNode result) {
        List<Long> rows = new ArrayList<>();
        for (JsonNode row : result.get("exampleRows")) {
            rows.add(row.asLong());
        }
        return rows;
    }

    /*
     *  row | gemeentecode | aantal_inwoners
     *  ----+--------------+----------------
     *    1 | GM0014       |          238147
     *    2 | GM0037       |       -99999999   CBS: secret / unknown
     *    3 | GM0047       |           12345
     *    4 | GM0034       |       -99999999
     */
    @Test
    void findsTheCbsSentinelWithItsRows() {
        String id = imported("kerncijfers.csv", """
                gemeentecode;aantal_inwoners
                GM0014;238147
                GM0037;-99999999
                GM0047;12345
                GM0034;-99999999
                """, "openbaar");

        JsonNode sentinel = check(awaitReport(anonymous(), id), "sentinel", "aantal_inwoners");

        assertThat(sentinel.get("outcome").asString()).isEqualTo("finding");
        assertThat(sentinel.get("count").asLong()).isEqualTo(2);
        assertThat(rows(sentinel)).containsExactly(2L, 4L);
        assertThat(sentinel.get("values").get(0).asString()).isEqualTo("-99999999");
    }

    /*
     *  row | postcode | huisnummer
     *  ----+----------+-----------
     *    1 | 9712 CP  | 1
     *    2 | 9712 CP  | 2
     *    3 | 9712 CP  | 1            repeats row 1
     *    4 | 1011 AB  | 7
     *    5 | 9712 CP  | 1            repeats row 1
     */
    @Test
    void findsDuplicateRowsWithTheirRows() {
        String id = imported("adressen.csv", """
                postcode;huisnummer
                9712 CP;1
                9712 CP;2
                9712 CP;1
                1011 AB;7
                9712 CP;1
                """, "openbaar");

        JsonNode report = awaitReport(anonymous(), id);
        JsonNode duplicates = rowCheck(report, "duplicate-rows");

        assertThat(duplicates.get("outcome").asString()).isEqualTo("finding");
        assertThat(duplicates.get("count").asLong()).isEqualTo(2);
        assertThat(rows(duplicates)).containsExactly(3L, 5L);
        assertThat(check(report, "postcode", "postcode").get("outcome").asString()).isEqualTo("passed");
    }

    @Test
    void hidesTheQualityOfADatasetTheCallerMayNotRead() {
        String id = imported("intern.csv", "code;waarde\nA;1\nB;2\n", "intern");
        awaitReport(admin(), id);

        assertThat(anonymous().get("/v1/datasets/" + id + "/quality").statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/datasets/" + UUID.randomUUID() + "/quality").statusCode())
                .isEqualTo(404);
    }

    @Test
    void reportsOnTheCurrentVersionAndWhenItWasComputed() {
        String id = imported("meting.csv", "meting;waarde\n1;10\n2;20\n", "openbaar");

        JsonNode report = awaitReport(anonymous(), id);

        JsonNode dataset = ApiClient.json(anonymous().get("/v1/datasets/" + id));
        assertThat(report.get("version").asInt()).isEqualTo(dataset.get("version").asInt());
        assertThat(report.get("computedAt").asString()).isNotBlank();
        assertThat(report.get("summary").get("completeness").asDouble()).isEqualTo(1.0);
    }
}
