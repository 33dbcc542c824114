// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.quality.infra.TimelinessRescoring;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Update frequency, overdue datasets (with a moved clock) and the data quality history, end to end. */
class ActualiteitIT extends PlatformIT {

    private static final String FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/";

    @Autowired
    Quality quality;

    @Autowired
    TimelinessRescoring rescoring;

    @Test
    void updateFrequencyIsSetByIriOrCodeAndClearedWithNull() throws Exception {
        String id = importCsv("Frequentie " + Instant.now(), "openbaar");

        assertThat(patch(id, "{\"updateFrequency\": \"" + FREQUENCY + "MONTHLY\"}").statusCode()).isEqualTo(200);
        assertThat(json(anonymous().get("/v1/datasets/" + id)).get("updateFrequency").asString())
                .isEqualTo(FREQUENCY + "MONTHLY");

        var byCode = patch(id, "{\"updateFrequency\": \"weekly\"}");
        assertThat(byCode.statusCode()).isEqualTo(200);
        assertThat(json(byCode).get("updateFrequency").asString()).isEqualTo(FREQUENCY + "WEEKLY");
        assertThat(anonymous().get("/datasets/" + id).body()).contains("wekelijks");
        assertThat(anonymous().get("/datasets/" + id + "?lang=en").body()).contains("weekly");

        assertThat(patch(id, "{\"title\": \"Andere titel\"}").statusCode()).isEqualTo(200);
        assertThat(json(admin().get("/v1/datasets/" + id)).get("updateFrequency").asString())
                .as("a patch without the member keeps it").isEqualTo(FREQUENCY + "WEEKLY");

        assertThat(patch(id, "{\"updateFrequency\": null}").statusCode()).isEqualTo(200);
        assertThat(json(admin().get("/v1/datasets/" + id)).get("updateFrequency").isNull()).isTrue();
    }

    @Test
    void anUnknownUpdateFrequencyIsRefusedNamingTheMemberAndTheAllowedValues() throws Exception {
        String id = importCsv("Frequentie fout " + Instant.now(), "openbaar");

        for (String refused : new String[] {"\"fortnightly\"", "\"maandelijks\"", "\"" + FREQUENCY + "monthly\"",
                "\"http://purl.org/cld/freq/monthly\"", "12"}) {
            var answer = patch(id, "{\"updateFrequency\": " + refused + "}");
            assertThat(answer.statusCode()).as(refused).isEqualTo(400);
            JsonNode problem = json(answer);
            assertThat(problem.get("code").asString()).isEqualTo("request.invalid-parameter");
            assertThat(answer.body()).as(refused).contains("updateFrequency");
            if (!refused.equals("12")) {
                assertThat(problem.get("details").get("allowed").values()).extracting(JsonNode::asString)
                        .contains("DAILY", "MONTHLY", "ANNUAL", "IRREG", "UNKNOWN");
            }
        }
        assertThat(json(admin().get("/v1/datasets/" + id)).get("updateFrequency").isNull()).isTrue();
    }

    @Test
    void aStewardChoosesTheFrequencyOnTheMetadataForm() {
        String title = "Formulier " + Instant.now();
        String id = importCsv(title, "openbaar");
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);

