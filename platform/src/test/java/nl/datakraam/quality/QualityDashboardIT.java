// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The quality dashboard end to end: datasets of two organisations, openbaar and intern, with failing checks and one
 * overdue (the platform clock moved and frozen), and every figure of the JSON and the CSV compared with what SQL
 * written here finds in the metadata tables, for anonymous callers, the administrator and an organisation filter. The
 * expected values do not use the production queries: the SQL below selects the visible datasets, their latest
 * assessments and their due dates itself, and the test rounds and averages with its own code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityDashboardIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String TAG = UUID.randomUUID().toString().substring(0, 8);
    private static final String PROVINCE = "Provincie Dashboardia " + TAG;
    private static final String MUNICIPALITY = "Gemeente Testdorp " + TAG;
    /** DAILY data is due 1 day + 1 day of grace after it arrived; 60 hours later it is half an interval late. */
    private static final Duration LATER = Duration.ofHours(60);
    /** Rows per page when the comparison pages through the dashboard. */
    private static final int PAGE = 3;
    /** An EU Data Theme, asked for by its code. */
    private static final String REGI = "REGI";
    private static final String REGI_IRI = "http://publications.europa.eu/resource/authority/data-theme/REGI";
    /** A TaxonomieBeleidsagenda theme, asked for by its IRI. */
    private static final String WATER = "http://standaarden.overheid.nl/owms/terms/Waterkeringen_en_waterbeheer";

    @Autowired
    DataSource dataSource;

    private JdbcClient sql;
    private final Map<String, String> ids = new LinkedHashMap<>();
    /** The ids of the organisations PROVINCE and MUNICIPALITY, as the PATCH by name created them. */
    private String provinceId;
    private String municipalityId;

    /*
     *  dataset        access    organisation   themes        frequency  checks that fail
     *  -------------  --------  -------------  ------------  ---------  ---------------------------------------
     *  adressen       openbaar  PROVINCE       REGI, WATER   ANNUAL     postcode (2 of 4), gemeentecode (1 of 4)
     *  meldingen      intern    PROVINCE       REGI          -          postcode (1 of 3)
     *  wijken         openbaar  MUNICIPALITY   REGI          DAILY      -          (overdue once the clock moved)
     *  personen       intern    MUNICIPALITY   WATER         -          bsn (1 of 3), duplicate row (a finding)
     *  betalingen     openbaar  (the default)  (its own)     -          iban (1 of 2)
     */
    @BeforeAll
    void createDatasets() {
        sql = JdbcClient.create(dataSource);
        ids.put("adressen", imported("Adressen " + TAG, "openbaar", """
                postcode;gemeentecode;aantal
                1234 AB;GM0014;4
                12AB34;GM0034;7
                ABCDEF;GM9999;3
                3511 AB;GM0344;5
                """));
        ids.put("meldingen", imported("Meldingen " + TAG, "intern", """
                postcode;waarde
                1234 AB;1
                fout;2
                9999 ZZ;3
                """));
        ids.put("wijken", imported("Wijken " + TAG, "openbaar", """
                wijk;aantal
                Centrum;4
                Noord;7
                """));
        ids.put("personen", imported("Personen " + TAG, "intern", """
                bsn;naam
                123456789;A
                111222333;B
                111222333;B
                """));
        ids.put("betalingen", imported("Betalingen " + TAG, "openbaar", """
                iban;bedrag
                NL91ABNA0417164300;10
                NL00ABNA0000000000;5
                """));

        describe("adressen", """
                {"publisher": "%s", "description": "Adressen met postcode", "updateFrequency": "ANNUAL",
                 "licence": "http://creativecommons.org/publicdomain/zero/1.0/", "keywords": ["adres"],
                 "euThemes": ["%s"], "donlThemes": ["%s"]}""".formatted(PROVINCE, REGI_IRI, WATER));
        describe("meldingen", "{\"publisher\": \"" + PROVINCE + "\", \"euThemes\": [\"" + REGI + "\"]}");
        describe("wijken", "{\"publisher\": \"" + MUNICIPALITY + "\", \"updateFrequency\": \"DAILY\","
                + " \"euThemes\": [\"" + REGI_IRI + "\"], \"donlThemes\": []}");
        describe("personen", "{\"publisher\": \"  " + MUNICIPALITY + " \", \"description\": \"Personen\","
                + " \"euThemes\": [], \"donlThemes\": [\"" + WATER + "\"]}");
        provinceId = organisationOf("adressen");
        municipalityId = organisationOf("wijken");
        assertThat(organisationOf("meldingen")).isEqualTo(provinceId);
        assertThat(organisationOf("personen")).as("a publisher with spaces around it is the same organisation")
                .isEqualTo(municipalityId);

        ids.forEach((name, id) -> awaitReport(admin(), id));
        Instant edited = Instant.now();
        ids.values().forEach(id -> assertThat(admin().postJson("/v1/datasets/" + id + "/quality/mqa", Map.of())
                .statusCode()).isEqualTo(202));
        ids.values().forEach(id -> awaitMqaAfter(id, edited));
        awaitStoredDataQuality();
        awaitQuiet();
    }

    @Test
    void everyFigureEqualsTheMetadataTablesForEachCallerAndFilter() {
        Instant now = Instant.now().plus(LATER).truncatedTo(ChronoUnit.SECONDS);
        clock.freezeAt(now);
        try {
            for (boolean asAdmin : new boolean[] {false, true}) {
                for (String organisation : new String[] {null, provinceId, municipalityId, "niemand-" + TAG}) {
                    compareJson(asAdmin, organisation, null, now);
                }
                compareJson(asAdmin, null, REGI, now);
                compareJson(asAdmin, null, WATER, now);
                compareJson(asAdmin, provinceId, REGI, now);
                compareJson(asAdmin, municipalityId, WATER, now);
                compareJson(asAdmin, provinceId, WATER, now);
                compareCsv(asAdmin, null, null, now);
                compareCsv(asAdmin, provinceId, null, now);
                compareCsv(asAdmin, null, WATER, now);
                compareCsv(asAdmin, provinceId, REGI, now);
            }
        } finally {
            clock.reset();
        }
    }

    @Test
    void theOrganisationFilterAndTheOverdueDatasetShowAsExpected() {
        clock.freezeAt(Instant.now().plus(LATER).truncatedTo(ChronoUnit.SECONDS));
        try {
            JsonNode province = dashboard(admin(), "?organisation=" + encode(provinceId));
            assertThat(province.get("organisation").asString()).isEqualTo(provinceId);
            assertThat(province.get("datasets").asInt()).isEqualTo(2);
            assertThat(province.get("openbaar").asInt()).isEqualTo(1);
            assertThat(checks(province)).containsEntry("postcode", List.of(2L, 3L))
                    .containsEntry("gemeentecode", List.of(1L, 1L));

            JsonNode publicProvince = dashboard(anonymous(), "?organisation=" + encode(provinceId));
            assertThat(publicProvince.get("datasets").asInt()).isEqualTo(1);
            assertThat(checks(publicProvince)).containsEntry("postcode", List.of(1L, 2L));

            JsonNode municipality = dashboard(anonymous(), "?organisation=" + encode(municipalityId));
            assertThat(municipality.get("datasets").asInt()).isEqualTo(1);
            assertThat(municipality.get("overdue").get("count").asInt()).isEqualTo(1);
            assertThat(municipality.get("overdue").get("list").asString()).isEqualTo("/achterstallig");
            JsonNode wijken = municipality.get("rows").get(0);
            assertThat(wijken.get("id").asString()).isEqualTo(ids.get("wijken"));
            assertThat(wijken.get("overdue").asBoolean()).isTrue();
            assertThat(wijken.get("dimensions").get("timeliness").asDouble()).isBetween(45.0, 55.0);

            JsonNode all = dashboard(anonymous(), "?limit=1000");
            Map<String, String> organisations = new LinkedHashMap<>();
            all.get("organisations").forEach(o -> organisations.put(o.get("id").asString(),
                    o.get("name").asString()));
            assertThat(organisations).containsEntry(provinceId, PROVINCE).containsEntry(municipalityId, MUNICIPALITY)
                    .as("a publisher with surrounding spaces is one organisation")
                    .doesNotContainValue("  " + MUNICIPALITY + " ");
            assertThat(dashboard(anonymous(), "?organisation=" + encode(PROVINCE)).get("datasets").asInt())
                    .as("the filter takes the organisation's id, not its name").isZero();
            assertThat(rowIds(all)).contains(ids.get("adressen"), ids.get("wijken"), ids.get("betalingen"))
                    .doesNotContain(ids.get("meldingen"), ids.get("personen"));
            assertThat(rowIds(dashboard(admin(), "?limit=1000"))).containsAll(ids.values());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theThemeFilterKeepsTheDatasetsThatCarryTheThemeInJsonCsvAndPage() {
        JsonNode all = dashboard(admin(), "?limit=1000");
        JsonNode regi = dashboard(admin(), "?theme=REGI&limit=1000");
        assertThat(regi.get("theme").asString()).isEqualTo(REGI_IRI);
        assertThat(rowIds(regi)).contains(ids.get("adressen"), ids.get("meldingen"), ids.get("wijken"))
                .doesNotContain(ids.get("personen"), ids.get("betalingen"));
        assertThat(regi.get("datasets").asInt()).as("the filter is applied").isLessThan(all.get("datasets").asInt());
        assertThat(rowIds(dashboard(admin(), "?theme=" + encode(REGI_IRI) + "&limit=1000")))
                .as("by IRI as by code").isEqualTo(rowIds(regi));

        JsonNode provinceRegi = dashboard(admin(), "?theme=REGI&organisation=" + provinceId);
        assertThat(rowIds(provinceRegi)).containsExactlyInAnyOrder(ids.get("adressen"), ids.get("meldingen"));
        assertThat(provinceRegi.get("openbaar").asInt()).isEqualTo(1);
        assertThat(checks(provinceRegi)).containsEntry("postcode", List.of(2L, 3L));
        JsonNode municipalityWater = dashboard(admin(), "?theme=" + encode(WATER) + "&organisation="
                + municipalityId);
        assertThat(rowIds(municipalityWater)).containsExactly(ids.get("personen"));
        assertThat(checks(municipalityWater)).containsOnlyKeys("bsn");
        assertThat(dashboard(anonymous(), "?theme=" + encode(WATER) + "&organisation=" + municipalityId)
                .get("datasets").asInt()).as("personen is intern").isZero();

        List<String> themes = new ArrayList<>();
        dashboard(anonymous(), "").get("themes").forEach(t -> themes.add(t.get("iri").asString()));
        assertThat(themes).as("themes of the datasets the caller may see").contains(REGI_IRI, WATER);

        for (String wrong : new String[] {"/v1/quality/dashboard?theme=NOPE",
            "/v1/quality/dashboard.csv?theme=" + encode("http://example.org/theme/x"),
            "/v1/quality/dashboard?format=csv&theme=XYZ"}) {
            var answer = anonymous().get(wrong);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
            JsonNode problem = json(answer);
            assertThat(problem.get("code").asString()).isEqualTo("request.invalid-parameter");
            assertThat(problem.get("details").get("parameter").asString()).isEqualTo("theme");
        }

        String csv = new String(admin().getBytes("/v1/quality/dashboard.csv?theme=REGI&organisation=" + provinceId)
                .body(), StandardCharsets.UTF_8);
        assertThat(csv).as("the CSV file follows the filter").contains("Adressen " + TAG, "Meldingen " + TAG)
                .doesNotContain("Wijken " + TAG, "Personen " + TAG, "Betalingen " + TAG);

        String page = anonymous().get("/kwaliteit?theme=REGI&organisation=" + provinceId).body();
        assertThat(page).contains("Kerncijfers van " + PROVINCE + ", thema Regio&#39;s en steden", "Adressen " + TAG,
                "<option value=\"" + REGI_IRI + "\" selected=\"selected\">Regio&#39;s en steden</option>",
                "Waterkeringen en waterbeheer", "href=\"/kwaliteit.csv?organisation=" + provinceId + "&amp;theme=")
                .doesNotContain("Wijken " + TAG, "Betalingen " + TAG);
        assertThat(anonymous().get("/kwaliteit?theme=REGI&lang=en").body()).contains("Key figures of theme Regions"
                + " and cities", ">Regions and cities</option>", "Wijken " + TAG).doesNotContain("Betalingen " + TAG);
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        assertThat(browser.get("/kwaliteit.csv?theme=" + encode(WATER)).body())
                .as("the page's CSV follows the filter").contains("Personen " + TAG, "Adressen " + TAG)
                .doesNotContain("Meldingen " + TAG, "Wijken " + TAG);
        assertThat(anonymous().get("/kwaliteit?theme=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void rowsSortByTheChosenColumnWithUnassessedLast() {
        JsonNode byMqa = dashboard(admin(), "?sort=mqa&order=desc");
        assertThat(byMqa.get("sort").asString()).isEqualTo("mqa");
        assertThat(byMqa.get("order").asString()).isEqualTo("desc");
        List<Integer> scores = new ArrayList<>();
        boolean nullSeen = false;
        for (JsonNode row : byMqa.get("rows")) {
            if (row.get("mqaScore").isNull()) {
                nullSeen = true;
            } else {
                assertThat(nullSeen).as("rows without a score come last").isFalse();
                scores.add(row.get("mqaScore").asInt());
            }
        }
        assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());

        List<String> titles = new ArrayList<>();
        dashboard(admin(), "").get("rows").forEach(row -> titles.add(row.get("title").asString()));
        Collator dutch = Collator.getInstance(Locale.forLanguageTag("nl"));
        assertThat(titles).isSortedAccordingTo(dutch::compare);

        JsonNode firstTwo = dashboard(admin(), "?sort=mqa&order=desc&limit=2");
        JsonNode nextTwo = dashboard(admin(), "?sort=mqa&order=desc&limit=2&offset=2");
        assertThat(rowIds(firstTwo)).as("pages are cut from the sorted rows")
                .containsExactlyElementsOf(rowIds(byMqa).subList(0, 2));
        assertThat(rowIds(nextTwo)).containsExactlyElementsOf(rowIds(byMqa).subList(2, 4));
        assertThat(dashboard(admin(), "?offset=100000").get("rows").size()).isZero();
        for (String wrong : new String[] {"limit=0", "limit=1001", "offset=-1", "limit=many"}) {
            var answer = admin().get("/v1/quality/dashboard?" + wrong);
            assertThat(answer.statusCode()).as(wrong).isEqualTo(400);
            assertThat(json(answer).get("code").asString()).isEqualTo("request.invalid-parameter");
        }

        assertThat(admin().get("/v1/quality/dashboard?sort=size").statusCode()).isEqualTo(400);
        assertThat(json(admin().get("/v1/quality/dashboard?order=up")).get("code").asString())
                .isEqualTo("request.invalid-parameter");
        assertThat(admin().get("/v1/quality/dashboard?format=xml").statusCode()).isEqualTo(400);
        assertThat(anonymous().get("/v1/openapi.json").body()).contains("\"/v1/quality/dashboard\"",
                "\"/v1/quality/dashboard.csv\"");
    }

    @Test
    void theCsvIsAnAttachmentForExcelInEitherLanguage() {
        HttpResponse<byte[]> dutch = admin().getBytes("/v1/quality/dashboard.csv");
        assertThat(dutch.statusCode()).isEqualTo(200);
        assertThat(dutch.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(dutch.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"kwaliteitsdashboard-").endsWith(".csv\"");
        String text = new String(dutch.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFDataset;Organisatie;Toegang;Metadatakwaliteit (0-405);");
        assertThat(new String(admin().getBytes("/v1/quality/dashboard?format=csv").body(), StandardCharsets.UTF_8))
                .as("?format=csv is the same file").isEqualTo(text);

        String english = new String(admin().getBytes("/v1/quality/dashboard.csv?lang=en").body(),
                StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFDataset,Organisation,Access,Metadata quality (0-405),");
        assertThat(admin().get("/v1/quality/dashboard.csv?lang=fr").statusCode()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheFiguresInTablesAndLabelsItsCharts() {
        String page = anonymous().get("/kwaliteit").body();
        assertThat(page).contains("<h1>Kwaliteitsdashboard</h1>", "id=\"figure-datasets\"", "id=\"figure-mqa\"",
                "id=\"figure-data-quality\"", "id=\"figure-overdue\"", "href=\"/achterstallig\"",
                "id=\"table-ratings\"", "id=\"table-dimensions\"", "id=\"dataset-table\"",
                "id=\"chart-ratings\" class=\"chart\" role=\"img\"",
                "aria-label=\"Staafdiagram van het aantal datasets per beoordeling: uitstekend ",
                "/webjars/echarts/5.3.1/dist/echarts.min.js", "id=\"dashboard-data\"", "<select id=\"theme\" name=\"theme\">",
                "href=\"/kwaliteit\"", "aria-sort=\"ascending\"");
        assertThat(anonymous().get("/kwaliteit?lang=en").body()).contains("<h1>Quality dashboard</h1>",
                "Key figures", "Data quality per dimension", "All themes");
        assertThat(anonymous().get("/kwaliteit?organisation=" + encode(provinceId)).body())
                .contains("Kerncijfers van " + PROVINCE, "Adressen " + TAG).doesNotContain("Wijken " + TAG);

        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        assertThat(browser.get("/kwaliteit").body()).contains("Alle cijfers gaan over alle datasets die u mag zien.");
        // filtered, so that the table's first page (25 rows) holds them whatever other tests put in the catalogue
        assertThat(browser.get("/kwaliteit?organisation=" + encode(provinceId)).body()).contains("Meldingen " + TAG);
        assertThat(browser.get("/kwaliteit?organisation=" + encode(municipalityId)).body())
                .contains("Personen " + TAG);
        assertThat(browser.get("/kwaliteit.csv").body()).as("the page's CSV uses the session")
                .contains("Personen " + TAG);
        assertThat(anonymous().get("/kwaliteit.csv").body()).doesNotContain("Personen " + TAG);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Comparison with the metadata tables

    private void compareJson(boolean asAdmin, @Nullable String organisation, @Nullable String theme, Instant now) {
        ApiClient client = asAdmin ? admin() : anonymous();
        String query = query(organisation, theme);
        for (int attempt = 1; ; attempt++) {
            Expected before = expected(asAdmin, organisation, theme, now);
            JsonNode actual = dashboard(client, query);
            List<JsonNode> pages = pages(client, query);
            Expected after = expected(asAdmin, organisation, theme, now);
            if (!before.equals(after) && attempt < 5) {
                continue; // a background assessment landed meanwhile; compare again
            }
            String as = (asAdmin ? "admin" : "anonymous") + ", organisation " + organisation + ", theme " + theme;
            assertThat(Instant.parse(actual.get("judgedAt").asString())).isEqualTo(now);
            assertThat(textOrNull(actual.get("organisation"))).as(as).isEqualTo(organisation);
            assertThat(textOrNull(actual.get("theme"))).as(as).isEqualTo(themeIri(theme));
            assertThat(actual.get("datasets").asInt()).as(as).isEqualTo(before.datasets());
            assertThat(actual.get("openbaar").asInt()).as(as).isEqualTo(before.openbaar());
            JsonNode mqa = actual.get("mqa");
            assertThat(mqa.get("assessed").asInt()).as(as).isEqualTo(before.mqaAssessed());
            assertThat(decimalOrNull(mqa.get("averageScore"))).as(as).isEqualTo(before.mqaAverage());
            assertThat(textOrNull(mqa.get("rating"))).as(as).isEqualTo(before.mqaRating());
            assertThat(mqa.get("max").asInt()).isEqualTo(405);
            Map<String, Integer> ratings = new LinkedHashMap<>();
            mqa.get("ratings").properties().forEach(e -> ratings.put(e.getKey(), e.getValue().asInt()));
            assertThat(ratings).as(as).containsExactlyEntriesOf(before.ratings());
            JsonNode dq = actual.get("dataQuality");
            assertThat(dq.get("assessed").asInt()).as(as).isEqualTo(before.dqAssessed());
            assertThat(decimalOrNull(dq.get("averageScore"))).as(as).isEqualTo(before.dqAverage());
            Map<String, List<Object>> dimensions = new LinkedHashMap<>();
            dq.get("dimensions").forEach(d -> dimensions.put(d.get("id").asString(),
                    java.util.Arrays.asList(decimalOrNull(d.get("average")), d.get("assessed").asInt())));
            assertThat(dimensions).as(as).containsExactlyEntriesOf(before.dimensions());
            assertThat(actual.get("overdue").get("count").asInt()).as(as).isEqualTo(before.overdue());
            List<List<Object>> checks = new ArrayList<>();
            actual.get("failingChecks").forEach(c -> checks.add(List.of(c.get("check").asString(),
                    c.get("datasets").asInt(), c.get("failingValues").asLong())));
            assertThat(checks).as(as).isEqualTo(before.failingChecks());
            Map<String, Row> rows = new LinkedHashMap<>();
            for (JsonNode page : pages) {
                assertThat(page.get("datasets").asInt()).as(as + ": every page has the figures of all rows")
                        .isEqualTo(before.datasets());
                page.get("rows").forEach(r -> rows.put(r.get("id").asString(), Row.of(r)));
            }
            assertThat(rows).as(as).isEqualTo(before.rows());
            return;
        }
    }

    private void compareCsv(boolean asAdmin, @Nullable String organisation, @Nullable String theme, Instant now) {
        ApiClient client = asAdmin ? admin() : anonymous();
        String query = query(organisation, theme);
        for (int attempt = 1; ; attempt++) {
            Expected before = expected(asAdmin, organisation, theme, now);
            HttpResponse<byte[]> response = client.getBytes("/v1/quality/dashboard.csv" + query);
            Expected after = expected(asAdmin, organisation, theme, now);
            if (!before.equals(after) && attempt < 5) {
                continue;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            String text = new String(response.body(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF");
            List<List<String>> lines = parseCsv(text.substring(1), ';');
            assertThat(lines.get(0)).containsExactly("Dataset", "Organisatie", "Toegang",
                    "Metadatakwaliteit (0-405)", "Beoordeling metadatakwaliteit", "Datakwaliteit (0-100)",
                    "Volledigheid", "Geldigheid", "Uniciteit", "Tijdigheid", "Achterstallig", "Pagina");
            Map<String, Row> rows = new LinkedHashMap<>();
            for (List<String> cells : lines.subList(1, lines.size())) {
                String page = cells.get(11);
                String id = page.substring(page.lastIndexOf('/') + 1);
                assertThat(page).isEqualTo("http://localhost:" + port + "/datasets/" + id);
                Row expected = before.rows().get(id);
                assertThat(expected).as("a row of the CSV the caller may not see: " + cells).isNotNull();
                rows.put(id, new Row(cells.get(0), cells.get(1).isEmpty() ? null : cells.get(1),
                        cells.get(2).equals("openbaar") ? "openbaar" : cells.get(2).equals("intern") ? "intern"
                                : cells.get(2),
                        expected.hasData(), cells.get(3).isEmpty() ? null : Integer.valueOf(cells.get(3)),
                        cells.get(4).isEmpty() ? null : RATINGS_NL.get(cells.get(4)),
                        csvDecimal(cells.get(5)), csvDecimal(cells.get(6)), csvDecimal(cells.get(7)),
                        csvDecimal(cells.get(8)), csvDecimal(cells.get(9)), cells.get(10).equals("ja")));
            }
            assertThat(rows).as("CSV, admin " + asAdmin + ", organisation " + organisation + ", theme " + theme)
                    .isEqualTo(before.rows());
            return;
        }
    }

    private static final Map<String, String> RATINGS_NL = Map.of("uitstekend", "excellent", "goed", "good",
            "voldoende", "sufficient", "slecht", "bad");

    /**
     * What the dashboard must show, from the metadata tables.
     *
     * @param rows by dataset id
     */
    record Expected(int datasets, int openbaar, int mqaAssessed, @Nullable BigDecimal mqaAverage,
            @Nullable String mqaRating, Map<String, Integer> ratings, int dqAssessed, @Nullable BigDecimal dqAverage,
            Map<String, List<Object>> dimensions, int overdue, List<List<Object>> failingChecks,
            Map<String, Row> rows) {
    }

    /** One dataset as the dashboard shows it; the decimals as shown (one decimal). */
    record Row(String title, @Nullable String organisation, String accessLevel, boolean hasData,
            @Nullable Integer mqaScore, @Nullable String mqaRating, @Nullable BigDecimal dataQuality,
            @Nullable BigDecimal completeness, @Nullable BigDecimal validity, @Nullable BigDecimal uniqueness,
            @Nullable BigDecimal timeliness, boolean overdue) {

        static Row of(JsonNode row) {
            JsonNode dims = row.get("dimensions");
            boolean none = dims == null || dims.isNull();
            return new Row(row.get("title").asString(), textOrNull(row.get("organisation")),
                    row.get("accessLevel").asString(), row.get("hasData").asBoolean(),
                    row.get("mqaScore").isNull() ? null : row.get("mqaScore").asInt(),
                    textOrNull(row.get("mqaRating")), decimalOrNull(row.get("dataQuality")),
                    none ? null : decimalOrNull(dims.get("completeness")),
                    none ? null : decimalOrNull(dims.get("validity")),
                    none ? null : decimalOrNull(dims.get("uniqueness")),
                    none ? null : decimalOrNull(dims.get("timeliness")), row.get("overdue").asBoolean());
        }
    }

    /**
     * The SQL. Visible: the caller's access levels (anonymous: openbaar, and only with data); the organisation is the
     * dataset's publishing organisation's id; a theme is one of the IRIs in {@code dataset.themes} (space-separated,
     * both lists). Latest MQA assessment per dataset and latest data quality assessment per current version by
     * window functions. Due dates from the frequency table of docs/data-quality-score.md, written out here.
     */
    private static final String VISIBLE = """
            select d.id, d.title, o.name as organisation, d.access_level, d.current_version,
                   d.update_frequency,
                   case when d.data_confirmed_at is not null and d.data_confirmed_at > v.created_at
                        then d.data_confirmed_at else v.created_at end as last_data
            from dataset d left join dataset_version v on v.id = d.current_version
            left join organisation o on o.id = d.organisation_id
            where d.access_level in (:levels) %s""";

    private static final String RULES = """
            select * from (values
                ('CONT', 'D', 1, 'D', 1), ('UPDATE_CONT', 'D', 1, 'D', 1), ('DAILY_2', 'H', 12, 'D', 1),
                ('DAILY', 'D', 1, 'D', 1), ('WEEKLY_3', 'D', 3, 'D', 1), ('WEEKLY_2', 'D', 4, 'D', 1),
                ('WEEKLY', 'D', 7, 'D', 2), ('BIWEEKLY', 'D', 14, 'D', 3), ('MONTHLY_3', 'D', 10, 'D', 3),
                ('MONTHLY_2', 'D', 15, 'D', 3), ('MONTHLY', 'M', 1, 'D', 7), ('BIMONTHLY', 'M', 2, 'D', 14),
                ('QUARTERLY', 'M', 3, 'D', 14), ('ANNUAL_3', 'M', 4, 'D', 14), ('ANNUAL_2', 'M', 6, 'M', 1),
                ('ANNUAL', 'Y', 1, 'M', 1), ('BIENNIAL', 'Y', 2, 'M', 2), ('TRIENNIAL', 'Y', 3, 'M', 3)
            ) as r(code, interval_unit, interval_count, grace_unit, grace_count)""";

    private Expected expected(boolean asAdmin, @Nullable String organisation, @Nullable String theme, Instant now) {
        String where = (asAdmin ? "" : " and d.current_version is not null")
                + (organisation == null ? "" : " and o.id = :organisation")
                + (theme == null ? "" : " and (' ' || d.themes || ' ') like :theme");
        Map<String, Object> params = new HashMap<>();
        params.put("levels", asAdmin ? List.of("openbaar", "intern", "beperkt", "vertrouwelijk") : List.of("openbaar"));
        if (organisation != null) {
            params.put("organisation", organisation);
        }
        if (theme != null) {
            params.put("theme", "% " + themeIri(theme) + " %");
        }
        params.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        String visible = VISIBLE.formatted(where);

        var counts = sql.sql("select count(*) as n, count(case when access_level = 'openbaar' then 1 end) as o "
                + "from (" + visible + ") x").params(params)
                .query((rs, n) -> new int[] {rs.getInt("n"), rs.getInt("o")}).single();

        String rowsQuery = """
                with visible as (%s),
                rules as (%s),
                latest_mqa as (
                    select dataset_id, total, rating,
                           row_number() over (partition by dataset_id order by assessed_at desc) as n
                    from mqa_assessment),
                latest_dq as (
                    select version_id, completeness, validity, uniqueness, timeliness, total,
                           row_number() over (partition by version_id order by assessed_at desc, id desc) as n
                    from data_quality_assessment),
                judged as (
                    select v.*, r.code as rule,
                           case r.interval_unit when 'H' then dateadd(hour, r.interval_count, v.last_data)
                                when 'D' then dateadd(day, r.interval_count, v.last_data)
                                when 'M' then dateadd(month, r.interval_count, v.last_data)
                                when 'Y' then dateadd(year, r.interval_count, v.last_data) end as interval_end,
                           r.grace_unit, r.grace_count
                    from visible v left join rules r on r.code = v.update_frequency),
                due as (
                    select j.*,
                           case j.grace_unit when 'D' then dateadd(day, j.grace_count, j.interval_end)
                                when 'M' then dateadd(month, j.grace_count, j.interval_end) end as due_at
                    from judged j)
                select d.id, d.title, d.organisation, d.access_level, d.current_version is not null as has_data,
                       m.total as mqa_total, m.rating as mqa_rating,
                       q.version_id is not null as assessed, q.completeness, q.validity, q.uniqueness,
                       q.timeliness as stored_timeliness, q.total as stored_total,
                       case when d.rule is null or d.last_data is null then null
                            when :now <= d.due_at then 100.0
                            else greatest(0.0, 100.0 * (1.0 - cast(datediff(millisecond, d.due_at, :now) as double)
                                 / datediff(millisecond, d.last_data, d.interval_end))) end as timeliness_now,
                       (d.rule is not null and d.last_data is not null and :now > d.due_at) as overdue
                from due d
                left join latest_mqa m on m.dataset_id = d.id and m.n = 1
                left join latest_dq q on q.version_id = d.current_version and q.n = 1
                """.formatted(visible, RULES);
        Map<String, Row> rows = new LinkedHashMap<>();
        sql.sql(rowsQuery).params(params).query((rs, n) -> {
            BigDecimal timeliness = rs.getObject("timeliness_now") == null ? null
                    : BigDecimal.valueOf(rs.getDouble("timeliness_now")).setScale(1, RoundingMode.HALF_UP);
            boolean assessed = rs.getBoolean("assessed");
            BigDecimal completeness = assessed ? decimal(rs.getObject("completeness")) : null;
            BigDecimal validity = assessed ? decimal(rs.getObject("validity")) : null;
            BigDecimal uniqueness = assessed ? decimal(rs.getObject("uniqueness")) : null;
            BigDecimal storedTimeliness = assessed ? decimal(rs.getObject("stored_timeliness")) : null;
            BigDecimal total = null;
            if (assessed) {
                if (Objects.equals(timeliness == null ? null : timeliness.stripTrailingZeros(),
                        storedTimeliness == null ? null : storedTimeliness.stripTrailingZeros())) {
                    total = decimal(rs.getObject("stored_total"));
                } else {
                    List<BigDecimal> present = new ArrayList<>();
                    for (BigDecimal dimension : new BigDecimal[] {completeness, validity, uniqueness, timeliness}) {
                        if (dimension != null) {
                            present.add(dimension);
                        }
                    }
                    total = average(present);
                }
            }
            rows.put(rs.getString("id"), new Row(rs.getString("title"), rs.getString("organisation"),
                    rs.getString("access_level"), rs.getBoolean("has_data"),
                    rs.getObject("mqa_total") == null ? null : rs.getInt("mqa_total"), rs.getString("mqa_rating"),
                    total, completeness, validity, uniqueness, assessed ? timeliness : null,
                    rs.getBoolean("overdue")));
            return null;
        }).list();

        var mqa = sql.sql("""
                with visible as (%s),
                latest as (select dataset_id, total, rating,
                                  row_number() over (partition by dataset_id order by assessed_at desc) as n
                           from mqa_assessment)
                select count(*) as assessed, sum(l.total) as points,
                       count(case when l.rating = 'excellent' then 1 end) as excellent,
                       count(case when l.rating = 'good' then 1 end) as good,
                       count(case when l.rating = 'sufficient' then 1 end) as sufficient,
                       count(case when l.rating = 'bad' then 1 end) as bad
                from visible v join latest l on l.dataset_id = v.id and l.n = 1""".formatted(visible))
                .params(params)
                .query((rs, n) -> new Object[] {rs.getInt("assessed"), rs.getLong("points"), rs.getInt("excellent"),
                    rs.getInt("good"), rs.getInt("sufficient"), rs.getInt("bad")})
                .single();
        int mqaAssessed = (int) mqa[0];
        BigDecimal mqaAverage = mqaAssessed == 0 ? null
                : BigDecimal.valueOf((long) mqa[1]).divide(BigDecimal.valueOf(mqaAssessed), 1, RoundingMode.HALF_UP);
        Map<String, Integer> ratings = new LinkedHashMap<>();
        ratings.put("excellent", (int) mqa[2]);
        ratings.put("good", (int) mqa[3]);
        ratings.put("sufficient", (int) mqa[4]);
        ratings.put("bad", (int) mqa[5]);

        List<Row> assessed = rows.values().stream().filter(r -> r.dataQuality() != null).toList();
        Map<String, List<Object>> dimensions = new LinkedHashMap<>();
        dimensions.put("completeness", dimension(assessed.stream().map(Row::completeness).toList()));
        dimensions.put("validity", dimension(assessed.stream().map(Row::validity).toList()));
        dimensions.put("uniqueness", dimension(assessed.stream().map(Row::uniqueness).toList()));
        dimensions.put("timeliness", dimension(assessed.stream().map(Row::timeliness).toList()));

        return new Expected(counts[0], counts[1], mqaAssessed, mqaAverage,
                mqaAverage == null ? null : band(mqaAverage.setScale(0, RoundingMode.HALF_UP).intValue()), ratings,
                assessed.size(), average(assessed.stream().map(Row::dataQuality).toList()), dimensions,
                (int) rows.values().stream().filter(Row::overdue).count(), failingChecks(visible, params), rows);
    }

    /** The rule checks that failed on the visible current versions, from the stored check results (JSON text). */
    private List<List<Object>> failingChecks(String visible, Map<String, Object> params) {
        Map<String, Set<String>> datasets = new HashMap<>();
        Map<String, Long> values = new HashMap<>();
        sql.sql("select v.id, r.checks from (" + visible + ") v join quality_report r on r.version_id = v.current_version")
                .params(params)
                .query((rs, n) -> {
                    for (JsonNode check : JSON.readTree(rs.getString("checks"))) {
                        if (check.get("outcome").asString().equals("failed")) {
                            String key = check.get("check").asString();
                            datasets.computeIfAbsent(key, k -> new HashSet<>()).add(rs.getString("id"));
                            values.merge(key, check.get("count").asLong(), Long::sum);
                        }
                    }
                    return null;
                }).list();
        return datasets.keySet().stream()
                .sorted(Comparator.<String>comparingInt(k -> -datasets.get(k).size())
                        .thenComparing(k -> -values.get(k)).thenComparing(Comparator.naturalOrder()))
                .limit(10)
                .map(k -> List.<Object>of(k, datasets.get(k).size(), values.get(k)))
                .toList();
    }

    private static List<Object> dimension(List<@Nullable BigDecimal> values) {
        List<BigDecimal> present = values.stream().filter(Objects::nonNull).toList();
        return java.util.Arrays.asList(average(present), present.size());
    }

    private static @Nullable BigDecimal average(List<@Nullable BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** The MQA rating bands: 351–405 excellent, 221–350 good, 121–220 sufficient, 0–120 bad. */
    private static String band(int points) {
        return points >= 351 ? "excellent" : points >= 221 ? "good" : points >= 121 ? "sufficient" : "bad";
    }

    private static @Nullable BigDecimal decimal(@Nullable Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal decimalOrNull(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : new BigDecimal(node.asString()).setScale(1, RoundingMode.HALF_UP);
    }

    private static @Nullable BigDecimal csvDecimal(String cell) {
        return cell.isEmpty() ? null : new BigDecimal(cell.replace(',', '.')).setScale(1, RoundingMode.HALF_UP);
    }

    private static @Nullable String textOrNull(@Nullable JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /** RFC 4180 with the given delimiter; CRLF or LF line ends. */
    static List<List<String>> parseCsv(String text, char delimiter) {
        List<List<String>> lines = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        var cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                continue;
            } else if (c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
                lines.add(cells);
                cells = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return lines;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Setting up

    private String imported(String title, String accessLevel, String csv) {
        JsonNode job = admin().importFile(Fixtures.file("dashboard.csv", csv, StandardCharsets.UTF_8), title,
                accessLevel);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private void describe(String name, String patch) {
        var response = admin().patchMerge("/v1/datasets/" + ids.get(name), patch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Polls until the dataset's latest MQA assessment is from after {@code after}. */
    private void awaitMqaAfter(String id, Instant after) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode mqa = json(admin().get("/v1/datasets/" + id + "/quality")).get("mqa");
            if (mqa != null && !mqa.isNull() && Instant.parse(mqa.get("assessedAt").asString()).isAfter(after)) {
                return;
            }
            sleep();
        }
        throw new AssertionError("no MQA assessment of " + id + " after " + after);
    }

    /** Polls until the current version of each of the test's datasets has a stored data quality assessment. */
    private void awaitStoredDataQuality() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            long stored = sql.sql("select count(*) from dataset d join data_quality_assessment a "
                    + "on a.version_id = d.current_version where d.id in (:ids)")
                    .param("ids", ids.values().stream().map(UUID::fromString).toList()).query(Long.class).single();
            if (stored >= ids.size()) {
                return;
            }
            sleep();
        }
        throw new AssertionError("the data quality assessments did not arrive");
    }

    /** Waits (a while at most) until no quality job or MQA assessment is queued, so that the figures hold still. */
    private void awaitQuiet() {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp) && sql.sql(
                "select count(*) from scheduled_tasks where task_name in ('quality', 'mqa-assess')")
                .query(Long.class).single() > 0) {
            sleep();
        }
    }

    /** Every page of the dashboard's rows, PAGE rows at a time, in the order the pages give them. */
    private List<JsonNode> pages(ApiClient client, String query) {
        List<JsonNode> pages = new ArrayList<>();
        String separator = query.isEmpty() ? "?" : query + "&";
        for (int offset = 0; ; offset += PAGE) {
            JsonNode page = dashboard(client, separator + "limit=" + PAGE + "&offset=" + offset);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            assertThat(page.get("limit").asInt()).isEqualTo(PAGE);
            assertThat(page.get("rows").size()).isLessThanOrEqualTo(PAGE);
            pages.add(page);
            if (offset + page.get("rows").size() >= page.get("datasets").asInt()) {
                return pages;
            }
            assertThat(page.get("rows").size()).as("a page before the last is full").isEqualTo(PAGE);
        }
    }

    /** The query string of the filters, or empty. */
    private static String query(@Nullable String organisation, @Nullable String theme) {
        List<String> parameters = new ArrayList<>();
        if (organisation != null) {
            parameters.add("organisation=" + encode(organisation));
        }
        if (theme != null) {
            parameters.add("theme=" + encode(theme));
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    /** The IRI of a theme the test names by code (the EU list) or IRI. */
    private static @Nullable String themeIri(@Nullable String theme) {
        return theme == null ? null : theme.equals(REGI) ? REGI_IRI : theme;
    }

    private String organisationOf(String name) {
        return sql.sql("select organisation_id from dataset where id = :id")
                .param("id", UUID.fromString(ids.get(name))).query(String.class).single();
    }

    private JsonNode dashboard(ApiClient client, String query) {
        var response = client.get("/v1/quality/dashboard" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static Map<String, List<Long>> checks(JsonNode dashboard) {
        Map<String, List<Long>> checks = new LinkedHashMap<>();
        dashboard.get("failingChecks").forEach(c -> checks.put(c.get("check").asString(),
                List.of(c.get("datasets").asLong(), c.get("failingValues").asLong())));
        return checks;
    }

    private static List<String> rowIds(JsonNode dashboard) {
        List<String> rows = new ArrayList<>();
        dashboard.get("rows").forEach(r -> rows.add(r.get("id").asString()));
        return rows;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
