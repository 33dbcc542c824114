// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;

/**
 * A dataset version kept past its retention period, whose raw data has not been deleted yet.
 *
 * @param createdAt when the version was committed; the period runs from here
 * @param expiresAt {@code createdAt} plus the period (in UTC)
 * @param current   whether it is the dataset's current version (deleted only when asked explicitly)
 */
public record ExpiredVersion(DatasetId datasetId, String datasetTitle, String slug, UUID versionId,
        int versionNumber, Instant createdAt, RetentionPeriod period, Instant expiresAt, boolean current) {
}
