// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchSort;

/**
 * The parts of CKAN's Solr syntax that {@code package_search} accepts here, mapped onto the catalogue's search: the
 * filter query {@code fq}, the {@code sort} and the facet fields. Pure and thread-safe.
 *
 * <p>{@code fq} is a list of clauses {@code field:value}, {@code field:"a value"} or {@code field:(a OR "b c")}
 * (either value), separated by spaces or {@code AND}, each optionally prefixed with {@code +}; clauses on different
 * fields narrow. Fields: {@code organization}, {@code groups}, {@code tags}, {@code res_format},
 * {@code license_id}, and {@code dataset_type:dataset} (always true here).
 */
final class CkanSearchQuery {

    /** CKAN's facet and filter fields, and the catalogue facet each is. */
    static final Map<String, SearchFacet> FIELDS = Map.of("organization", SearchFacet.ORGANISATION,
            "groups", SearchFacet.GROUP, "tags", SearchFacet.KEYWORD, "res_format", SearchFacet.FORMAT,
            "license_id", SearchFacet.LICENCE);

    /** CKAN's default facet fields ({@code search.facets}), in its order. */
    static final List<String> DEFAULT_FACETS = List.of("organization", "groups", "tags", "res_format", "license_id");

    private static final Pattern CLAUSE = Pattern.compile(
            "\\s*(?:AND\\s+)?\\+?([A-Za-z_]+):(\"(?:[^\"\\\\]|\\\\.)*\"|\\([^()]*\\)|[^\\s()\"]+)\\s*");
    private static final Pattern OR = Pattern.compile("\\s+OR\\s+");

    private CkanSearchQuery() {
    }

    /**
     * The values each field of {@code fq} keeps, by CKAN field name.
     *
     * @throws CkanError {@code Search Query Error} (400) for text that is not such clauses or a field given twice;
     *     {@code Search Error} (409) for a field that does not exist, as CKAN's Solr answers
     */
    static Map<String, Set<String>> filters(String fq) {
        Map<String, Set<String>> filters = new LinkedHashMap<>();
        Matcher m = CLAUSE.matcher(fq);
        int at = 0;
        while (at < fq.length() && !fq.substring(at).isBlank()) {
            m.region(at, fq.length());
            if (!m.lookingAt()) {
                throw CkanError.searchQuery("fq '" + fq + "' is not understood at '" + fq.substring(at).strip()
                        + "'; write field:value clauses, e.g. organization:pv20 tags:\"fiets paden\" "
                        + "res_format:(CSV OR JSON)");
            }
            String field = m.group(1);
            Set<String> values = values(m.group(2));
            if (field.equals("dataset_type")) {
                if (!values.equals(Set.of("dataset"))) {
                    throw CkanError.searchQuery("only dataset_type:dataset exists here");
                }
            } else if (!FIELDS.containsKey(field)) {
                throw CkanError.searchError("undefined field " + field + " in fq; filter on "
                        + String.join(", ", DEFAULT_FACETS));
            } else if (filters.put(field, values) != null) {
                throw CkanError.searchQuery("give several values of " + field + " as " + field
                        + ":(a OR b), not as two clauses");
            }
            at = m.end();
        }
        return filters;
    }

    private static Set<String> values(String text) {
        Set<String> values = new LinkedHashSet<>();
        if (text.startsWith("(")) {
            for (String part : OR.split(text.substring(1, text.length() - 1).strip())) {
                if (!part.isBlank()) {
                    values.add(unquoted(part.strip()));
                }
            }
            if (values.isEmpty()) {
                throw CkanError.searchQuery("empty list of values " + text);
            }
        } else {
            values.add(unquoted(text));
        }
        return values;
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        return value;
    }

    /**
     * The order a CKAN {@code sort} asks for: {@code score desc} (and CKAN's default
     * {@code score desc, metadata_modified desc}) by relevance, {@code metadata_modified desc} newest first,
     * {@code title_string asc} by title.
     *
     * @throws CkanError {@code Search Query Error} {@code Invalid "sort" parameter}, as CKAN answers
     */
    static SearchSort sort(String sort) {
        String s = sort.strip().toLowerCase(Locale.ROOT).replaceAll("\\s*,\\s*", ",").replaceAll("\\s+", " ");
        return switch (s) {
            case "score desc", "score desc,metadata_modified desc" -> SearchSort.RELEVANCE;
            case "metadata_modified desc" -> SearchSort.MODIFIED;
            case "title_string asc" -> SearchSort.TITLE;
            default -> throw CkanError.searchQuery("Invalid \"sort\" parameter '" + sort
                    + "'; use score desc, metadata_modified desc or title_string asc");
        };
    }

    /**
     * The catalogue facet of a CKAN facet field.
     *
     * @throws CkanError {@code Search Error} for a field without facet here
     */
    static SearchFacet facet(String field) {
        SearchFacet facet = FIELDS.get(field);
        if (facet == null) {
            throw CkanError.searchError("undefined facet field " + field + "; use "
                    + String.join(", ", DEFAULT_FACETS));
        }
        return facet;
    }
}
