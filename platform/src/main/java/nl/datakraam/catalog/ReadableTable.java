// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

/**
 * A dataset's current data as SQL sees it.
 *
 * @param tableName      the SQL name
 * @param parquetBlobKey blob key of the current version's Parquet file
 */
public record ReadableTable(DatasetId datasetId, String tableName, String parquetBlobKey) {
}
