// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a dataset's version history.
 *
 * @param number       1 for the first version
 * @param createdAt    when it was committed (UTC)
 * @param rowCount     data rows
 * @param rawSize      size of the uploaded file, bytes
 * @param versionNotes the steward's changelog ({@code adms:versionNotes}); null when none
 */
public record VersionSummary(int number, Instant createdAt, String sourceFilename, long rowCount, long rawSize,
        @Nullable String versionNotes) {
}
