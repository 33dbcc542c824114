// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.nio.file.Path;
import nl.datakraam.query.infra.DuckDbSandbox;

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
        DuckDbSandbox.deleteQuietly(file.getParent());
    }
}
