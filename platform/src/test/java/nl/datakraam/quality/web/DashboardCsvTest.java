// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.support.MessageBundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The dashboard's CSV file as Excel needs it, in Dutch and in English. */
class DashboardCsvTest {

    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private final ResourceBundleMessageSource messages = MessageBundles.source();

    private static Dashboard dashboard() {
        var rows = List.of(
                new Dashboard.Row(ID, "Subsidies; 2025 \"definitief\"", "Provincie Utrecht", "openbaar", true, 310,
                        "good", 74.3, new DataQuality.Dimensions(85.0, 90.0, 72.0, 50.0), true, "/datasets/" + ID),
                new Dashboard.Row(OTHER, "=HYPERLINK(\"x\")", null, "intern", false, null, null, null, null, false,
                        "/datasets/" + OTHER));
        return new Dashboard(Instant.parse("2026-11-29T12:00:00Z"), null,
                List.of(new Organisation.Ref("pv26", "https://identifier.overheid.nl/tooi/id/provincie/pv26",
                        "Provincie Utrecht")), null, List.of(), 2, 1,
                new Dashboard.Mqa(1, 310.0, 405, "good", Map.of()), new Dashboard.DataQualityFigures(1, 74.3,
                        List.of()), new Dashboard.Overdue(1, "/achterstallig"), List.of(), "title", "asc", 0, null, rows);
    }

    @Test
    void dutchUsesSemicolonsDecimalCommasAndDutchWords() {
        String csv = DashboardCsv.write(dashboard(), Locale.forLanguageTag("nl"), messages, "https://data.example");

        assertThat(csv).startsWith("\uFEFFDataset;Organisatie;Toegang;Metadatakwaliteit (0-405);"
                + "Beoordeling metadatakwaliteit;Datakwaliteit (0-100);Volledigheid;Geldigheid;Uniciteit;Tijdigheid;"
                + "Achterstallig;Pagina\r\n");
        assertThat(csv).contains("\"Subsidies; 2025 \"\"definitief\"\"\";Provincie Utrecht;openbaar;310;goed;74,3;85,0;"
                + "90,0;72,0;50,0;ja;https://data.example/datasets/" + ID + "\r\n");
    }

    @Test
    void englishUsesCommasAndDecimalPoints() {
        String csv = DashboardCsv.write(dashboard(), Locale.ENGLISH, messages, "https://data.example");

        assertThat(csv).startsWith("\uFEFFDataset,Organisation,Access,Metadata quality (0-405),");
        assertThat(csv).contains("Subsidies; 2025 \"\"definitief\"\"\",Provincie Utrecht,public,310,good,74.3,85.0,"
                + "90.0,72.0,50.0,yes,");
    }

    @Test
    void aTitleAFormulaWouldTakeStaysTextAndUnassessedCellsStayEmpty() {
        String csv = DashboardCsv.write(dashboard(), Locale.forLanguageTag("nl"), messages, "https://data.example");

        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\";;intern;;;;;;;;nee;https://data.example/datasets/"
                + OTHER + "\r\n");
    }
}
