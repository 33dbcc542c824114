// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import nl.datakraam.lib.geo.GeoCode;
import nl.datakraam.lib.geo.GeoException;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import nl.datakraam.lib.messages.MessageTemplate;
import nl.datakraam.lib.tabular.Issue;
import nl.datakraam.lib.tabular.Severity;
import nl.datakraam.lib.tabular.TabularCode;
import nl.datakraam.support.MessageBundles;
import org.junit.jupiter.api.Test;

/**
 * Every code a steward can meet ({@link MessageCodes#all()}: the libraries' and the platform's) has a Dutch and an
 * English text, and those texts use only the facts the code's messages carry.
 */
class MessageCodesTest {

    /** Names every issue text may use besides the code's own: the positions and the file name. */
    private static final Set<String> POSITIONS = Set.of("file", "line", "column", "field");

    @Test
    void everyCodeHasADutchAndAnEnglishText() {
        Properties dutch = MessageBundles.properties("/messages.properties");
        Properties english = MessageBundles.properties("/messages_en.properties");

        for (MessageCode code : MessageCodes.all()) {
            assertThat(dutch.getProperty("issue." + code.key())).as("Dutch text of " + code.key()).isNotBlank();
            assertThat(english.getProperty("issue." + code.key())).as("English text of " + code.key())
                    .isNotBlank();
        }
    }

    @Test
    void textsUseOnlyTheFactsTheirCodeCarries() {
        for (Properties bundle : List.of(MessageBundles.properties("/messages.properties"), MessageBundles.properties("/messages_en.properties"))) {
            for (MessageCode code : MessageCodes.all()) {
                Set<String> known = new HashSet<>(MessageTemplate.argumentNames(code.englishTemplate()));
                known.addAll(POSITIONS);
                assertThat(MessageTemplate.argumentNames(bundle.getProperty("issue." + code.key())))
                        .as("arguments of issue." + code.key()).isSubsetOf(known);
            }
        }
    }

    @Test
    void codesAreUniqueAcrossLibrariesAndPlatform() {
        assertThat(MessageCodes.all()).extracting(MessageCode::key).doesNotHaveDuplicates();
    }

    @Test
    void theExtraFieldOfCaseC14ReadsAsPlainDutchAndEnglish() {
        var messages = new LocalisedMessages(MessageBundles.source());
        Issue issue = Issue.of(Severity.WARNING, TabularCode.ROW_EXTRA_VALUES, 3, 3, "column_3",
                Map.of("unit", "line", "header", true, "found", 3, "expected", 2, "count", 1L, "lines", List.of(3L),
                        "more", 0L, "fields", List.of("column_3"), "text", true));

        assertThat(messages.issue(issue.code(), issue.arguments(), "c14.csv", issue.line(), issue.column(),
                issue.field(), LocalisedMessages.DUTCH, issue.message()))
                .isEqualTo("Regel 3 van c14.csv heeft 3 waarden, maar de kopregel heeft er 2. Er is niets"
                        + " weggelaten: de extra waarden staan in het nieuwe veld column_3. Controleer of op die regel"
                        + " een scheidingsteken in een waarde staat zonder aanhalingstekens eromheen, of voeg de"
                        + " ontbrekende kolomnaam toe aan de kopregel.");
        assertThat(messages.issue(issue.code(), issue.arguments(), "c14.csv", issue.line(), issue.column(),
                issue.field(), Locale.ENGLISH, issue.message()))
                .startsWith("Line 3 of c14.csv has 3 values, but the header has 2.");
    }

    @Test
    void fallsBackToTheStoredEnglishWhenAFactIsMissingOrTheCodeUnknown() {
        var messages = new LocalisedMessages(MessageBundles.source());

        assertThat(messages.issue("row.extra-values", Map.of(), LocalisedMessages.DUTCH, "stored English"))
                .isEqualTo("stored English");
        assertThat(messages.jobError("ingest.no-such-code", Map.of(), LocalisedMessages.DUTCH, "stored English"))
                .isEqualTo("stored English");
    }

