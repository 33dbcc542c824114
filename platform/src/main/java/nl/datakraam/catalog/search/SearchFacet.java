// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * The facets of catalogue search: each is a filter ({@code ?format=csv}; several values of one facet widen, facets
 * narrow) and a list of values with counts.
 */
public enum SearchFacet {
    ORGANISATION("organisation", false),
    THEME("theme", true),
    FORMAT("format", true),
    LICENCE("licence", false),
    ACCESS_LEVEL("accessLevel", false),
    UPDATE_FREQUENCY("updateFrequency", false),
    QUALITY("quality", false),
    KEYWORD("keyword", true),
    GROUP("group", true);

    private final String parameter;
    private final boolean multiValued;

    SearchFacet(String parameter, boolean multiValued) {
        this.parameter = parameter;
        this.multiValued = multiValued;
    }

    /** The query parameter and JSON member: {@code organisation}, {@code theme}, {@code format}, … */
    public String parameter() {
        return parameter;
    }

    /** Whether one dataset can have several values (a dataset has several formats and themes). */
    boolean multiValued() {
        return multiValued;
    }

    /** The facet a query parameter names, if any. */
    public static Optional<SearchFacet> ofParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
