// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared test inputs next to the repository ({@code ../shared}, passed by surefire as the system property
 * {@code datakraam.shared}). Tests that need them are skipped, with a message, where they are absent.
 */
final class SharedFiles {

    private SharedFiles() {
    }

    /** A file of {@code data/real}, real open data described in its PROVENANCE.md. */
    static Path realData(String name) {
        String root = System.getProperty("datakraam.shared");
        assumeTrue(root != null, "System property datakraam.shared is not set (the root pom sets it); skipping a"
                + " test that needs the shared test data.");
        Path file = Path.of(root).resolve("data/real").resolve(name);
        assumeTrue(Files.isRegularFile(file), "Shared test file " + file + " is absent; skipping. Check out the"
                + " shared folder next to the repository to run this test.");
        return file;
    }
}
