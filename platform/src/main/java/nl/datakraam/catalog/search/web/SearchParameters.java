// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.QualityRating;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchRequest;
import nl.datakraam.catalog.search.SearchSort;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Reads a search from query parameters, the same for the API and the page: {@code q}, {@code sort}, the paging
 * parameters, and one parameter per {@link SearchFacet} (repeat it for several values). Anything else, and any value
 * out of bounds, is refused with {@link ErrorCode#INVALID_PARAMETER} naming the parameter, so that a mistyped filter
 * never silently filters nothing.
 */
final class SearchParameters {

    static final String QUERY = "q";
    static final String SORT = "sort";

    private SearchParameters() {
    }

    /**
     * @param paging       the parameters that say which page ({@code limit}, {@code offset} for the API;
     *                     {@code pagina} for the page); read by the caller, only allowed here
     * @param limit        hits per page, as the caller read it
     * @param offset       hits to skip, as the caller read it
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} with {@code parameter} (and {@code allowed} where
     *     there is a list) for an unknown parameter, a repeated {@code q} or {@code sort}, an unknown sort, a query
     *     over 500 characters, an access level, quality rating or update frequency outside its list, or a page out of
     *     bounds
     */
    static SearchRequest read(MultiValueMap<String, String> parameters, Set<String> paging, int limit, int offset) {
        List<String> allowed = new ArrayList<>(List.of(QUERY, SORT));
        allowed.addAll(paging);
        for (SearchFacet facet : SearchFacet.values()) {
            allowed.add(facet.parameter());
        }
        allowed.add("lang");
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw invalid(name, "Unknown parameter '" + name + "'.", allowed);
            }
        }
        String query = single(parameters, QUERY, "").strip();
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw invalid(QUERY, "q may have at most " + SearchRequest.MAX_QUERY_LENGTH + " characters; it has "
                    + query.length() + ".", null);
        }
        String sortCode = single(parameters, SORT, SearchSort.RELEVANCE.code());
        List<String> sorts = java.util.Arrays.stream(SearchSort.values()).map(SearchSort::code).toList();
        SearchSort sort = SearchSort.ofCode(sortCode)
                .orElseThrow(() -> invalid(SORT, "sort must be one of " + String.join(", ", sorts) + ".", sorts));
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT || offset < 0 || offset + limit > SearchRequest.MAX_WINDOW) {
            throw invalid(String.join(",", paging), "limit must be 1 to " + SearchRequest.MAX_LIMIT
                    + ", offset 0 or more, and offset + limit at most " + SearchRequest.MAX_WINDOW
                    + "; narrow the search to see more.", null);
        }
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        for (SearchFacet facet : SearchFacet.values()) {
            List<String> values = parameters.getOrDefault(facet.parameter(), List.of());
            Set<String> kept = new LinkedHashSet<>();
            for (String value : values) {
                if (!value.isBlank()) {
                    kept.add(checked(facet, value.strip()));
                }
            }
            filters.put(facet, kept);
        }
        return new SearchRequest(query, filters, sort, limit, offset);
    }

    /** A facet value as filtered on; for a facet with a closed list, one of the list (an update frequency by code). */
    private static String checked(SearchFacet facet, String value) {
        return switch (facet) {
            case ACCESS_LEVEL -> {
                List<String> codes = java.util.Arrays.stream(AccessLevel.values()).map(AccessLevel::code).toList();
                if (!codes.contains(value)) {
                    throw invalid(facet.parameter(), "accessLevel must be one of " + codes + ".", codes);
                }
                yield value;
            }
            case QUALITY -> {
                if (!QualityRating.RATINGS.contains(value)) {
                    throw invalid(facet.parameter(), "quality must be one of " + QualityRating.RATINGS + ".",
                            QualityRating.RATINGS);
                }
                yield value;
            }
            case UPDATE_FREQUENCY -> UpdateFrequency.find(value).map(UpdateFrequency::code).orElseThrow(() -> {
                List<String> codes = UpdateFrequency.all().stream().map(UpdateFrequency::code).toList();
                return invalid(facet.parameter(), "updateFrequency must be a code or IRI of the EU frequency list.",
                        codes);
            });
            default -> value;
        };
    }

    private static String single(MultiValueMap<String, String> parameters, String name, String fallback) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw invalid(name, "Give " + name + " once.", null);
        }
        return values.isEmpty() ? fallback : values.getFirst();
    }

    /**
     * Reads a whole number parameter.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} for anything but one whole number
     */
    static int integer(MultiValueMap<String, String> parameters, String name, int fallback) {
        String value = single(parameters, name, Integer.toString(fallback)).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(name, name + " must be a whole number, not '" + value + "'.", null);
        }
    }

    private static PlatformException invalid(String parameter, String message, @Nullable List<String> allowed) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("parameter", parameter);
        if (allowed != null) {
            details.put("allowed", allowed);
        }
        return new PlatformException(ErrorCode.INVALID_PARAMETER, message, details);
    }
}
