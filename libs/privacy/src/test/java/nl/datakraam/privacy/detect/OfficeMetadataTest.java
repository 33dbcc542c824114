// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficeMetadataTest {

    private static final Path SUBSIDIES = Path.of(System.getProperty("datakraam.shared", "../../../shared"),
            "data/real/amsterdam_subsidieregister_2016-10-31.xlsx");

    @Test
    void theAmsterdamWorkbookNamesItsAuthorsAndItsDrives() throws IOException {
        Path file = SUBSIDIES.toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            file = Path.of("/work/shared/data/real/amsterdam_subsidieregister_2016-10-31.xlsx");
        }
        assumeTrue(Files.exists(file), "shared data not present");
        assertThat(OfficeMetadata.propertiesIn(file))
                .containsExactly("creator", "lastModifiedBy", "company", "absPath", "externalConnection");
        Finding finding = OfficeMetadata.scan(file, 2727).orElseThrow();
        assertThat(finding.field()).isNull();
        assertThat(finding.toString()).doesNotContain("Prins", "Meijdenberg", "D:\\", "G:\\");
    }

    @Test
    void anOpenDocumentSpreadsheetNamesItsCreatorsAndUserFields(@TempDir Path dir) throws IOException {
        Path ods = dir.resolve("lijst.ods");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(ods))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("meta.xml"));
            zip.write("""
                    <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                      xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                      xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>
                      <meta:initial-creator>Jan Jansen</meta:initial-creator><dc:creator>Anna Smit</dc:creator>
                      <meta:user-defined meta:name="Afdeling">Sociaal Domein</meta:user-defined>
                      <dc:title></dc:title></office:meta></office:document-meta>"""
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(OfficeMetadata.propertiesIn(ods)).containsExactly("creator", "lastModifiedBy", "customProperties");
    }

    @Test
    void aFileThatIsNoArchiveHasNone(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "a;b\n1;2\n");
        assertThat(OfficeMetadata.propertiesIn(csv)).isEmpty();
    }
}
