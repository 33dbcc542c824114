// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * One dataset as a catalogue-wide overview needs it (the quality dashboard): one row of {@link Catalog#overview},
 * without schema, issues or distributions.
 *
 * @param publisher        the publisher as entered (free text, trimmed); null when not recorded
 * @param currentVersionId the current version; null while the dataset has no data (visible to stewards only)
 * @param updateFrequency  the declared update frequency; null when not declared
 * @param lastDataAt       when data last arrived (UTC), as {@link DataArrival#lastDataAt()}; null without data
 */
public record DatasetOverview(DatasetId datasetId, String title, @Nullable String publisher, AccessLevel accessLevel,
        @Nullable UUID currentVersionId, @Nullable UpdateFrequency updateFrequency, @Nullable Instant lastDataAt) {
}
