// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;
import org.jspecify.annotations.Nullable;

/**
 * The schema an ingest job proposes for the steward's review, before anything is written: the fields as inferred
 * from the whole file (with the dataset's earlier choices applied where they still fit), what the ingest noticed, and
 * the CRS question.
 *
 * @param crs what the file declares or its coordinates suggest, and whether a CRS must be confirmed; null for a table
 *            without coordinate columns
 */
public record SchemaProposal(DatasetId datasetId, DatasetSchema schema, List<VersionIssue> issues,
        @Nullable CrsProposal crs) {
}
