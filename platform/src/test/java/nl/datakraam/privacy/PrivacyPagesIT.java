// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * The privacy pages in both languages: they render, say their language, label every form control (a
 * {@code <label for>} or, for a group of radio buttons, the labels of each), and give every table a caption.
 */
class PrivacyPagesIT extends PlatformIT {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)\\b([^>]*)>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    @Test
    void everyPrivacyPageRendersInDutchAndEnglishWithLabelledControlsAndCaptionedTables() {
        admin().importFile(Fixtures.file("pagina.csv", "a;b\n1;" + System.nanoTime() + "\n", StandardCharsets.UTF_8),
                "Pagina-dataset", "intern");
        TestAccounts.Account steward = accounts().create("pagina-de", "beheerder", "data-eigenaar");
        BrowserSession browser = steward.browser();
        HttpResponse<String> created = browser.submitFormFrom("/privacy/toetsen/nieuw", "/privacy/toetsen",
                Map.of("kind", "ethics", "title", "Ethiek van de routeplanner"));
        String assessment = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
        browser.submitFormFrom("/privacy/initiatieven", "/privacy/initiatieven", Map.of("name", "Routeplanner",
                "ownerOrganisation", "Provincie"));
        browser.submitFormFrom("/privacy/verwerkingsregister/nieuw", "/privacy/verwerkingsregister", Map.of(
                "naam", "Routes", "doel", "plannen", "grondslag", "publieke-taak", "verantwoordelijkeOrganisatie",
                "GS", "openbaar", "true"));

        for (String path : List.of("/privacy", "/privacy/toetsen", "/privacy/toetsen/nieuw", assessment,
                "/privacy/initiatieven", "/privacy/verwerkingsregister", "/privacy/verwerkingsregister/nieuw",
                "/privacy/bewaartermijnen")) {
            for (String language : List.of("nl", "en")) {
                HttpResponse<String> page = browser.get(path + "?lang=" + language);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                String html = page.body();
                assertThat(html).as(path).contains("<html lang=\"" + language + "\"");
                assertThat(unlabelled(html)).as("controls without a label on " + path).isEmpty();
                assertThat(count(html, "<table")).as("tables with a caption on " + path)
                        .isEqualTo(count(html, "<caption"));
                assertThat(html).as(path).doesNotContain("??");
            }
        }
        assertThat(browser.get(assessment).body()).contains("type=\"radio\"", "<textarea", "<legend");
    }

    /** Ids of visible form controls that no {@code <label for>} names. */
    private static List<String> unlabelled(String html) {
        List<String> missing = new ArrayList<>();
        Matcher control = CONTROL.matcher(html);
        while (control.find()) {
            String attributes = control.group(2);
            if (attributes.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = ID.matcher(attributes);
            if (!id.find()) {
                missing.add(control.group());
            } else if (!html.contains("for=\"" + id.group(1) + "\"")) {
                missing.add(id.group(1));
            }
        }
        return missing;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
