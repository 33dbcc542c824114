// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;

/**
 * One entry of the deletion log: what retention deleted, when, by whom. It names blob keys and checksums, never
 * data.
 *
 * @param period    the retention period that applied, ISO 8601
 * @param expiredAt when the version's period ended
 * @param deletedBy the account, or {@code system:retention} for the scheduled job
 * @param files     every file considered, deleted or kept
 */
public record RetentionDeletion(UUID id, DatasetId datasetId, UUID versionId, int versionNumber, boolean wasCurrent,
        String period, Instant expiredAt, String deletedBy, Instant deletedAt, List<File> files) {

    public RetentionDeletion {
        files = List.copyOf(files);
    }

    /**
     * @param key     the blob-store key
     * @param role    {@code raw} (the upload) or {@code data} (a file of the version's folder)
     * @param sha256  its SHA-256 as deleted (64 hex digits)
     * @param size    bytes
     * @param deleted false for a raw upload kept because another version that keeps its data holds the same bytes
     */
    public record File(String key, String role, String sha256, long size, boolean deleted) {
    }
}
