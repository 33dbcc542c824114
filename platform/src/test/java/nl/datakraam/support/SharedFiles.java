// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared folder ({@code ../shared}: real data, standards, cases), found through the system property
 * {@code datakraam.shared} that the build sets. Tests that need it skip with a visible message where it is absent;
 * CI's {@code .ci/run} makes sure it is present.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    /** A file or folder below {@code ../shared}; skips the calling test when it is absent. */
    public static Path shared(String relative) {
        Path root = Path.of(System.getProperty("datakraam.shared", "../shared")).toAbsolutePath().normalize();
        Path path = root.resolve(relative);
        assumeTrue(Files.exists(path), () -> "SKIPPED: " + path + " is absent; these tests need ../shared beside the checkout");
        return path;
    }
}
