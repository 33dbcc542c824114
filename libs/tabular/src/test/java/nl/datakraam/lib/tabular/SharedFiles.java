// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

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

    /** A file of {@code cases/ingest}, the small inputs that broke other platforms. */
    static Path ingestCase(String name) {
        return existing(folder("cases/ingest").resolve(name));
    }

    /** A file of {@code data/real}, real open data described in its PROVENANCE.md. */
    static Path realData(String name) {
        return existing(folder("data/real").resolve(name));
    }

    private static Path folder(String relative) {
        String root = System.getProperty("datakraam.shared");
        assumeTrue(root != null, "System property datakraam.shared is not set (the root pom sets it); skipping a"
                + " test that needs the shared test data.");
        Path folder = Path.of(root).resolve(relative);
        assumeTrue(Files.isDirectory(folder), "Shared test data " + folder + " is absent; skipping. Check out the"
                + " shared folder next to the repository to run this test.");
        return folder;
    }

    private static Path existing(Path file) {
        assumeTrue(Files.isRegularFile(file), "Shared test file " + file + " is absent; skipping.");
        return file;
    }
}
