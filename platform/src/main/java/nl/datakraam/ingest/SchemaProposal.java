// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import java.util.Locale;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.VersionIssue;
import nl.datakraam.shared.LocalisedMessages;

/**
 * The schema an ingest job proposes for the steward's review, before anything is written: the fields as inferred
 * from the whole file (with the dataset's earlier choices applied where they still fit) and what the ingest noticed.
 *
 * @param sourceFilename the name the file was uploaded under, which the issues are about
 */
public record SchemaProposal(DatasetId datasetId, String sourceFilename, DatasetSchema schema,
        List<VersionIssue> issues) {

    /** The same proposal with its issues said in the reader's language. */
    public SchemaProposal localised(LocalisedMessages messages, Locale locale) {
        return new SchemaProposal(datasetId, sourceFilename, schema,
                issues.stream().map(issue -> issue.localised(messages, sourceFilename, locale)).toList());
    }
}
