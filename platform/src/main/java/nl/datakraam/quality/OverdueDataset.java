// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.UpdateFrequency;

/**
 * A dataset whose new data is overdue: one row of "Achterstallige datasets".
 *
 * @param lastDataAt when data last arrived (UTC)
 * @param dueAt      when new data was due at the latest (UTC); before the moment of judging
 */
public record OverdueDataset(DatasetId datasetId, String title, AccessLevel accessLevel,
        UpdateFrequency updateFrequency, Instant lastDataAt, Instant dueAt) {
}
