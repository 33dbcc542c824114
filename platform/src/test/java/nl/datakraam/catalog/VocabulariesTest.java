// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The value lists the catalogue bundles are the official files of ../shared/standards, and hold what they should. */
class VocabulariesTest {

    @Test
    void bundledCopiesEqualTheOfficialFilesInShared() throws IOException {
        Path standards = Path.of(System.getProperty("datakraam.shared", "../../shared")).toAbsolutePath().normalize()
                .resolve("standards");
        assumeTrue(Files.isDirectory(standards), () -> "SKIPPED: " + standards + " is absent; this test needs ../shared");
        for (Map.Entry<String, String> copy : Vocabularies.OFFICIAL_COPIES.entrySet()) {
            assertThat(Vocabularies.resource(copy.getKey())).as(copy.getKey())
                    .isEqualTo(Files.readString(standards.resolve(copy.getValue()), StandardCharsets.UTF_8));
        }
    }

    @Test
    void provinceGroningenIsPv20() {
        assertThat(Vocabularies.find(Vocabularies.organisations(), "pv20")).get()
                .extracting(Concept::iri, Concept::labelNl)
                .containsExactly("https://identifier.overheid.nl/tooi/id/provincie/pv20", "provincie Groningen");
        assertThat(Vocabularies.find(Vocabularies.places(), "GM0014")).get().extracting(Concept::labelNl)
                .isEqualTo("Groningen");
    }

    @Test
    void keepsBothThemeLists() {
        assertThat(Vocabularies.euThemes()).hasSize(13).extracting(Concept::code).contains("GOVE", "TRAN", "ENVI");
        assertThat(Vocabularies.donlThemes()).as("93 themes and their 17 top themes").hasSize(110);
        assertThat(Vocabularies.donlTopTheme("http://standaarden.overheid.nl/owms/terms/Provincies")).contains(
                "http://standaarden.overheid.nl/owms/terms/Bestuur");
        assertThat(Vocabularies.find(Vocabularies.themes(), "Provincies")).isPresent();
    }

    @Test
    void findsLicencesLanguagesAndFileTypesByIriOrCode() {
        assertThat(Vocabularies.find(Vocabularies.licences(), "https://creativecommons.org/licenses/by/4.0/")).get()
                .extracting(Concept::code).isEqualTo("CC-BY-4.0");
        assertThat(Vocabularies.licences()).hasSize(10);
        assertThat(Vocabularies.find(Vocabularies.languages(), "nld")).get().extracting(Concept::iri)
                .isEqualTo("http://publications.europa.eu/resource/authority/language/NLD");
        assertThat(DcatRdf.fileType("csv")).contains("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(DcatRdf.fileType("parquet")).as("eu-file-type-data.csv")
                .contains("http://publications.europa.eu/resource/authority/file-type/PARQUET");
        assertThat(DcatRdf.fileType("csv-excel-nl")).as("a CSV file")
                .contains("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(DcatRdf.fileType("gpkg")).contains("http://publications.europa.eu/resource/authority/file-type/GPKG");
        assertThat(DcatRdf.fileType("shp")).as("not in the lists the project holds").isEmpty();
        assertThat(Vocabularies.find(Vocabularies.licences(), "MIT")).isEmpty();
    }

    @Test
    void slugsAreReadable() {
        assertThat(Slugs.of("Fietspaden Groningen 2024", 80)).isEqualTo("fietspaden-groningen-2024");
        assertThat(Slugs.of("Ëén café — één", 80)).isEqualTo("een-cafe-een");
        assertThat(Slugs.of("!!!", 80)).isEqualTo("dataset");
    }
}
