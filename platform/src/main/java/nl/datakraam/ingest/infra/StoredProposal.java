// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.util.List;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.ingest.CrsProposal;
import org.jspecify.annotations.Nullable;

/**
 * What an ingest job waits with while a steward reviews its schema (kept as JSON on the job): the order to
 * continue with, the schema as inferred (with the dataset's overrides applied where they fit), the issues, and the
 * CRS question (null for a table without coordinates, and in proposals stored before it existed).
 */
public record StoredProposal(IngestOrder order, DatasetSchema schema, List<VersionIssue> issues,
        @Nullable CrsProposal crs) {
}
