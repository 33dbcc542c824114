// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a harvested dataset comes from: a metadata-only record of an external catalogue (CKAN or DCAT), whose
 * distributions are the source's own download URLs. The catalogue treats a harvested dataset as one with data
 * (listings, pages, search, DCAT), although it has no version of its own.
 *
 * @param sourceId     the harvest source's id
 * @param sourceName   the harvest source's name, shown on the dataset page
 * @param original     the record's identifier in the source (its IRI, or CKAN's package id)
 * @param harvestedAt  when the record was last read from the source
 * @param goneAt       when a harvest last found the record no longer in the source; null while it is there
 * @param licenceLabel the source's licence text when it matched no licence of the list (case c25): the dataset
 *                     then has no licence IRI, and this is shown as an unknown licence; null when matched
 * @param distributions the source's distributions
 */
public record Harvest(String sourceId, String sourceName, String original, Instant harvestedAt,
        @Nullable Instant goneAt, @Nullable String licenceLabel, List<Link> distributions) {

    public Harvest {
        distributions = List.copyOf(distributions);
    }

    /**
     * A distribution of the source, by URL.
     *
     * @param url       {@code dcat:downloadURL}, else {@code dcat:accessURL}
     * @param format    short format name as the source gives it ({@code CSV}); null when not given
     * @param mediaType IANA media type; null when not given
     */
    public record Link(String url, @Nullable String format, @Nullable String mediaType) {
    }
}
