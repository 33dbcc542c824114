// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import java.util.Locale;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;

/**
 * The schema an ingest job proposes for the steward's review, before anything is written: the fields as inferred
 * from the whole file (with the dataset's earlier choices applied where they still fit), what the ingest noticed, and
 * the CRS question.
 *
 * @param sourceFilename the name the file was uploaded under, which the issues are about
 * @param crs            what the file declares or its coordinates suggest, and whether a CRS must be confirmed; null
 *                       for a table without coordinate columns
 */
public record SchemaProposal(DatasetId datasetId, String sourceFilename, DatasetSchema schema,
        List<VersionIssue> issues, @Nullable CrsProposal crs) {

    /** The same proposal with its issues and the CRS reason said in the reader's language. */
    public SchemaProposal localised(LocalisedMessages messages, Locale locale) {
        return new SchemaProposal(datasetId, sourceFilename, schema,
                issues.stream().map(issue -> issue.localised(messages, sourceFilename, locale)).toList(),
                crs == null ? null : crs.localised(messages, locale));
    }
}
