// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.datakraam.support.Browser;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, "must show" 2: the RIVM's cumulative COVID-19 counts per gemeente (15 September 2020) joined by gemeentecode
 * to the CBS gemeenten boundaries of 2022, drawn as a choropleth of the province of Groningen.
 *
 * <p>The two files disagree on the map of Groningen: RIVM (2020) still has Appingedam (GM0003), Delfzijl (GM0010) and
 * Loppersum (GM0024), which merged into Eemsdelta (GM1979) on 1 January 2021; CBS 2022 has Eemsdelta only. The map does
 * not guess: Eemsdelta is shown as "geen gegevens" (hatched grey, in the legend), and the three codes of the figures
 * that no boundary has are reported on the page. The province is chosen by SQL (the CBS file carries no province): the
 * gemeenten RIVM lists under Groningen, and Eemsdelta. The expected figures are read from the CSV here, line by line,
 * independently of the platform.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CovidChoroplethIT extends PlatformIT {

    private static final Path RIVM = shared("data/real/rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv");
    private static final Path CBS = shared("data/real/cbs_pdok_gemeenten_2022_v1_wgs84.json");

    /** The ten gemeenten of the province of Groningen in 2022 (CBS Gebiedsindelingen 2022). */
    private static final List<String> GRONINGEN_2022 = List.of("GM0014", "GM0037", "GM0047", "GM0765", "GM1895",
            "GM1950", "GM1952", "GM1966", "GM1969", "GM1979");

    private String boundaries;
    private String rivm;
    private String rivmTable;
    private String mapId;
    /** Gemeentecode → Total_reported on the last day, province Groningen, from the CSV. */
    private final Map<String, Long> expected = new TreeMap<>();
    private String lastDay;

    @BeforeAll
    void importTheFilesAndMakeTheMap() throws IOException {
        readTheCsvIndependently();
        JsonNode cbsJob = admin().importFile(CBS, "CBS gemeenten 2022 (kaart)", "openbaar");
        assertThat(cbsJob.get("status").asString()).as(cbsJob.toString()).isEqualTo("succeeded");
        boundaries = cbsJob.get("subjectId").asString();
        JsonNode rivmJob = admin().importFile(RIVM, "RIVM COVID-19 per gemeente (kaart)", "openbaar");
        assertThat(rivmJob.get("status").asString()).as(rivmJob.toString()).isEqualTo("succeeded");
        rivm = rivmJob.get("subjectId").asString();
        rivmTable = json(admin().get("/v1/datasets/" + rivm)).get("tableName").asString();

        var response = admin().postJson("/v1/maps", draft("openbaar", figureSql(), areaSql()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        mapId = json(response).get("id").asString();
    }

    /** The last day's rows of the province of Groningen: code → Total_reported (empty codes left out). */
    private void readTheCsvIndependently() throws IOException {
        List<String> lines = Files.readAllLines(RIVM, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.getFirst().split(";", -1));
        int date = header.indexOf("Date_of_report");
        int code = header.indexOf("Municipality_code");
        int province = header.indexOf("Province");
        int total = header.indexOf("Total_reported");
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                rows.add(line.split(";", -1));
            }
        }
        lastDay = rows.stream().map(r -> r[date]).max(String::compareTo).orElseThrow();
        for (String[] row : rows) {
            if (row[date].equals(lastDay) && row[province].equals("Groningen") && !row[code].isEmpty()) {
                expected.put(row[code], Long.parseLong(row[total]));
            }
        }
        assertThat(lastDay).isEqualTo("2020-09-15 10:00:00");
        assertThat(expected).hasSize(12).containsEntry("GM0014", 483L).containsEntry("GM0003", 10L);
    }

    private String figureSql() {
        return """
                SELECT Municipality_code, Total_reported FROM %1$s
                WHERE Province = 'Groningen' AND Date_of_report = (SELECT max(Date_of_report) FROM %1$s);
                """.formatted(rivmTable);
    }

    /** The gemeenten RIVM lists under Groningen, and Eemsdelta (2021: Appingedam, Delfzijl, Loppersum). */
    private String areaSql() {
        return "SELECT Municipality_code FROM " + rivmTable + " WHERE Province = 'Groningen' UNION ALL SELECT 'GM1979'";
    }

    private Map<String, Object> draft(String accessLevel, String figureSql, String areaSql) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "choropleth");
        spec.put("baseMap", true);
        spec.put("dataset", boundaries);
        spec.put("filter", Map.of("water", "NEE"));
        spec.put("codeField", "gemeentecode");
        spec.put("nameField", "gemeentenaam");
        spec.put("level", "gemeente");
        spec.put("areaSql", areaSql);
        spec.put("figureSql", figureSql);
        spec.put("valueLabel", "Gemelde besmettingen t/m 15-09-2020");
        spec.put("classification", "quantile");
        spec.put("classes", 5);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "COVID-19 per gemeente, provincie Groningen");
        draft.put("description", "Cumulatief gemelde besmettingen (RIVM) op 15 september 2020, op de CBS-gemeentegrenzen"
                + " van 2022.");
        draft.put("accessLevel", accessLevel);
        draft.put("spec", spec);
        return draft;
    }

    @Test
    void servesTheTenGroningenGemeentenWithTheCountsOfTheLastDay() {
        JsonNode geojson = json(anonymous().get("/v1/maps/" + mapId + "/geojson"));

        assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
        Map<String, JsonNode> byCode = new HashMap<>();
        for (JsonNode feature : geojson.get("features")) {
            byCode.put(feature.get("properties").get("code").asString(), feature);
            assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
        }
        assertThat(geojson.get("features")).hasSize(10);
        assertThat(new TreeSet<>(byCode.keySet())).containsExactlyElementsOf(GRONINGEN_2022);
        for (String code : GRONINGEN_2022) {
            JsonNode properties = byCode.get(code).get("properties");
            if (code.equals("GM1979")) {
                assertThat(properties.get("name").asString()).isEqualTo("Eemsdelta");
                assertThat(properties.get("value").isNull()).as("Eemsdelta has no RIVM figure").isTrue();
                assertThat(properties.get("class").isNull()).isTrue();
            } else {
                assertThat(properties.get("value").asDouble()).as(code).isEqualTo(expected.get(code).doubleValue());
                assertThat(properties.get("class").asInt()).isBetween(1, 5);
            }
        }
        assertThat(byCode.get("GM0014").get("properties").get("name").asString()).isEqualTo("Groningen");
        assertThat(byCode.get("GM0014").get("properties").get("value").asLong()).isEqualTo(483);
        assertThat(byCode.get("GM1969").get("properties").get("value").asLong()).isEqualTo(69);
        assertThat(byCode.get("GM0765").get("properties").get("value").asLong()).isEqualTo(7);
        assertThat(geojson.get("unmatchedCodes").toString()).isEqualTo("[\"GM0003\",\"GM0010\",\"GM0024\"]");
        assertThat(geojson.get("noData").get("count").asInt()).isEqualTo(1);
        assertThat(geojson.get("figureRowsWithoutCode").asInt()).as("the row without a gemeente").isEqualTo(1);
        assertThat(geojson.get("figureUnavailable").asBoolean()).isFalse();
    }

    /**
     * Quantiles of the nine figures (7, 17, 18, 26, 30, 59, 61, 69, 483): nearest-rank breaks at ranks 2, 4, 6 and 8
     * of the sorted figures, so 2 + 2 + 2 + 2 + 1 gemeenten.
     */
    @Test
    void classesTheFiguresInFiveQuantileClassesWithTheirBounds() {
        JsonNode geojson = json(anonymous().get("/v1/maps/" + mapId + "/geojson"));
        List<String> classes = new ArrayList<>();
        for (JsonNode c : geojson.get("classes")) {
            classes.add(c.get("lower").asLong() + "-" + c.get("upper").asLong() + ":" + c.get("count").asInt());
        }
        List<Long> sorted = expected.entrySet().stream().filter(e -> GRONINGEN_2022.contains(e.getKey()))
                .map(Map.Entry::getValue).sorted().toList();
        assertThat(sorted).containsExactly(7L, 17L, 18L, 26L, 30L, 59L, 61L, 69L, 483L);
        assertThat(classes).containsExactly("7-17:2", "17-26:2", "26-59:2", "59-69:2", "69-483:1");
    }

    @Test
    void drawsThePolygonsLegendAndTableInABrowserAndTakesAScreenshot() throws IOException {
        Browser.requireInstalled();
        try (Browser browser = Browser.start(port, 1280, 900)) {
            browser.open("/datalab/kaarten/" + mapId);
            browser.await(".datalab-map[data-drawn='true']");

            assertThat(browser.all(".datalab-map .leaflet-overlay-pane svg path")).as("one path per gemeente")
                    .hasSize(10);
            assertThat(browser.all(".datalab-map path.datalab-map-no-data")).as("Eemsdelta hatched").hasSize(1);
            List<WebElement> legend = browser.all(".datalab-map-legend li");
            assertThat(legend).hasSize(6);
            assertThat(legend.getFirst().getText()).contains("7 – 17");
            assertThat(legend.get(4).getText()).contains("> 69 – 483");
            assertThat(legend.getLast().getText()).contains("geen gegevens", "1 gebied");
            List<WebElement> rows = browser.all(".datalab-map-table tbody tr");
            assertThat(rows).hasSize(10);
            assertThat(browser.await(".datalab-map-table").getText()).contains("Groningen", "GM0014", "483",
                    "Eemsdelta", "geen gegevens");
            WebElement unmatched = browser.await(".datalab-map-unmatched");
            assertThat(unmatched.getAttribute("data-count")).isEqualTo("3");
            assertThat(unmatched.getText()).contains("GM0003", "GM0010", "GM0024");
            assertThat(browser.await(".datalab-map-canvas").getAttribute("tabindex")).isEqualTo("0");
            assertThat(browser.await("a.datalab-map-skip").getAttribute("href")).endsWith("#datalab-map-table-" + mapId);
            // this machine has no internet: the PDOK tiles fail, and the page says so, with the polygons drawn
            assertThat(browser.await(".datalab-map-basemap-failed").getText()).contains("achtergrondkaart");
            assertThat(browser.consoleErrors()).as("console errors other than the unreachable tiles")
                    .allMatch(message -> message.contains("service.pdok.nl"));

            Path screenshot = browser.screenshot("choropleth-covid-groningen.png");
            assertThat(Files.size(screenshot)).isGreaterThan(20_000);
            assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');

            browser.open("/datalab/kaarten/" + mapId + "?lang=en");
            browser.await(".datalab-map[data-drawn='true']");
            assertThat(browser.all(".datalab-map-legend li").getLast().getText()).contains("no data", "1 region");
            assertThat(browser.await(".datalab-map-unmatched").getText()).contains("3 codes of the figures");
            browser.open("/datalab/kaarten/" + mapId + "?lang=nl");
        }
    }

    /** A map saved without base map draws the same polygons, and says it has none; no tile is asked for. */
    @Test
    void withoutABaseMapThePolygonsStillRender() {
        Browser.requireInstalled();
        Map<String, Object> draft = draft("openbaar", figureSql(), areaSql());
        ((Map<String, Object>) draft.get("spec")).put("baseMap", false);
        var response = admin().postJson("/v1/maps", draft);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        String id = json(response).get("id").asString();
        assertThat(json(response).get("baseMap").isNull()).isTrue();

        try (Browser browser = Browser.start(port, 1280, 900)) {
            browser.open("/datalab/kaarten/" + id + "/embed");
            browser.await(".datalab-map[data-drawn='true']");
            assertThat(browser.all(".datalab-map .leaflet-overlay-pane svg path")).hasSize(10);
            assertThat(browser.all(".leaflet-tile")).isEmpty();
            assertThat(browser.await(".datalab-map-notes").getText()).contains("geen achtergrondkaart");
            assertThat(browser.all(".datalab-map-table tbody tr")).hasSize(10);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
