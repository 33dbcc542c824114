// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.Locale;

/**
 * One term of a controlled value list (a SKOS concept): a theme, licence, language, file type, organisation or place.
 * Immutable.
 *
 * @param iri     the concept's IRI as the official list writes it, e.g.
 *                {@code http://publications.europa.eu/resource/authority/data-theme/GOVE}
 * @param code    a short code: the IRI's last segment ({@code GOVE}, {@code NLD}, {@code pv20}, {@code CSV}) or, for
 *                a licence, a short name ({@code CC-BY-4.0})
 * @param labelNl the Dutch label
 * @param labelEn the English label (the Dutch one where the official list has no English label)
 * @param scheme  the IRI of the list the concept belongs to ({@code skos:inScheme})
 */
public record Concept(String iri, String code, String labelNl, String labelEn, String scheme) {

    /** The label in the interface language: English for {@code en}, Dutch otherwise. */
    public String label(Locale locale) {
        return locale.getLanguage().equals("en") ? labelEn : labelNl;
    }
}
