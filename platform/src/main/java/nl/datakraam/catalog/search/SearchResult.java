// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link SearchRequest}: one page of hits, the number of all hits, and per facet the values with
 * their counts. Counts and hits cover only what the caller may see. A facet's counts apply every filter except that
 * facet's own (so that a user can widen a choice: with {@code format=csv}, the format counts still show the other
 * formats).
 *
 * @param total  all hits the caller may see
 * @param hits   the requested page, in the requested order
 * @param facets per facet (all of them, in {@link SearchFacet} order), its values, most frequent first
 */
public record SearchResult(long total, List<Hit> hits, Map<SearchFacet, List<FacetCount>> facets) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /**
     * One dataset found.
     *
     * @param titleHtml   the title, HTML-escaped, with the matched words in {@code <mark>}
     * @param snippetHtml a passage of the description, HTML-escaped, with matched words in {@code <mark>}; the
     *                    description's start when no word matched there; empty without description
     * @param qualityRating the MQA band ({@code excellent} … {@code bad}); null when never assessed
     * @param qualityPoints the MQA total, 0–405; null when never assessed
     * @param score       the relevance score (higher is better; only comparable within one search)
     */
    public record Hit(String id, String title, String titleHtml, String snippetHtml, @Nullable String organisation,
            List<String> themes, List<String> keywords, @Nullable String licence, String accessLevel,
            @Nullable String updateFrequency, List<String> formats, Instant modified, @Nullable String qualityRating,
            @Nullable Integer qualityPoints, float score) {

        public Hit {
            themes = List.copyOf(themes);
            keywords = List.copyOf(keywords);
            formats = List.copyOf(formats);
        }
    }

    /**
     * One facet value.
     *
     * @param value    as stored and as filtered on, e.g. {@code csv}, {@code MONTHLY}, {@code openbaar}
     * @param count    hits with this value
     * @param selected whether the request filters on it
     */
    public record FacetCount(String value, long count, boolean selected) {
    }
}
