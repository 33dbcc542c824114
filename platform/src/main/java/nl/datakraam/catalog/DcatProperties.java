// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DCAT-AP-NL 3.0 and DCAT-AP-DONL 1.1 properties of a dataset beyond title, description, keywords, licence and
 * update frequency (docs/metadata.md has the table property → DCAT term → value list). Lists are never null; an
 * absent single value is null.
 *
 * @param identifier       {@code dct:identifier}, a literal; null means the dataset's own URI
 * @param themes           {@code dcat:theme}: IRIs of the EU Data Theme list and of the OWMS TaxonomieBeleidsagenda,
 *                         both kept ({@link Vocabularies#euThemes()}, {@link Vocabularies#donlThemes()})
 * @param languages        {@code dct:language}: EU language IRIs ({@link Vocabularies#languages()})
 * @param metadataLanguage the language the metadata is written in (DCAT-AP-DONL's metadata language), an EU
 *                         language IRI
 * @param contactPoint     {@code dcat:contactPoint}; null when none
 * @param authority        {@code overheid:authority} (DCAT-AP-DONL): IRI of the organisation responsible for the
 *                         data; null means the publisher
 * @param landingPage      {@code dcat:landingPage}, an http(s) URL
 * @param documentation    {@code foaf:page}, an http(s) URL
 * @param conformsTo       {@code dct:conformsTo}: IRIs of standards or schemas the data follows
 * @param provenance       {@code dct:provenance}, free text on where the data comes from and how it was made
 * @param spatial          {@code dct:spatial}: CBS codes of provinces ({@code PV20}) and municipalities
 *                         ({@code GM0014}), published as their TOOI IRIs ({@link Vocabularies#places()})
 * @param temporalStart    {@code dct:temporal} / {@code dcat:startDate}; null when open or unknown
 * @param temporalEnd      {@code dct:temporal} / {@code dcat:endDate}; null when open or unknown
 */
public record DcatProperties(@Nullable String identifier, List<String> themes, List<String> languages,
        @Nullable String metadataLanguage, @Nullable ContactPoint contactPoint, @Nullable String authority,
        @Nullable String landingPage, @Nullable String documentation, List<String> conformsTo,
        @Nullable String provenance, List<String> spatial, @Nullable LocalDate temporalStart,
        @Nullable LocalDate temporalEnd) {

    public static final DcatProperties NONE = new DcatProperties(null, List.of(), List.of(), null, null, null, null,
            null, List.of(), null, List.of(), null, null);

    public DcatProperties {
        themes = List.copyOf(themes);
        languages = List.copyOf(languages);
        conformsTo = List.copyOf(conformsTo);
        spatial = List.copyOf(spatial);
    }

    /** The themes of the EU Data Theme list. */
    public List<String> euThemes() {
        return themes.stream().filter(t -> t.startsWith(Vocabularies.EU_THEME_SCHEME + "/")).toList();
    }

    /** The themes of the TaxonomieBeleidsagenda. */
    public List<String> donlThemes() {
        return themes.stream().filter(t -> !t.startsWith(Vocabularies.EU_THEME_SCHEME + "/")).toList();
    }
}
