// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CodeListsTest {

    @Test
    void holdsCurrentAndHistoricalGemeentecodesOfTabel33() {
        assertThat(CodeLists.official().gemeentecodes()).contains("0014", "0001", "1952", "1987", "0998");
    }

    @Test
    void addsTheMunicipalitiesFormedAfterTabel33FromTheTooiList() {
        assertThat(CodeLists.official().gemeentecodes()).contains("1979", "1980", "1982", "1991")
                .doesNotContain("9999");
    }

    @Test
    void holdsTheTwelveProvinciecodes() {
        assertThat(CodeLists.official().provinciecodes()).hasSize(12).contains("PV20", "PV31", "PV26");
    }

    @Test
    void bundledCopiesEqualTheOfficialFilesInShared() throws IOException {
        assertBundledCopyEquals(CodeLists.GEMEENTEN, "data/real/rvig_tabel33_gemeententabel.csv");
        assertBundledCopyEquals(CodeLists.TOOI_GEMEENTEN, "standards/diwoo/tooi-lijsten/rwc_gemeenten_compleet.csv");
        assertBundledCopyEquals(CodeLists.PROVINCIES, "standards/diwoo/tooi-lijsten/rwc_provincies_compleet.csv");
    }

    private static void assertBundledCopyEquals(String resource, String shared) throws IOException {
        Path root = Path.of(System.getProperty("datakraam.shared", "../../../shared")).toAbsolutePath().normalize();
        Path official = root.resolve(shared);
        assumeTrue(Files.exists(official), () -> "SKIPPED: " + official + " is absent; this test needs ../shared");
        assertThat(CodeLists.resource(resource)).as(resource)
                .isEqualTo(Files.readString(official, StandardCharsets.UTF_8));
    }
}
