// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where one version's data is kept, for retention (issue 9): its raw upload and its distributions' files in the blob
 * store, and whether they were deleted. The version's metadata (schema, counts, checksums) always stays.
 *
 * @param createdAt     when the version was committed (UTC): its retention period runs from here
 * @param current       whether it is the dataset's current version
 * @param rawKey        the blob-store key of the raw upload, {@code raw/<sha256>}; other versions (of any dataset)
 *                      holding the same bytes share it
 * @param dataDeletedAt when its data files were deleted ({@link Catalog#markVersionDataDeleted}); null while kept
 */
public record VersionFiles(UUID id, int number, Instant createdAt, boolean current, String rawKey, String rawSha256,
        long rawSize, List<Distribution> distributions, @Nullable Instant dataDeletedAt) {

    public VersionFiles {
        distributions = List.copyOf(distributions);
    }
}
