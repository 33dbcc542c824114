// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * A {@code dcat:Dataset} as the catalogue describes it, with its current version (null until the first version has
 * been committed).
 *
 * @param slug            the readable name in {@code /datasets/{slug}}: unique, given at registration, kept when the
 *                        title changes
 * @param publisher       the publishing organisation ({@code dct:publisher}); null only for a dataset registered
 *                        before organisations existed and not yet given one at start-up
 * @param licence         an IRI of the DCAT-AP-DONL licence list (older datasets may hold free text); null for none
 * @param tableName       the name to use for this dataset in SQL
 * @param updateFrequency how often the steward says the data is updated ({@code dct:accrualPeriodicity}); null when
 *                        not declared
 * @param dataConfirmedAt when a scheduled or manual re-fetch of the dataset's URL last found the source unchanged
 *                        (HTTP 304), so that the current data was known to be the latest then; null when never
 * @param properties      the further DCAT-AP-NL and DCAT-AP-DONL properties
 * @param groups          ids of the thematic groups the dataset is in
 * @param harvest         for a dataset harvested from an external catalogue, where it comes from; null for our own
 */
public record Dataset(DatasetId id, String slug, String title, @Nullable String description,
        Organisation.@Nullable Ref publisher, @Nullable String licence, List<String> keywords, AccessLevel accessLevel,
        String tableName, @Nullable DatasetVersion currentVersion, Instant createdAt, Instant modifiedAt,
        @Nullable UpdateFrequency updateFrequency, @Nullable Instant dataConfirmedAt, DcatProperties properties,
        List<String> groups, @Nullable Harvest harvest) {

    public Dataset {
        keywords = List.copyOf(keywords);
        groups = List.copyOf(groups);
    }

    /**
     * When data last arrived: the later of the current version's commit and {@link #dataConfirmedAt()}; null before
     * the first version.
     */
    public @Nullable Instant lastDataAt() {
        return currentVersion == null ? null : DataArrival.later(currentVersion.createdAt(), dataConfirmedAt);
    }

    /**
     * Whether the dataset is shown to everyone who may read it: it has a current version, or it is a harvested
     * metadata-only record. Datasets without (first ingest running or failed) are shown to stewards only.
     */
    public boolean hasData() {
        return currentVersion != null || harvest != null;
    }

    /** The publisher's name; null without publisher. */
    public @Nullable String publisherName() {
        return publisher == null ? null : publisher.name();
    }
}
