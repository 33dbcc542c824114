// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.quality.QualityReports.awaitReport;
import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.datakraam.support.Browser;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The quality dashboard in a real browser (headless Chromium, {@link Browser}): an administrator signs in, the page
 * draws its three charts from the embedded JSON without console errors, and a screenshot is kept as
 * {@code target/screenshots/dashboard.png} (the one in {@code docs/screenshots} was taken from it). Without
 * JavaScript the tables carry the figures and no empty chart box shows.
 */
class QualityDashboardBrowserIT extends PlatformIT {

    @Test
    void drawsTheChartsFromTheFiguresAndTakesAScreenshot() throws Exception {
        Browser.requireInstalled();
        createCatalogue();

        clock.moveBy(Duration.ofHours(60)); // the daily dataset is overdue by then
        try (Browser browser = Browser.start(port, 1280, 900)) {
            browser.signIn("beheerder", TOKEN);
            browser.open("/kwaliteit");

            for (String chart : new String[] {"chart-ratings", "chart-dimensions", "chart-checks"}) {
                WebElement drawn = browser.await("#" + chart + " svg, #" + chart + " canvas");
                assertThat(drawn.isDisplayed()).as(chart + " is drawn").isTrue();
                WebElement box = browser.await("#" + chart);
                assertThat(box.getAttribute("role")).isEqualTo("img");
                assertThat(box.getAttribute("aria-label")).isNotBlank();
                assertThat(box.getSize().getHeight()).as(chart + " has room").isGreaterThan(200);
            }
            assertThat(browser.await("#chart-ratings svg").getText()).contains("goed", "voldoende");
            assertThat(browser.await("#chart-dimensions svg").getText()).contains("Volledigheid", "Tijdigheid");
            assertThat(browser.await("#chart-checks svg").getText()).contains("Postcode");
            assertThat(Integer.parseInt(browser.await("#figure-overdue strong").getText())).isPositive();
            assertThat(browser.all("#dataset-table tbody tr")).hasSizeGreaterThanOrEqualTo(6);
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();

            Path screenshot = browser.screenshot("dashboard.png");
            assertThat(Files.size(screenshot)).isGreaterThan(20_000);
            assertThat(Files.readAllBytes(screenshot)).startsWith(0x89, 'P', 'N', 'G');

            browser.open("/kwaliteit?lang=en");
            browser.await("#chart-dimensions svg");
            assertThat(browser.await("h1").getText()).isEqualTo("Quality dashboard");
            assertThat(browser.await("#chart-dimensions svg").getText()).contains("Completeness");
            assertThat(browser.consoleErrors()).as("console errors in English").isEmpty();
            browser.open("/kwaliteit?lang=nl");
        } finally {
            clock.reset();
        }
    }

    @Test
    void withoutJavaScriptTheTablesCarryTheFigures() {
        Browser.requireInstalled();
        try (Browser browser = Browser.start(port, 1280, 900, false)) {
            browser.open("/kwaliteit");
            assertThat(browser.await("#table-ratings").isDisplayed()).isTrue();
            assertThat(browser.await("#table-dimensions").isDisplayed()).isTrue();
            assertThat(browser.await("#chart-ratings").isDisplayed()).as("no empty chart box").isFalse();
            assertThat(browser.all("#chart-ratings svg")).isEmpty();
            assertThat(browser.await("#figure-datasets").getText()).matches("\\d+");
        }
    }

