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
    void aFileThatIsNoArchiveHasNone(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("a.csv"), "a;b\n1;2\n");
        assertThat(OfficeMetadata.propertiesIn(csv)).isEmpty();
    }
}
