// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;

/**
 * The schema an ingest job proposes for the steward's review, before anything is written: the fields as inferred
 * from the whole file (with the dataset's earlier choices applied where they still fit) and what the ingest noticed.
 */
public record SchemaProposal(DatasetId datasetId, DatasetSchema schema, List<VersionIssue> issues) {
}
