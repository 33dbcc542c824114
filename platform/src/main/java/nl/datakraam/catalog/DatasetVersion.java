// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One immutable state of a dataset's data.
 *
 * @param rowCount data rows
 * @param rawSize  size of the original upload in bytes
 * @param spatial  for geodata, the source CRS, WGS 84 extent and geometry types; null for a version without geometry
 * @param versionNotes the steward's changelog of this version ({@code adms:versionNotes}); null when none
 */
public record DatasetVersion(UUID id, int number, String sourceFilename, String rawSha256, long rawSize,
        long rowCount, DatasetSchema schema, List<VersionIssue> issues, List<Distribution> distributions,
        Instant createdAt, @Nullable VersionSpatial spatial, @Nullable String versionNotes) {

    public DatasetVersion {
        issues = List.copyOf(issues);
        distributions = List.copyOf(distributions);
    }

    /** A version without geometry. */
    public DatasetVersion(UUID id, int number, String sourceFilename, String rawSha256, long rawSize, long rowCount,
            DatasetSchema schema, List<VersionIssue> issues, List<Distribution> distributions, Instant createdAt) {
        this(id, number, sourceFilename, rawSha256, rawSize, rowCount, schema, issues, distributions, createdAt, null,
                null);
    }

    /** The distribution in {@code format} ({@code parquet}, {@code csv}), if this version has one. */
    public Optional<Distribution> distribution(String format) {
        return distributions.stream().filter(d -> d.format().equals(format)).findFirst();
    }
}
