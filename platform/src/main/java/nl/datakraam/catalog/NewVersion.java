// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A version ready to be committed: its data files are written and complete.
 *
 * @param versionNumber  from {@link Catalog#nextVersionNumber}
 * @param rawKey         blob key of the unaltered upload
 * @param rawSha256      SHA-256 of the upload, lowercase hex
 * @param rawSize        upload size in bytes
 * @param rowCount       data rows (header not counted)
 * @param dialectJson    the sniffed dialect as JSON, for the record
 * @param spatial        for geodata, the source CRS, WGS 84 extent and geometry types; null for a version without
 *                       geometry
 */
public record NewVersion(int versionNumber, String sourceFilename, String rawKey, String rawSha256, long rawSize,
        long rowCount, DatasetSchema schema, String dialectJson, List<VersionIssue> issues,
        List<NewDistribution> distributions, @Nullable VersionSpatial spatial) {

    public NewVersion {
        issues = List.copyOf(issues);
        distributions = List.copyOf(distributions);
    }

    /** A version without geometry. */
    public NewVersion(int versionNumber, String sourceFilename, String rawKey, String rawSha256, long rawSize,
            long rowCount, DatasetSchema schema, String dialectJson, List<VersionIssue> issues,
            List<NewDistribution> distributions) {
        this(versionNumber, sourceFilename, rawKey, rawSha256, rawSize, rowCount, schema, dialectJson, issues,
                distributions, null);
    }
}
