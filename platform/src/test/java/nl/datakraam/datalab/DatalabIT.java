// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.SharedFiles;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The builder, charts and dashboards through the API and the pages: builder answers against figures computed here
 * from the real RIVM file, access (nothing of an intern dataset reaches the anonymous caller or a partner; openbaar
 * only over openbaar), escaped titles, texts and values, and the embed page's frame policy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatalabIT extends PlatformIT {

    private String rivm;
    private String intern;
    private String confidential;

    @BeforeAll
    void importDatasets() {
        Path file = SharedFiles.shared("data/real/rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv");
        JsonNode job = admin().importFile(file, "COVID-19 per gemeente (datalab)", "openbaar");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        rivm = table(job);
        intern = table(admin().importFile(Fixtures.file("geheim.csv", """
                regio;bedrag
                Noord;4242
                Zuid;1717
                """, StandardCharsets.UTF_8), "Interne subsidies (datalab)", "intern"));
        confidential = table(admin().importFile(Fixtures.file("vertrouwelijk.csv", """
                regio;bedrag
                Oost;9191
                """, StandardCharsets.UTF_8), "Vertrouwelijke subsidies (datalab)", "vertrouwelijk"));
    }

    private String table(JsonNode job) {
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("tableName").asString();
    }

    /**
     * Sum of Total_reported per Province on the file's last date: 12 provinces. Computed here from the CSV, and by
     * the builder over the ingested Parquet, anonymously (the dataset is openbaar).
     */
    @Test
    void builderAnswersAgreeWithTheFile() throws IOException {
        Path file = SharedFiles.shared("data/real/rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv");
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String last = lines.stream().skip(1).map(line -> line.split(";", -1)[0]).max(String::compareTo).orElseThrow();
        Map<String, Long> expected = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(";", -1);
            if (cells[0].equals(last)) {
                expected.merge(cells[3], Long.parseLong(cells[4]), Long::sum);
            }
        }
        assertThat(expected).hasSize(12);

        var response = anonymous().postJson("/v1/builder", Map.of("dataset", rivm,
                "filters", List.of(Map.of("field", "date_of_report", "operator", "eq", "value", last)),
                "groups", List.of(Map.of("field", "province")),
                "measures", List.of(Map.of("aggregate", "sum", "field", "total_reported"),
                        Map.of("aggregate", "count")),
                "sort", Map.of("column", "som_total_reported", "descending", true)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = json(response);
        assertThat(answer.get("sql").asString()).contains("\"province\"", "sum(\"total_reported\")", "GROUP BY");
        Map<String, Long> actual = new TreeMap<>();
        long previous = Long.MAX_VALUE;
        for (JsonNode row : answer.get("result").get("rows")) {
            actual.put(row.get(0).asString(), row.get(1).asLong());
            assertThat(row.get(1).asLong()).as("sorted descending").isLessThanOrEqualTo(previous);
            previous = row.get(1).asLong();
        }
        assertThat(actual).isEqualTo(expected);

        // the page says the same, without JavaScript
        var page = anonymous().get("/datalab/bouwer?dataset=" + rivm + "&gf=province&ma=sum&mf=total_reported"
                + "&ff=date_of_report&fo=eq&fv=" + last.replace(" ", "%20") + "&run=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"builder-result\"", "sum(&quot;total_reported&quot;)",
                "/datalab/queries/nieuw?sql=", "/datalab/sql?sql=");
        String groningen = String.valueOf(expected.get("Groningen"));
        assertThat(page.body()).contains(">" + groningen + "<").doesNotContain("??");
        var english = anonymous().get("/datalab/bouwer?lang=en&dataset=" + rivm + "&choose=1");
        assertThat(english.body()).contains("Ask without SQL", "whole number", "is between").doesNotContain("??");
        for (String path : List.of("/datalab", "/datalab/dashboards", "/datalab/grafieken")) {
            var landing = anonymous().get(path + "?lang=en");
            assertThat(landing.statusCode()).as(path).isEqualTo(200);
            assertThat(landing.body()).as(path).doesNotContain("??");
        }
    }

    @Test
    void builderRefusesUnknownFieldsAndDatasetsClearly() {
        var field = anonymous().postJson("/v1/builder", Map.of("dataset", rivm,
                "groups", List.of(Map.of("field", "province\" FROM x; --"))));
        assertThat(field.statusCode()).isEqualTo(400);
        assertThat(json(field).get("code").asString()).isEqualTo("datalab.invalid");
        assertThat(field.body()).contains("datalab.unknown-field");
        var dataset = anonymous().postJson("/v1/builder", Map.of("dataset", intern));
        assertThat(dataset.statusCode()).isEqualTo(404);
        assertThat(dataset.body()).doesNotContain("4242");
        var value = anonymous().postJson("/v1/builder", Map.of("dataset", rivm, "filters", List.of(Map.of("field",
                "total_reported", "operator", "gt", "value", "1 OR 1=1"))));
        assertThat(value.statusCode()).isEqualTo(400);
        assertThat(value.body()).contains("datalab.value-type");
        // an unknown choice names what was asked and what may be chosen (user test)
        var median = anonymous().postJson("/v1/builder", Map.of("dataset", rivm, "measures",
                List.of(Map.of("aggregate", "median", "field", "total_reported"))));
        assertThat(median.statusCode()).isEqualTo(400);
        assertThat(json(median).get("messageCode").asString()).isEqualTo("request.parameter-choice");
        assertThat(json(median).get("detail").asString()).contains("aggregate", "count-distinct", "max");
        var week = anonymous().postJson("/v1/builder", Map.of("dataset", rivm, "groups",
                List.of(Map.of("field", "date_of_report", "part", "week"))));
        assertThat(json(week).get("detail").asString()).contains("part", "year", "month");

        // a question is a read: a medewerker's read-only key may ask one (over intern data too), not make a chart
        ApiClient readOnly = accounts().create("lezer", "medewerker").api();
        var asked = readOnly.postJson("/v1/builder", Map.of("dataset", intern, "measures",
                List.of(Map.of("aggregate", "sum", "field", "bedrag"))));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(json(asked).get("result").get("rows").get(0).get(0).asLong()).isEqualTo(5959);
        assertThat(json(readOnly.postJson("/v1/charts", Map.of("title", "x", "sql", "SELECT 1 AS y"))).get("code")
                .asString()).isEqualTo("access.key-read-only");
    }

    @Test
    void anonymousSeesNothingOfAnInternChartOrDashboard() {
        String chart = created(admin().postJson("/v1/charts", Map.of("title", "Intern bedrag", "accessLevel", "intern",
                "type", "bar", "builder", Map.of("dataset", intern, "groups", List.of(Map.of("field", "regio")),
                        "measures", List.of(Map.of("aggregate", "sum", "field", "bedrag"))))));
        String dashboard = created(admin().postJson("/v1/dashboards", Map.of("title", "Intern dashboard",
                "accessLevel", "intern", "items", List.of(Map.of("kind", "chart", "chartId", chart, "width", 2),
                        Map.of("kind", "figure", "label", "Totaal", "sql", "SELECT sum(bedrag) FROM " + intern)))));
        ApiClient partner = accounts().create("partner", List.of("partner"), List.of(), "datalab-org").api();
        assertThat(json(admin().get("/v1/charts/" + chart)).get("accessLevel").asString())
                .as("the wire value, as datasets and maps have it").isEqualTo("intern");
        assertThat(json(admin().get("/v1/dashboards/" + dashboard)).get("accessLevel").asString()).isEqualTo("intern");

        for (ApiClient outsider : List.of(anonymous(), partner)) {
            assertThat(outsider.get("/v1/charts/" + chart).statusCode()).isEqualTo(404);
            var data = outsider.get("/v1/charts/" + chart + "/data");
            assertThat(data.statusCode()).isEqualTo(404);
            assertThat(data.body()).doesNotContain("4242");
            assertThat(outsider.get("/v1/dashboards/" + dashboard).statusCode()).isEqualTo(404);
            assertThat(json(outsider.get("/v1/charts")).toString()).doesNotContain(chart);
            assertThat(json(outsider.get("/v1/dashboards")).toString()).doesNotContain(dashboard);
        }
        var page = anonymous().get("/datalab/grafieken/" + chart);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("4242", "Noord");
        var dashboardPage = anonymous().get("/datalab/dashboards/" + dashboard);
        assertThat(dashboardPage.statusCode()).isEqualTo(404);
        assertThat(dashboardPage.body()).doesNotContain("4242", "5959");

        // staff see it, with the data
        ApiClient staff = accounts().create("medewerker", "medewerker").api();
        assertThat(json(staff.get("/v1/charts/" + chart + "/data")).get("rows").toString()).contains("4242");
        var staffPage = accounts().create("medewerker", "medewerker").browser().get("/datalab/dashboards/"
                + dashboard);
        assertThat(staffPage.body()).contains(">4242<", "5.959");
    }

    @Test
    void aChartOverDataTheViewerMayNotReadSaysSoWithoutRows() {
        String chart = created(admin().postJson("/v1/charts", Map.of("title", "Over vertrouwelijk",
                "accessLevel", "intern", "sql", "SELECT regio, bedrag FROM " + confidential)));
        var staff = accounts().create("medewerker", "medewerker");
        assertThat(staff.api().get("/v1/charts/" + chart).statusCode()).isEqualTo(200);
        var data = staff.api().get("/v1/charts/" + chart + "/data");
        assertThat(data.statusCode()).isEqualTo(403);
        assertThat(json(data).get("code").asString()).isEqualTo("datalab.data-unavailable");
        assertThat(data.body()).doesNotContain("9191", confidential);
        JsonNode shown = json(staff.api().get("/v1/charts/" + chart));
        assertThat(shown.get("sql").asString()).isEmpty();
        assertThat(shown.toString()).doesNotContain(confidential);
        assertThat(json(staff.api().get("/v1/charts")).toString()).doesNotContain(confidential);
        var page = staff.browser().get("/datalab/grafieken/" + chart);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("class=\"datalab-unavailable\"").doesNotContain("9191", "<tbody>",
                confidential);
    }

    @Test
    void openbaarOnlyOverOpenbaarData() {
        var chart = admin().postJson("/v1/charts", Map.of("title", "Intern als openbaar", "accessLevel", "openbaar",
                "sql", "SELECT regio, bedrag FROM " + intern));
        assertThat(chart.statusCode()).isEqualTo(409);
        assertThat(json(chart).get("code").asString()).isEqualTo("datalab.not-public");

        String internChart = created(admin().postJson("/v1/charts", Map.of("title", "Intern", "accessLevel",
                "intern", "sql", "SELECT regio, bedrag FROM " + intern)));
        String openChart = created(admin().postJson("/v1/charts", Map.of("title", "Open", "accessLevel", "openbaar",
                "type", "pie", "builder", Map.of("dataset", rivm, "groups", List.of(Map.of("field", "province")),
                        "measures", List.of(Map.of("aggregate", "count"))))));
        var refused = admin().postJson("/v1/dashboards", Map.of("title", "Openbaar met intern", "accessLevel",
                "openbaar", "items", List.of(Map.of("kind", "chart", "chartId", openChart),
                        Map.of("kind", "chart", "chartId", internChart))));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("datalab.not-public-item");
        var figure = admin().postJson("/v1/dashboards", Map.of("title", "Openbaar kengetal", "accessLevel",
                "openbaar", "items", List.of(Map.of("kind", "figure", "label", "Totaal", "sql",
                        "SELECT sum(bedrag) FROM " + intern))));
        assertThat(figure.statusCode()).isEqualTo(409);
        assertThat(json(admin().get("/v1/dashboards")).toString()).doesNotContain("Openbaar met intern",
                "Openbaar kengetal");

        String open = created(admin().postJson("/v1/dashboards", Map.of("title", "Open dashboard", "accessLevel",
                "openbaar", "items", List.of(Map.of("kind", "chart", "chartId", openChart, "width", 3)))));
        assertThat(anonymous().get("/v1/dashboards/" + open).statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/datalab/dashboards").body()).contains("Open dashboard");
        assertThat(anonymous().get("/datalab/dashboards/" + open).body()).contains("data-chart-id=\"" + openChart);
        assertThat(json(anonymous().get("/v1/charts/" + openChart + "/data")).get("rows")).hasSize(12);
    }

    @Test
    void titlesTextsAndValuesAreEscaped() {
        String attack = "<script>alert(1)</script>";
        String chart = created(admin().postJson("/v1/charts", Map.of("title", attack, "description",
                "<img src=x onerror=alert(2)>", "accessLevel", "openbaar", "type", "bar",
                "sql", "SELECT '<b onmouseover=alert(3)>x</b>' AS naam, 1 AS waarde")));
        String dashboard = created(admin().postJson("/v1/dashboards", Map.of("title", attack, "description",
                attack, "accessLevel", "openbaar", "items", List.of(
                        Map.of("kind", "chart", "chartId", chart),
                        Map.of("kind", "text", "label", attack, "text",
                                "<script>alert(4)</script> **vet** [link](javascript:alert(5))\n\n- <i>een</i>"),
                        Map.of("kind", "figure", "label", attack, "unit", "<u>x</u>", "sql",
                                "SELECT '<svg onload=alert(6)>'")))));
        for (String page : List.of("/datalab/grafieken/" + chart, "/datalab/grafieken/" + chart + "/embed",
                "/datalab/dashboards/" + dashboard, "/datalab/dashboards", "/datalab/grafieken")) {
            String html = anonymous().get(page).body();
            assertThat(html).as(page).doesNotContain("<script>alert", "<img src=x", "<b onmouseover", "<i>een",
                    "<svg onload", "<u>x", "href=\"javascript");
        }
        String html = anonymous().get("/datalab/dashboards/" + dashboard).body();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;script&gt;alert(4)&lt;/script&gt;",
                "<strong>vet</strong>", "<li>&lt;i&gt;een&lt;/i&gt;</li>", "&lt;b onmouseover=alert(3)&gt;x&lt;/b&gt;",
                "&lt;svg onload=alert(6)&gt;");
        // the API gives the texts as they were written: JSON, for the script to put in as text
        assertThat(json(anonymous().get("/v1/charts/" + chart)).get("title").asString()).isEqualTo(attack);
    }

    @Test
    void onlyTheEmbedPageOfAnOpenbaarChartMayBeFramed() {
        String open = created(admin().postJson("/v1/charts", Map.of("title", "Insluitbaar", "accessLevel",
                "openbaar", "sql", "SELECT 'a' AS x, 1 AS y")));
        String closed = created(admin().postJson("/v1/charts", Map.of("title", "Niet insluitbaar", "accessLevel",
                "intern", "sql", "SELECT 'a' AS x, 1 AS y")));
        var embed = anonymous().get("/datalab/grafieken/" + open + "/embed");
        assertThat(embed.statusCode()).isEqualTo(200);
        assertThat(embed.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors *")
                .contains("script-src 'self'", "form-action 'none'");
        assertThat(embed.body()).contains("class=\"datalab-chart\"", "/js/datalab-chart.js");
        assertThat(anonymous().get("/datalab/grafieken/" + open).headers().firstValue("Content-Security-Policy")
                .orElseThrow()).contains("frame-ancestors 'none'");
        var internEmbed = admin().get("/datalab/grafieken/" + closed + "/embed");
        assertThat(internEmbed.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(anonymous().get("/webjars/echarts/5.3.1/dist/echarts.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheOwnerOrABeheerderChangesAChart() {
        TestAccounts.Account owner = accounts().create("eigenaar", "data-eigenaar");
        String chart = created(owner.api().postJson("/v1/charts", Map.of("title", "Van mij", "accessLevel", "intern",
                "sql", "SELECT 'a' AS x, 1 AS y")));
        ApiClient other = accounts().create("ander", "data-eigenaar").api();
        assertThat(other.putJson("/v1/charts/" + chart, Map.of("title", "Van mij nu", "sql", "SELECT 1 AS y"))
                .statusCode()).isEqualTo(403);
        assertThat(other.delete("/v1/charts/" + chart).statusCode()).isEqualTo(403);
        Map<String, Object> change = new HashMap<>(Map.of("title", "Nieuw", "type", "line", "accessLevel", "intern",
                "sql", "SELECT 'a' AS x, 2 AS y"));
        var changed = owner.api().putJson("/v1/charts/" + chart, change);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("type").asString()).isEqualTo("line");
        assertThat(admin().delete("/v1/charts/" + chart).statusCode()).isEqualTo(204);
        assertThat(owner.api().get("/v1/charts/" + chart).statusCode()).isEqualTo(404);
        String audit = admin().get("/v1/audit").body();
        assertThat(audit).contains("chart.create", "chart.update", "chart.delete");
    }

    /** The chart form: a new chart from SQL, then changed through the edit page by its owner only. */
    @Test
    void chartsAreMadeAndChangedThroughTheForm() {
        var owner = accounts().create("vormer", "medewerker");
        var session = owner.browser();
        String sql = "SELECT 'a' AS x, 1 AS y, 2 AS z";
        String form = "/datalab/grafieken/nieuw?sql=" + java.net.URLEncoder.encode(sql, StandardCharsets.UTF_8);
        assertThat(session.get(form).body()).contains("id=\"chart-x\"", "value=\"z\"");
        var made = session.submitFormFrom(form, "/datalab/grafieken", Map.of("title", "Vorm", "accessLevel",
                "intern", "type", "line", "sql", sql, "x", "x", "values", "y"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(302);
        String path = made.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        String edit = path + "/bewerken";
        assertThat(session.get(edit).body()).contains("value=\"Vorm\"");
        var refused = session.submitFormFrom(edit, path, Map.of("title", "", "sql", sql));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"chart-error\"");
        var changed = session.submitFormFrom(edit, path, Map.of("title", "Vorm 2", "accessLevel", "intern", "type",
                "area", "sql", sql, "x", "x", "values", "z"));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(session.get(path).body()).contains("<h1>Vorm 2</h1>", "vlakdiagram");
        var other = accounts().create("ander", "medewerker").browser();
        assertThat(other.get(edit).statusCode()).isEqualTo(403);
    }

    /** The builder's "as key figure" link: a new dashboard's form with the question in it, saved without SQL. */
    @Test
    void aKeyFigureFromABuilderQuestionThroughTheForm() {
        var staff = accounts().create("kengetal", "medewerker").browser();
        String question = "{\"dataset\":\"" + rivm + "\",\"measures\":[{\"aggregate\":\"count\"}]}";
        String form = "/datalab/dashboards/nieuw?figure=" + java.net.URLEncoder.encode(question,
                StandardCharsets.UTF_8);
        assertThat(staff.get(form).body()).contains("name=\"ib\"", "id=\"isql1\"");
        var saved = staff.submitFormFrom(form, "/datalab/dashboards", Map.of("title", "Meldingen", "accessLevel",
                "openbaar", "ik", "figure", "iw", "1", "il", "Rijen in het bestand", "iu", "rijen", "ib", question));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String page = anonymous().get(saved.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("class=\"key-figure\"", "68.629", "rijen", "Rijen in het bestand");
    }

    private static String created(java.net.http.HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }
}