    /*
     *  dataset                  organisation                 access    frequency  what fails
     *  -----------------------  ---------------------------  --------  ---------  ------------------------------
     *  Subsidieregister 2025    Provincie Utrecht            openbaar  ANNUAL     gemeentecode 1, postcode 1
     *  Laadpalen                Gemeente Amersfoort          openbaar  MONTHLY    postcode 2
     *  Verkeersongevallen       Provincie Utrecht            openbaar  DAILY      coordinates 1 (overdue later)
     *  Monumenten               Gemeente Amersfoort          intern    -          buurtcode 1, postcode 1
     *  Grondwatermeetpunten     Waterschap Vallei en Veluwe  openbaar  ANNUAL     -
     *  Vergunningen             Provincie Utrecht            intern    QUARTERLY  wijkcode 1, gemeentecode 1
     */
    private void createCatalogue() {
        String subsidies = imported("Subsidieregister 2025", "openbaar", """
                aanvrager;postcode;gemeentecode;bedrag
                Stichting Groen;3511 AB;GM0344;12000
                Vereniging Noord;3812 AA;GM0307;8500
                Dorpshuis Oost;38 XY;GM0307;4000
                Sportclub West;3431 BC;GM9999;2500
                Bibliotheek Zuid;3701 CD;GM0355;15000
                """);
        String laadpalen = imported("Laadpalen", "openbaar", """
                locatie;postcode;aantal_punten
                Stationsplein;3811 MG;4
                Zonnehof;3811 ND;2
                Lage Road;LL11;6
                Eemplein;3812;2
                """);
        String ongevallen = imported("Verkeersongevallen", "openbaar", """
                datum;x;y;ernst
                2025-01-04;136000;455000;licht
                2025-01-09;141200;458300;zwaar
                2025-02-11;5;5;licht
                2025-03-02;139900;456100;licht
                """);
        String monumenten = imported("Monumenten", "intern", """
                naam;postcode;buurtcode
                Koppelpoort;3811 KX;BU03070000
                Onze Lieve Vrouwetoren;3811 XX;BU03070101
                Mariënhof;38AA;BU12
                """);
        String grondwater = imported("Grondwatermeetpunten", "openbaar", """
                meetpunt;diepte_m;gemeten_op
                B32C0012;4.2;2025-06-01
                B32C0013;3.9;2025-06-01
                B32C0014;5.1;2025-06-01
                """);
        String vergunningen = imported("Vergunningen", "intern", """
                zaak;wijkcode;gemeentecode;soort
                V-001;WK034401;GM0344;omgeving
                V-002;WK7;GM0344;evenement
                V-003;WK034402;GM1234;omgeving
                """);
        String licence = "\"licence\": \"http://creativecommons.org/publicdomain/zero/1.0/\"";
        describe(subsidies, "{\"publisher\": \"Provincie Utrecht\", \"description\": \"Verleende subsidies\", "
                + licence + ", \"keywords\": [\"subsidie\"], \"updateFrequency\": \"ANNUAL\"}");
        describe(laadpalen, "{\"publisher\": \"Gemeente Amersfoort\", \"description\": \"Openbare laadpalen\", "
                + "\"updateFrequency\": \"MONTHLY\"}");
        describe(ongevallen, "{\"publisher\": \"Provincie Utrecht\", \"description\": \"Ongevallen op provinciale "
                + "wegen\", " + licence + ", \"keywords\": [\"verkeer\"], \"updateFrequency\": \"DAILY\"}");
        describe(monumenten, "{\"publisher\": \"Gemeente Amersfoort\"}");
        describe(grondwater, "{\"publisher\": \"Waterschap Vallei en Veluwe\", \"description\": \"Meetpunten\", "
                + licence + ", \"keywords\": [\"water\", \"bodem\"], \"updateFrequency\": \"ANNUAL\"}");
        describe(vergunningen, "{\"publisher\": \"Provincie Utrecht\", \"description\": \"Vergunningen\", "
                + "\"updateFrequency\": \"QUARTERLY\"}");

        Instant edited = Instant.now();
        for (String id : new String[] {subsidies, laadpalen, ongevallen, monumenten, grondwater, vergunningen}) {
            awaitReport(admin(), id);
            assertThat(admin().postJson("/v1/datasets/" + id + "/quality/mqa", Map.of()).statusCode())
                    .isEqualTo(202);
        }
        for (String id : new String[] {subsidies, laadpalen, ongevallen, monumenten, grondwater, vergunningen}) {
            awaitMqaAfter(id, edited);
        }
    }

    private String imported(String title, String accessLevel, String csv) {
        JsonNode job = admin().importFile(Fixtures.file("dashboard.csv", csv, StandardCharsets.UTF_8), title,
                accessLevel);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private void describe(String id, String patch) {
        var response = admin().patchMerge("/v1/datasets/" + id, patch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private void awaitMqaAfter(String id, Instant after) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode mqa = json(admin().get("/v1/datasets/" + id + "/quality")).get("mqa");
            if (mqa != null && !mqa.isNull() && Instant.parse(mqa.get("assessedAt").asString()).isAfter(after)) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no MQA assessment of " + id + " after " + after);
    }
}
