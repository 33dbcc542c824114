// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A publishing organisation ({@code dct:publisher}, a {@code foaf:Agent}), with the defaults a dataset registered for
 * it starts with.
 *
 * @param id       the TOOI code where the organisation is in a TOOI register ({@code pv20}, {@code gm0014}); otherwise
 *                 a code chosen by the administrator (lowercase letters, digits, hyphens)
 * @param uri      the TOOI IRI ({@code https://identifier.overheid.nl/tooi/id/provincie/pv20}) or another stable IRI
 * @param name     e.g. {@code provincie Groningen}
 * @param defaults what a new dataset of this organisation gets
 */
public record Organisation(String id, String uri, String name, Defaults defaults) {

    /** The organisation as a dataset refers to it. */
    public Ref ref() {
        return new Ref(id, uri, name);
    }

    /** An organisation as datasets and overviews name it: id, IRI and name. */
    public record Ref(String id, String uri, String name) {
    }

    /**
     * Defaults applied when a dataset is registered for the organisation; any may be null.
     *
     * @param contactPoint the contact point ({@code dcat:contactPoint})
     * @param licence      a licence IRI of the DCAT-AP-DONL list
     * @param language     a language IRI of the EU list (also the metadata language)
     * @param authority    {@code overheid:authority} (DCAT-AP-DONL): the organisation responsible for the data; null
     *                     means the organisation itself
     * @param themes       theme IRIs (EU Data Theme and TaxonomieBeleidsagenda); DCAT-AP-NL requires at least one
     */
    public record Defaults(@Nullable ContactPoint contactPoint, @Nullable String licence, @Nullable String language,
            @Nullable String authority, List<String> themes) {

        public static final Defaults NONE = new Defaults(null, null, null, null, List.of());

        public Defaults {
            themes = List.copyOf(themes);
        }
    }
}
