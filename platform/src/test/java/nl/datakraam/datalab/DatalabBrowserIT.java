// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.datakraam.support.Browser;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Must-show 4 of issue 7: a policy officer (a medewerker, signed in through the form) goes from question to chart
 * to dashboard in a real browser without typing any SQL — picks the dataset, a group and a measure from lists, runs
 * the question, makes a bar chart of it and puts that on a new dashboard, which then shows the chart drawn by
 * ECharts with its data table holding the sums. Screenshots: {@code target/screenshots/datalab-builder.png} and
 * {@code datalab-dashboard.png} (copied to {@code docs/screenshots}).
 *
 * <pre>
 *  gemeente   jaar  bedrag         sum per gemeente
 *  ---------  ----  ------         ----------------
 *  Groningen  2023   1200          Groningen  3700
 *  Groningen  2024   2500          Haren       800
 *  Haren      2023    800          Zuidhorn   1550
 *  Zuidhorn   2023    600
 *  Zuidhorn   2024    950
 * </pre>
 */
class DatalabBrowserIT extends PlatformIT {

    @Test
    void aPolicyOfficerGoesFromQuestionToChartToDashboardWithoutSql() {
        Browser.requireInstalled();
        JsonNode job = admin().importFile(Fixtures.file("subsidies-datalab.csv", """
                gemeente;jaar;bedrag
                Groningen;2023;1200
                Groningen;2024;2500
                Haren;2023;800
                Zuidhorn;2023;600
                Zuidhorn;2024;950
                """, StandardCharsets.UTF_8), "Subsidies per gemeente (datalab)", "intern");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        String title = json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("title").asString();
        TestAccounts.Account officer = accounts().create("beleid", "medewerker");

        try (Browser browser = Browser.start(port, 1280, 1000)) {
            browser.signIn(officer.id(), officer.password());
            browser.open("/datalab");
            browser.driver().findElement(By.id("link-builder")).click();

            new Select(browser.await("#builder-dataset")).selectByVisibleText(title + " (intern)");
            browser.driver().findElement(By.id("builder-choose")).click();
            new Select(browser.await("#gf1")).selectByValue("gemeente");
            new Select(browser.await("#ma1")).selectByValue("sum");
            new Select(browser.await("#mf1")).selectByValue("bedrag");
            browser.driver().findElement(By.id("builder-run")).click();

            assertThat(cells(browser, "#builder-result tbody tr")).isEqualTo(Map.of("Groningen", "3700", "Haren",
                    "800", "Zuidhorn", "1550"));
            assertThat(browser.await("#builder-sql").getAttribute("value")).contains("sum(\"bedrag\")",
                    "GROUP BY \"gemeente\"");
            Path builderShot = browser.screenshot("datalab-builder.png");
            assertThat(builderShot).isNotEmptyFile();

            browser.driver().findElement(By.id("link-chart")).click();
            WebElement chartTitle = browser.await("#chart-title");
            chartTitle.sendKeys("Subsidie per gemeente");
            browser.driver().findElement(By.id("chart-description")).sendKeys(
                    "Staafdiagram: Groningen kreeg 3700 euro, Zuidhorn 1550 en Haren 800.");
            assertThat(new Select(browser.await("#chart-type")).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("bar");
            assertThat(new Select(browser.await("#chart-x")).getFirstSelectedOption().getText()).isEqualTo("gemeente");
            browser.driver().findElement(By.id("chart-save")).click();

            browser.await(".datalab-chart[data-drawn] svg");
            browser.driver().findElement(By.id("link-dashboard")).click();
            browser.await("#dashboard-title").sendKeys("Subsidies in Groningen", Keys.TAB);
            browser.driver().findElement(By.id("dashboard-save")).click();

            // a text beside the chart: prose with a little Markdown, still no SQL
            browser.await("#link-edit-dashboard").click();
            new Select(browser.await("#ik2")).selectByValue("text");
            browser.driver().findElement(By.id("il2")).sendKeys("Toelichting");
            browser.driver().findElement(By.id("it2")).sendKeys("Verleende subsidies in **2023 en 2024**, per "
                    + "gemeente.\n\n- Bron: het subsidieregister\n- Bedragen in euro");
            browser.driver().findElement(By.id("dashboard-save")).click();
            assertThat(browser.await("#dashboard-grid .item-text strong").getText()).isEqualTo("2023 en 2024");

            WebElement drawn = browser.await("#dashboard-grid .datalab-chart[data-drawn] svg");
            assertThat(drawn.isDisplayed()).isTrue();
            WebElement chart = browser.await("#dashboard-grid .datalab-chart");
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-label")).isEqualTo("Subsidie per gemeente");
            String described = chart.getAttribute("aria-describedby");
            assertThat(browser.await("#" + described).getText()).startsWith("Staafdiagram: Groningen kreeg 3700");
            assertThat(drawn.getText()).contains("Groningen", "Haren", "Zuidhorn");
            browser.driver().findElement(By.cssSelector("#dashboard-grid details.datalab-table summary")).click();
            assertThat(cells(browser, "#dashboard-grid details.datalab-table tbody tr")).isEqualTo(Map.of(
                    "Groningen", "3700", "Haren", "800", "Zuidhorn", "1550"));
            assertThat(browser.all("#dashboard-grid .datalab-export button")).hasSize(2);
            assertThat(browser.consoleErrors()).as("console errors").isEmpty();
            Path dashboardShot = browser.screenshot("datalab-dashboard.png");
            assertThat(dashboardShot).isNotEmptyFile();
            assertThat(browser.driver().getCurrentUrl()).matches(".*/datalab/dashboards/[0-9a-f-]{36}");
        }
    }

    private static Map<String, String> cells(Browser browser, String rows) {
        browser.await(rows);
        Map<String, String> cells = new TreeMap<>();
        for (WebElement row : browser.all(rows)) {
            List<WebElement> cell = row.findElements(By.tagName("td"));
            cells.put(cell.get(0).getText(), cell.get(1).getText());
        }
        return cells;
    }
}
