// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The privacy scan of a dataset's current version.
 *
 * @param versionId  the version; null before the dataset's first version
 * @param scanned    whether the scan has finished; false while its job is queued or running, or when it failed
 * @param failed     whether the scan could not finish (the job's page says why); the version counts as not scanned
 * @param scannedAt  when it finished or failed; null before
 * @param rowsScanned rows the detectors read
 * @param rowsInFile rows of the version
 * @param sampled    whether a sample was read rather than every row
 * @param findings   what was found, in field order, file-level findings last; empty when nothing was (or not yet)
 */
public record PrivacyReport(@Nullable UUID versionId, boolean scanned, boolean failed, @Nullable Instant scannedAt,
        long rowsScanned, long rowsInFile, boolean sampled, List<PrivacyFinding> findings) {

    public PrivacyReport {
        findings = List.copyOf(findings);
    }

    /** The report of a version not scanned (yet). */
    static PrivacyReport pending(@Nullable UUID versionId) {
        return new PrivacyReport(versionId, false, false, null, 0, 0, false, List.of());
    }
}
