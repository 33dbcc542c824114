// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The whole answer to a query as a file ({@link QueryService#export}), in a temporary directory of its own that
 * {@link #close} deletes.
 *
 * @param file      the file
 * @param mediaType its IANA media type
 * @param fileName  the name to offer it under ({@code antwoord.csv} …)
 * @param rows      the answer's rows
 */
public record QueryExport(Path file, String mediaType, String fileName, long rows) implements AutoCloseable {

    /** Deletes the file and its directory. */
    @Override
    public void close() {
        deleteQuietly(file.getParent());
    }

    static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // left in the temporary directory
                }
            });
        } catch (IOException ignored) {
            // already gone
        }
    }
}
