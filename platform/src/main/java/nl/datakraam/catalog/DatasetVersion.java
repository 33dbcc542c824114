// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One immutable state of a dataset's data.
 *
 * @param rowCount data rows
 * @param rawSize  size of the original upload in bytes
 */
public record DatasetVersion(UUID id, int number, String sourceFilename, String rawSha256, long rawSize,
        long rowCount, DatasetSchema schema, List<VersionIssue> issues, List<Distribution> distributions,
        Instant createdAt) {

    public DatasetVersion {
        issues = List.copyOf(issues);
        distributions = List.copyOf(distributions);
    }

    /** The distribution in {@code format} ({@code parquet}, {@code csv}), if this version has one. */
    public Optional<Distribution> distribution(String format) {
        return distributions.stream().filter(d -> d.format().equals(format)).findFirst();
    }
}