        String page = browser.get("/datasets/" + id).body();
        assertThat(page).contains("<select id=\"edit-update-frequency\" name=\"updateFrequency\"",
                "<option value=\"QUARTERLY\">driemaandelijks</option>", "Niet opgegeven");
        var saved = browser.postForm("/datasets/" + id + "/gegevens", Map.of("title", title, "accessLevel",
                "openbaar", "updateFrequency", "QUARTERLY", "_csrf", csrf(page)));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(json(anonymous().get("/v1/datasets/" + id)).get("updateFrequency").asString())
                .isEqualTo(FREQUENCY + "QUARTERLY");
        assertThat(browser.get("/datasets/" + id).body())
                .contains("<option value=\"QUARTERLY\" selected=\"selected\">driemaandelijks</option>");
    }

    @Test
    void datasetsPastTheirDueDateAreOverdueAndListedForWhoMaySeeThem() throws Exception {
        String open = importCsv("Dagelijks openbaar " + Instant.now(), "openbaar");
        String internal = importCsv("Dagelijks intern " + Instant.now(), "intern");
        String monthly = importCsv("Maandelijks " + Instant.now(), "openbaar");
        for (String id : List.of(open, internal)) {
            assertThat(patch(id, "{\"updateFrequency\": \"DAILY\"}").statusCode()).isEqualTo(200);
        }
        assertThat(patch(monthly, "{\"updateFrequency\": \"MONTHLY\"}").statusCode()).isEqualTo(200);
        awaitReport(anonymous(), open);
        awaitReport(admin(), internal);

        assertThat(overdueIds(admin())).doesNotContain(open, internal, monthly);
        JsonNode fresh = json(anonymous().get("/v1/datasets/" + open + "/quality"));
        assertThat(fresh.get("actualiteit").get("overdue").asBoolean()).isFalse();
        assertThat(fresh.get("dataQuality").get("dimensions").get("timeliness").asDouble()).isEqualTo(100.0);
        assertThat(anonymous().get("/datasets/" + open).body()).contains("id=\"on-time-badge\"")
                .doesNotContain("id=\"overdue-badge\"");

        // DAILY: due 1 day + 1 day of grace after the data; 2.5 days later it is half a day (half an interval) late
        clock.moveBy(Duration.ofHours(60));
        try {
            assertThat(overdueIds(admin())).contains(open, internal).doesNotContain(monthly);
            assertThat(overdueIds(anonymous())).contains(open).doesNotContain(internal, monthly);
            assertThat(quality.overdueCount(Caller.anonymous())).isEqualTo(overdueIds(anonymous()).size());
            assertThat(quality.overdue(Caller.administrator("test")).stream().map(o -> o.datasetId().toString()))
                    .contains(open, internal);

            JsonNode late = json(anonymous().get("/v1/datasets/" + open + "/quality"));
            assertThat(late.get("actualiteit").get("overdue").asBoolean()).isTrue();
            assertThat(late.get("dataQuality").get("dimensions").get("timeliness").asDouble())
                    .isCloseTo(50.0, Offset.offset(1.0));

            String page = anonymous().get("/datasets/" + open).body();
            assertThat(page).contains("id=\"overdue-badge\"", "Achterstallig", "id=\"overdue-notice\"");
            assertThat(anonymous().get("/datasets/" + open + "?lang=en").body()).contains("Overdue");
            String list = anonymous().get("/achterstallig").body();
            assertThat(list).contains("Achterstallige datasets", "data-dataset=\"" + open + "\"")
                    .doesNotContain(internal);
            assertThat(new BrowserSession(port).get("/achterstallig").body()).doesNotContain(internal);
        } finally {
            clock.reset();
        }
        assertThat(overdueIds(admin())).doesNotContain(open, internal);
    }

    @Test
    void eachNewVersionAddsAnAssessmentToTheHistory() {
        String id = importCsv("Historie " + Instant.now(), "openbaar");
        awaitReport(anonymous(), id);
        assertThat(json(anonymous().get("/v1/datasets/" + id + "/quality/history")).get("items").size()).isEqualTo(1);

        // version 2: one of two rows empty in one of two fields, so completeness 100 × 3 / 4 = 75.0
        var file = Fixtures.file("historie.csv", "wijk;aantal\nCentrum;4\nNoord;\n", StandardCharsets.UTF_8);
        var response = admin().upload("/v1/datasets/" + id + "/versions", file, Map.of("mode", "replace"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        admin().awaitJob(json(response).get("jobId").asString());
        JsonNode report = awaitReport(anonymous(), id);

        assertThat(report.get("dataQuality").get("dimensions").get("completeness").asDouble()).isEqualTo(75.0);
        assertThat(report.get("dataQualityHistory").asString()).isEqualTo("/v1/datasets/" + id + "/quality/history");
        JsonNode history = json(anonymous().get("/v1/datasets/" + id + "/quality/history")).get("items");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(history.get(0).get("dimensions").get("completeness").asDouble()).isEqualTo(75.0);
        assertThat(history.get(1).get("version").asInt()).isEqualTo(1);
        assertThat(history.get(1).get("dimensions").get("completeness").asDouble()).isEqualTo(100.0);
        assertThat(history.get(0).get("formulaVersion").asInt()).isEqualTo(1);
        assertThat(anonymous().get("/datasets/" + id).body()).contains("Eerdere scores", "Datakwaliteitsscore");
    }

    /*
     * The recurring task (daily) judges timeliness again against the clock and records a point only when the score
     * changes: once for the newly declared frequency, once half a day past the due date, never when nothing changed.
     */
    @Test
    void theRecurringRescoringRecordsAHistoryPointOnlyWhenTimelinessChanges() throws Exception {
        String id = importCsv("Tijdigheid " + Instant.now(), "openbaar");
        awaitReport(anonymous(), id);
        assertThat(patch(id, "{\"updateFrequency\": \"DAILY\"}").statusCode()).isEqualTo(200);
        Instant lastData = quality.actualiteit(new DatasetId(java.util.UUID.fromString(id)), Caller.anonymous())
                .lastDataAt();
        assertThat(history(id)).extracting(point -> point.get("dimensions").get("timeliness").isNull())
                .as("assessed before the frequency was declared").containsExactly(true);

        try {
            clock.freezeAt(lastData.plus(Duration.ofHours(1)));
            rescoring.rescore();
            assertThat(timeliness(history(id))).containsExactly(100.0, null);
            rescoring.rescore();
            assertThat(history(id)).as("nothing changed, nothing recorded").hasSize(2);

            // DAILY: due 2 days after the data; 60 hours after it, half an interval late
            clock.freezeAt(lastData.plus(Duration.ofHours(60)));
            rescoring.rescore();
            rescoring.rescore();
            List<JsonNode> late = history(id);
            assertThat(timeliness(late)).containsExactly(50.0, 100.0, null);
            assertThat(late.get(0).get("assessedAt").asString()).isEqualTo(
                    lastData.plus(Duration.ofHours(60)).toString());
            assertThat(late.get(0).get("dimensions").get("completeness").asDouble()).isEqualTo(100.0);
            assertThat(json(anonymous().get("/v1/datasets/" + id + "/quality")).get("actualiteit").get("overdue")
                    .asBoolean()).isTrue();

            clock.freezeAt(lastData.plus(Duration.ofDays(30)));
            rescoring.rescore();
            rescoring.rescore();
            assertThat(timeliness(history(id))).as("0 once a whole interval late, then no further points")
                    .containsExactly(0.0, 50.0, 100.0, null);
        } finally {
            clock.reset();
        }
    }

    @Test
    void theHistoryOfADatasetTheCallerMayNotSeeIsNotFound() {
        String id = importCsv("Historie intern " + Instant.now(), "intern");

        assertThat(anonymous().get("/v1/datasets/" + id + "/quality/history").statusCode()).isEqualTo(404);
        assertThat(admin().get("/v1/datasets/" + id + "/quality/history").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormulaPageExplainsTheScoreAndTheDueDatesInBothLanguages() {
        String dutch = anonymous().get("/kwaliteit/formule").body();
        assertThat(dutch).contains("Zo berekenen we de datakwaliteitsscore", "formule versie 1", "Volledigheid",
                "Tijdigheid", "data-frequency=\"MONTHLY\"", "1 maand", "7 dagen", "onregelmatig");
        String english = anonymous().get("/kwaliteit/formule?lang=en").body();
        assertThat(english).contains("How we compute the data quality score", "formula version 1", "Completeness",
                "Timeliness", "1 month", "7 days", "irregular");
    }

    private String importCsv(String title, String accessLevel) {
        var file = Fixtures.file("actualiteit.csv", "wijk;aantal\nCentrum;4\nNoord;7\n", StandardCharsets.UTF_8);
        JsonNode job = admin().importFile(file, title, accessLevel);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private List<JsonNode> history(String id) {
        List<JsonNode> items = new ArrayList<>();
        json(anonymous().get("/v1/datasets/" + id + "/quality/history")).get("items").forEach(items::add);
        return items;
    }

    private static List<Double> timeliness(List<JsonNode> history) {
        List<Double> values = new ArrayList<>();
        history.forEach(point -> values.add(point.get("dimensions").get("timeliness").isNull() ? null
                : point.get("dimensions").get("timeliness").asDouble()));
        return values;
    }

    private List<String> overdueIds(nl.datakraam.support.ApiClient client) {
        var response = client.get("/v1/quality/overdue");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        List<String> ids = new ArrayList<>();
        body.get("items").forEach(item -> ids.add(item.get("id").asString()));
        assertThat(body.get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private HttpResponse<String> patch(String id, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/datasets/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .header("Authorization", "Bearer " + TOKEN)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        var matcher = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
