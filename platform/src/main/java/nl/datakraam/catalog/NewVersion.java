// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;

/**
 * A version ready to be committed: its data files are written and complete.
 *
 * @param versionNumber  from {@link Catalog#nextVersionNumber}
 * @param rawKey         blob key of the unaltered upload
 * @param rawSha256      SHA-256 of the upload, lowercase hex
 * @param rawSize        upload size in bytes
 * @param rowCount       data rows (header not counted)
 * @param dialectJson    the sniffed dialect as JSON, for the record
 */
public record NewVersion(int versionNumber, String sourceFilename, String rawKey, String rawSha256, long rawSize,
        long rowCount, DatasetSchema schema, String dialectJson, List<VersionIssue> issues,
        List<NewDistribution> distributions) {

    public NewVersion {
        issues = List.copyOf(issues);
        distributions = List.copyOf(distributions);
    }
}
