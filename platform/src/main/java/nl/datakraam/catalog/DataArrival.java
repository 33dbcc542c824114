// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * When data of a dataset last arrived, with what the actualiteit of the dataset is judged by: one row of
 * {@link Catalog#dataArrivals}.
 *
 * @param updateFrequency the declared update frequency; null when not declared
 * @param lastDataAt      when data last arrived (UTC): the later of the current version's commit and the last re-fetch
 *                        that found the source unchanged
 */
public record DataArrival(DatasetId datasetId, String title, nl.datakraam.access.AccessLevel accessLevel,
        @Nullable UpdateFrequency updateFrequency, Instant lastDataAt) {

    /** The later of two instants, the second of which may be null. */
    static Instant later(Instant committed, @Nullable Instant confirmed) {
        return confirmed != null && confirmed.isAfter(committed) ? confirmed : committed;
    }
}
