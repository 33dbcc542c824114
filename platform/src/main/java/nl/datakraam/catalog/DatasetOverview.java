// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * One dataset as a catalogue-wide overview needs it (the quality dashboard, the search index): one row of
 * {@link Catalog#overview}, without schema, issues or distributions' files.
 *
 * @param slug             the readable name in {@code /datasets/{slug}}
 * @param organisation     the publishing organisation (id, IRI, name); null only before start-up gave one
 * @param currentVersionId the current version; null while the dataset has no data (visible to stewards only)
 * @param updateFrequency  the declared update frequency; null when not declared
 * @param lastDataAt       when data last arrived (UTC), as {@link DataArrival#lastDataAt()}; null without data
 * @param euThemes         {@code dcat:theme} IRIs of the EU Data Theme list
 * @param donlThemes       {@code dcat:theme} IRIs of the TaxonomieBeleidsagenda
 * @param licence          the licence IRI; null for none
 * @param formats          the current version's distribution formats ({@code csv}, {@code parquet}); empty without
 *                         data
 * @param modifiedAt       when the dataset (metadata or data) last changed (UTC)
 */
public record DatasetOverview(DatasetId datasetId, String slug, String title,
        Organisation.@Nullable Ref organisation, AccessLevel accessLevel, @Nullable UUID currentVersionId,
        @Nullable UpdateFrequency updateFrequency, @Nullable Instant lastDataAt, List<String> euThemes,
        List<String> donlThemes, @Nullable String licence, List<String> formats, Instant modifiedAt) {

    public DatasetOverview {
        euThemes = List.copyOf(euThemes);
        donlThemes = List.copyOf(donlThemes);
        formats = List.copyOf(formats);
    }

    /** The publisher's name; null without organisation. */
    public @Nullable String publisher() {
        return organisation == null ? null : organisation.name();
    }
}
