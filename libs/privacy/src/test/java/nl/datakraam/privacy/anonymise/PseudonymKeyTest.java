// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    @TempDir
    Path directory;

    @Test
    void createsAKeyReadableByItsOwnerOnlyAndKeepsIt() throws IOException {
        Path file = directory.resolve("secrets/pseudonym-key");

        PseudonymKey first = PseudonymKey.loadOrCreate(file);
        PseudonymKey again = PseudonymKey.loadOrCreate(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(again.pseudonym("", "9711 AB")).isEqualTo(first.pseudonym("", "9711 AB"));
        assertThat(first.toString()).doesNotContain(Files.readString(file).strip());
    }

    @Test
    void refusesAFileWithoutAKeyAndLeavesItAlone() throws IOException {
        Path file = directory.resolve("pseudonym-key");
        Files.writeString(file, "kort");

        assertThatThrownBy(() -> PseudonymKey.loadOrCreate(file)).isInstanceOf(AnonymisationException.class)
                .hasMessageContaining("restore it from the backup");
        assertThat(Files.readString(file)).isEqualTo("kort");
    }
}
