// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.util.List;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;

/**
 * What an ingest job waits with while a steward reviews its schema (kept as JSON on the job): the order to
 * continue with, the schema as inferred (with the dataset's overrides applied where they fit), and the issues.
 */
public record StoredProposal(IngestOrder order, DatasetSchema schema, List<VersionIssue> issues) {
}
