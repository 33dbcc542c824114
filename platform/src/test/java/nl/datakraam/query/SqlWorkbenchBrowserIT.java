// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.datakraam.support.Browser;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The SQL workbench in a real browser (headless Chromium): the schema browser lists the table, SQL typed into the
 * editor runs with Ctrl+Enter and its rows show, a wrong column is marked at its line and column (the caret on it,
 * the line quoted with the place marked), a long query is cancelled with the cancel button, and the history lists
 * the queries.
 */
class SqlWorkbenchBrowserIT extends PlatformIT {

    @Test
    void typeRunSeeRowsAndSeeAnErrorMarkedAtItsPosition() {
        Browser.requireInstalled();
        var file = Fixtures.file("werkbank-browser.csv", "punt;waarde\nA;1\nB;2\n", StandardCharsets.UTF_8);
        String id = admin().importFile(file, "Meetpunten in de browser", "openbaar").get("subjectId").asString();
        String table = json(admin().get("/v1/datasets/" + id)).get("tableName").asString();

        try (Browser browser = Browser.start(port, 1280, 900)) {
            browser.signIn("beheerder", TOKEN);
            browser.open("/datalab/sql");
            assertThat(browser.await("h1").getText()).isEqualTo("SQL-werkbank");
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(20));
            wait.until(d -> browser.await("#tables").getText().contains(table));

            WebElement editor = browser.await("#sql");
            editor.sendKeys("SELECT punt, waarde FROM " + table + " ORDER BY punt");
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            wait.until(d -> browser.all("#result tbody tr").size() == 2);
            assertThat(browser.await("#result tbody tr:first-child").getText()).contains("A").contains("1");
            assertThat(browser.await("#status").getText()).contains("Rijen 1 tot en met 2");

            editor.clear();
            editor.sendKeys("SELECT bestaat_niet FROM " + table);
            browser.await("#run").click();
            wait.until(d -> browser.await("#error").isDisplayed()
                    && browser.await("#error-position").getText().contains("regel 1, kolom 8"));
            assertThat(browser.await("#error-text").getText()).contains("bestaat_niet");
            assertThat(browser.await("#error-context mark").getText()).isEqualTo("b");
            Object caret = ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.getElementById('sql').selectionStart");
            assertThat(((Number) caret).intValue()).isEqualTo(7);
            assertThat(editor.getAttribute("aria-invalid")).isEqualTo("true");
            wait.until(d -> browser.all("#history tbody tr").size() >= 2);
            browser.screenshot("sql-workbench.png");

            editor.clear();
            editor.sendKeys("SELECT sum(a.range * b.range) FROM range(1000000) a, range(1000000) b");
            browser.await("#run").click();
            wait.until(d -> browser.await("#cancel").isEnabled());
            browser.await("#cancel").click();
            wait.until(d -> browser.await("#error-text").getText().contains("geannuleerd"));
            assertThat(browser.await("#run").isEnabled()).isTrue();
            assertThat(browser.await("#cancel").isEnabled()).isFalse();

            wait.until(d -> browser.all("#history tbody tr").size() >= 3);
            assertThat(browser.await("#history tbody tr:nth-child(2)").getText()).contains("bestaat_niet", "mislukt");
            assertThat(browser.await("#save-link").getAttribute("href"))
                    .contains("/datalab/queries/nieuw?sql=SELECT%20sum(a.range");
            // the refused query's 400 is the answer the page shows, not an error of the page
            assertThat(browser.consoleErrors()).as("console errors")
                    .filteredOn(error -> !error.matches(".*/datalab/sql/(run|runs/[-0-9a-f]+) - Failed to load"
                            + " resource: the server responded with a status of (400|404|422).*"))
                    .isEmpty();
        }
    }
}
