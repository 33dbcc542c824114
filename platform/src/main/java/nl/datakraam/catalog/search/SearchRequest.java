// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One catalogue search.
 *
 * @param query   the words as typed (Dutch analysis; {@code "a phrase"}, {@code prefix*}, {@code -without},
 *                {@code a | b} for either); blank for everything the caller may see
 * @param filters per facet, the values to keep (a dataset matches when it has one of them); facets without values
 *                do not filter
 * @param sort    the order
 * @param limit   1–{@link #MAX_LIMIT} hits
 * @param offset  hits to skip, 0 or more; {@code offset + limit} at most {@link #MAX_WINDOW}
 */
public record SearchRequest(String query, Map<SearchFacet, Set<String>> filters, SearchSort sort, int limit,
        int offset) {

    public static final int MAX_LIMIT = 100;
    public static final int MAX_WINDOW = 10_000;
    public static final int MAX_QUERY_LENGTH = 500;

    /** @throws IllegalArgumentException for a limit, offset or query out of bounds (callers check first) */
    public SearchRequest {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0 || offset + limit > MAX_WINDOW
                || query.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException("search request out of bounds");
        }
        Map<SearchFacet, Set<String>> copy = new EnumMap<>(SearchFacet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** The values to keep for one facet; empty when it does not filter. */
    public Set<String> filter(SearchFacet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    /** A request for everything, newest first: {@code limit} hits from {@code offset}. */
    public static SearchRequest everything(int limit, int offset) {
        return new SearchRequest("", Map.of(), SearchSort.MODIFIED, limit, offset);
    }
}
