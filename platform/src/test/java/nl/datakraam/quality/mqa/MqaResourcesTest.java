// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.mqa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The value lists and shapes the MQA bundles are byte-for-byte copies of the official files in ../shared. */
class MqaResourcesTest {

    @Test
    void bundledCopiesEqualTheOfficialFilesInShared() throws IOException {
        for (String name : MqaVocabularies.ACCESS_RIGHTS) {
            assertBundledCopyEquals("access-rights/" + name + ".ttl",
                    "standards/dcat-ap-donl/term/access-rights/" + name + ".ttl");
        }
        assertBundledCopyEquals(DcatApValidator.SHAPES, "standards/dcat-ap-3/3.0.1/shacl/dcat-ap-SHACL.ttl");
        assertBundledCopyEquals(DcatApValidator.RANGES, "standards/dcat-ap-3/3.0.1/shacl/ranges.ttl");
    }

    @Test
    void everyAccessRightConceptOfSharedIsBundled() throws IOException {
        Path folder = shared().resolve("standards/dcat-ap-donl/term/access-rights");
        assumeTrue(Files.isDirectory(folder), () -> "SKIPPED: " + folder + " is absent; this test needs ../shared");
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".ttl", "")).sorted().toList())
                    .isEqualTo(MqaVocabularies.ACCESS_RIGHTS);
        }
    }

    @Test
    void theListsHoldWhatTheIndicatorsNeed() {
        MqaVocabularies lists = MqaVocabularies.bundled();
        assertThat(lists.knownLicence("http://creativecommons.org/publicdomain/zero/1.0/deed.nl")).isTrue();
        assertThat(lists.knownAccessRight(MqaVocabularies.EU_ACCESS_RIGHT + "PUBLIC")).isTrue();
        assertThat(lists.knownAccessRight(MqaVocabularies.EU_ACCESS_RIGHT + "RESTRICTED")).isTrue();
        assertThat(lists.format("csv")).get().extracting(MqaVocabularies.Format::fileType)
                .isEqualTo("http://publications.europa.eu/resource/authority/file-type/CSV");
        assertThat(lists.format("parquet")).get().extracting(MqaVocabularies.Format::nonProprietary).isEqualTo(false);
    }

    private static void assertBundledCopyEquals(String resource, String shared) throws IOException {
        Path official = shared().resolve(shared);
        assumeTrue(Files.exists(official), () -> "SKIPPED: " + official + " is absent; this test needs ../shared");
        assertThat(MqaVocabularies.resource(resource)).as(resource)
                .isEqualTo(Files.readString(official, StandardCharsets.UTF_8));
    }

    private static Path shared() {
        return Path.of(System.getProperty("datakraam.shared", "../../shared")).toAbsolutePath().normalize();
    }
}
