// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.UUID;
import nl.datakraam.access.AccessLevel;

/**
 * A dataset's current data as SQL sees it.
 *
 * @param tableName      the SQL name
 * @param parquetBlobKey blob key of the current version's Parquet file
 * @param versionId      the current version, whose Parquet file that is
 * @param versionNumber  that version's number (1 for the first), for lineage
 * @param accessLevel    the dataset's access level (reads of non-public data are recorded in the audit log)
 */
public record ReadableTable(DatasetId datasetId, String tableName, String parquetBlobKey, UUID versionId,
        int versionNumber, AccessLevel accessLevel) {
}
