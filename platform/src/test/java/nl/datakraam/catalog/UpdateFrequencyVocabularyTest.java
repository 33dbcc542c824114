// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.datakraam.support.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * The bundled EU frequency list ({@code eu-frequency.csv}), checked against what {@code ../shared/standards} holds of
 * it: the scheme DCAT-AP-NL 3.0 and DCAT-AP-DONL name, and the frequency IRIs the DCAT-AP 3 examples use. The list
 * itself is not in the shared folder (see the PROVENANCE.md beside the resource).
 */
class UpdateFrequencyVocabularyTest {

    private static final Pattern FREQUENCY_IRI = Pattern.compile(
            "https?://publications\\.europa\\.eu/resource/authority/frequency/([A-Z0-9_]+)");

    @Test
    void holdsTheFrequenciesDatakraamNeedsWithDutchAndEnglishLabels() {
        assertThat(UpdateFrequency.all()).extracting(UpdateFrequency::code)
                .contains("CONT", "DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL", "IRREG", "NEVER", "UNKNOWN")
                .doesNotHaveDuplicates();
        assertThat(UpdateFrequency.ofCode("MONTHLY").labelNl()).isEqualTo("maandelijks");
        assertThat(UpdateFrequency.ofCode("MONTHLY").label(Locale.ENGLISH)).isEqualTo("monthly");
        assertThat(UpdateFrequency.ofCode("ANNUAL").label(Locale.forLanguageTag("nl"))).isEqualTo("jaarlijks");
        assertThat(UpdateFrequency.all()).allSatisfy(f -> {
            assertThat(f.iri()).isEqualTo(UpdateFrequency.NAMESPACE + f.code());
            assertThat(f.labelNl()).isNotBlank().doesNotContain("\u0133");
            assertThat(f.labelEn()).isNotBlank();
        });
    }

    @Test
    void findsAFrequencyByIriOrCode() {
        UpdateFrequency monthly = UpdateFrequency.ofCode("MONTHLY");

        assertThat(UpdateFrequency.find("http://publications.europa.eu/resource/authority/frequency/MONTHLY"))
                .contains(monthly);
        assertThat(UpdateFrequency.find("https://publications.europa.eu/resource/authority/frequency/MONTHLY"))
                .contains(monthly);
        assertThat(UpdateFrequency.find("monthly")).contains(monthly);
        assertThat(UpdateFrequency.find(" MONTHLY ")).contains(monthly);
        assertThat(UpdateFrequency.find("maandelijks")).isEmpty();
        assertThat(UpdateFrequency.find("http://publications.europa.eu/resource/authority/frequency/monthly"))
                .isEmpty();
        assertThat(UpdateFrequency.find("")).isEmpty();
    }

    @Test
    void liesInTheSchemeTheDutchProfilesName() throws IOException {
        String scheme = UpdateFrequency.NAMESPACE.substring(0, UpdateFrequency.NAMESPACE.length() - 1)
                .replaceFirst("^http:", "");
        assertThat(text("standards/dcat-ap-nl-3/151-Waardelijsten.md")).contains(scheme);
        assertThat(text("standards/dcat-ap-donl/waardelijsten-overzicht.md")).contains("mdr:Frequency", scheme);
    }

    @Test
    void containsEveryFrequencyTheDcatApExamplesUse() throws IOException {
        Path examples = SharedFiles.shared("standards/dcat-ap-3");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(examples)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Matcher matcher = FREQUENCY_IRI.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).as("frequency codes in the DCAT-AP 3 examples").isNotEmpty();
        assertThat(UpdateFrequency.all()).extracting(UpdateFrequency::code).containsAll(used);
    }

    private static String text(String path) throws IOException {
        return Files.readString(SharedFiles.shared(path), StandardCharsets.UTF_8);
    }
}
