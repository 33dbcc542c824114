// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.datakraam.catalog.Concept;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.QualityRating;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.Vocabularies;
import org.jspecify.annotations.Nullable;

/**
 * What the search index holds of one dataset: everything searched, filtered, sorted on and shown in a result, built
 * from the catalogue's public types in one place ({@link #of}). The index is rebuilt from these, so a field added
 * here (and to {@link SearchIndex#toLucene}) is searchable after the next start.
 *
 * @param organisation the publishing organisation's name ({@code dct:publisher}, a TOOI organisation); null when none
 * @param themes       theme labels, Dutch (EU data themes and TaxonomieBeleidsagenda)
 * @param licence      the licence as recorded (URI or name); null when none
 * @param accessLevel  the access level's code, {@code openbaar} or {@code intern}
 * @param updateFrequency the EU frequency code, e.g. {@code MONTHLY}; null when not declared
 * @param formats      the current version's distribution formats, e.g. {@code csv}, {@code parquet}
 * @param fieldNames   the names of the current version's schema fields
 * @param fieldTitles  their titles (the source file's column headers)
 * @param hasData      whether the dataset has a current version or is harvested (others are shown to stewards only)
 * @param quality      the latest MQA rating; null when never assessed
 * @param groups       ids of the thematic groups the dataset is in
 */
record SearchDocument(String id, String title, @Nullable String description, List<String> keywords,
        @Nullable String organisation, List<String> themes, @Nullable String licence, String accessLevel,
        @Nullable String updateFrequency, List<String> formats, List<String> fieldNames, List<String> fieldTitles,
        Instant modified, boolean hasData, @Nullable QualityRating quality, List<String> groups) {

    SearchDocument {
        keywords = List.copyOf(keywords);
        themes = List.copyOf(themes);
        formats = List.copyOf(formats);
        fieldNames = List.copyOf(fieldNames);
        fieldTitles = List.copyOf(fieldTitles);
        groups = List.copyOf(groups);
    }

    /**
     * The one place where a catalogue dataset becomes a search document: the organisation by its name, the themes
     * (EU Data Theme list and TaxonomieBeleidsagenda) by their Dutch labels, so that they are found by their words and
     * shown as facet values; a theme IRI outside both lists stays as it is.
     *
     * @param quality the dataset's latest quality rating; null when never assessed
     */
    static SearchDocument of(Dataset dataset, @Nullable QualityRating quality) {
        DatasetVersion version = dataset.currentVersion();
        List<SchemaField> fields = version == null ? List.of() : version.schema().fields();
        Set<String> titles = new LinkedHashSet<>();
        fields.stream().map(SchemaField::title).filter(t -> t != null && !t.isBlank()).forEach(titles::add);
        return new SearchDocument(dataset.id().toString(), dataset.title(), dataset.description(),
                dataset.keywords(), dataset.publisherName(), themeLabels(dataset.properties().themes()), dataset.licence(), dataset.accessLevel().code(),
                dataset.updateFrequency() == null ? null : dataset.updateFrequency().code(),
                version == null ? List.of()
                        : version.distributions().stream().map(d -> d.format()).distinct().sorted().toList(),
                fields.stream().map(SchemaField::name).toList(), List.copyOf(titles), dataset.modifiedAt(),
                dataset.hasData(), quality, dataset.groups());
    }

    private static List<String> themeLabels(List<String> iris) {
        return iris.stream().map(iri -> Vocabularies.find(Vocabularies.themes(), iri).map(Concept::labelNl).orElse(iri))
                .toList();
    }
}