    @Test
    void saysNestedMessagesInTheSameLanguageAlsoFromTheirJsonForm() {
        var messages = new LocalisedMessages(MessageBundles.source());
        Map<String, Object> reason = Map.of("code", "crs-guess.rd-new", "arguments", Map.of(), "english", "RD");
        Map<String, Object> arguments = Map.of("source", "geojson", "lonLatRequired", true, "guessEpsg", 28992,
                "reason", reason, "review", false, "file", "buurten.geojson");

        assertThat(messages.jobError("ingest.crs.undeclared", arguments, LocalisedMessages.DUTCH, "English"))
                .contains("buurten.geojson vermeldt geen coördinatenstelsel", "RD New (EPSG:28992)",
                        "meters in RD New", "crs=28992");
        assertThat(messages.issue("geo.coordinates-proposed", Map.of("xName", "x", "yName", "y", "guessEpsg", 28992,
                "confidence", "high", "reason", new Message("crs-guess.rd-new", Map.of(), "RD"), "file", "a.csv"),
                Locale.ENGLISH, "English")).contains("metres in RD New", "crs=28992");
    }

    @Test
    void irregularQuotesAndAGeoParquetColumnWithoutCrsInAReviewReadAsPlainDutchAndEnglish() {
        var messages = new LocalisedMessages(MessageBundles.source());
        Issue quotes = Issue.of(Severity.INFO, TabularCode.CSV_IRREGULAR_QUOTES, 7, 0, null, Map.of("count", 2L));

        assertThat(messages.issue(quotes.code(), quotes.arguments(), "a.csv", quotes.line(), 0, null,
                LocalisedMessages.DUTCH, quotes.message())).startsWith("In 2 waarden van a.csv staat een"
                + " aanhalingsteken (\") dat geen waarde opent of sluit, voor het eerst op regel 7:");
        assertThat(messages.issue(quotes.code(), quotes.arguments(), "a.csv", quotes.line(), 0, null,
                Locale.ENGLISH, quotes.message())).startsWith("2 values in a.csv hold a quote (\")");

        Map<String, Object> facts = new HashMap<>(new GeoException(GeoCode.CRS_UNDECLARED, 0, Map.of("source",
                "geoparquet", "column", "geom", "lonLatRequired", false, "guessEpsg", 0, "review", true)).arguments());
        facts.put("file", "a.parquet");
        assertThat(messages.issue("crs.undeclared", facts, LocalisedMessages.DUTCH, "English")).isEqualTo("De"
                + " GeoParquet-kolom 'geom' van a.parquet vermeldt geen coördinatenstelsel. Er wordt niets opgeslagen"
                + " voordat u in deze controle een coördinatenstelsel bevestigt. De coördinaten passen niet bij RD New"
                + " en ook niet bij lengte- en breedtegraden. Weet u welk coördinatenstelsel het is? Kies het dan in"
                + " deze controle: 28992, 4326 of 4258. Weet u het niet? Zet het bestand dan om naar EPSG:28992 of"
                + " EPSG:4326 en vermeld dat in het bestand.");
        assertThat(messages.issue("crs.undeclared", facts, Locale.ENGLISH, "English")).startsWith("The GeoParquet"
                + " column 'geom' of a.parquet declares no CRS. Nothing is stored until you confirm a CRS in this"
                + " review.");
    }

    @Test
    void saysFiguresWithTheThousandsAndDecimalMarksOfTheReadersLanguage() {
        var messages = new LocalisedMessages(MessageBundles.source());

        assertThat(messages.number(1234.5, LocalisedMessages.DUTCH)).isEqualTo("1.234,5");
        assertThat(messages.number(1234.5, Locale.ENGLISH)).isEqualTo("1,234.5");
        assertThat(messages.number(68_629L, LocalisedMessages.DUTCH)).isEqualTo("68.629");
        assertThat(messages.number(5.1234567, Locale.ENGLISH)).as("every decimal, no more").isEqualTo("5.1234567");
        assertThat(messages.number(0.1 + 0.2, LocalisedMessages.DUTCH)).isEqualTo("0,30000000000000004");
        assertThat(messages.number(Double.NaN, LocalisedMessages.DUTCH)).isEqualTo("NaN");
        assertThat(messages.number(new java.math.BigDecimal("10000.00"), LocalisedMessages.DUTCH)).isEqualTo("10.000");
        assertThat(messages.number("2024-01-31", LocalisedMessages.DUTCH)).as("text as it is").isEqualTo("2024-01-31");
        assertThat(messages.number(null, Locale.ENGLISH)).isEmpty();
    }
}
