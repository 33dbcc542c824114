// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.search.CatalogSearch;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchRequest;
import nl.datakraam.catalog.search.SearchResult;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Catalogue search over REST: {@code GET /v1/search}. */
@RestController
class SearchApiController {

    private static final int DEFAULT_LIMIT = 20;

    private final CatalogSearch search;
    private final Authorization authorization;

    SearchApiController(CatalogSearch search, Authorization authorization) {
        this.search = search;
        this.authorization = authorization;
    }

    @GetMapping("/v1/search")
    @Operation(summary = "Search the catalogue in Dutch: hits with highlighted snippets, and facet counts",
            description = """
                    Full text over titles, descriptions, keywords, schema field names and titles, and organisation,
                    with Dutch stemming (fietspaden finds Fietspad), compound heads (monumenten finds
                    Rijksmonumenten), folded diacritics, a list of government synonyms and tolerance for one or two
                    typos. Every word must match; "…" searches a phrase, word* a prefix, -word excludes, a | b finds
                    either. Facet parameters filter (repeat one for several values: they widen; different facets
                    narrow); each facet's counts apply every filter except its own. Results and counts contain only
                    datasets the caller may see (anonymous callers: openbaar). Errors: 400 request.invalid-parameter
                    (RFC 9457) naming the parameter, for an unknown parameter or a value out of bounds.""",
            parameters = {
                @Parameter(in = ParameterIn.QUERY, name = "q", description = "Search words; empty for all"),
                @Parameter(in = ParameterIn.QUERY, name = "sort",
                        description = "relevance (default), modified (newest first), quality (best MQA first), "
                                + "title (A-Z)"),
                @Parameter(in = ParameterIn.QUERY, name = "limit", description = "Hits per page, 1-100 (default 20)"),
                @Parameter(in = ParameterIn.QUERY, name = "offset",
                        description = "Hits to skip (default 0); offset + limit at most 10000"),
                @Parameter(in = ParameterIn.QUERY, name = "organisation", description = "Publishing organisation"),
                @Parameter(in = ParameterIn.QUERY, name = "theme", description = "Theme"),
                @Parameter(in = ParameterIn.QUERY, name = "format", description = "Distribution format, e.g. csv"),
                @Parameter(in = ParameterIn.QUERY, name = "licence", description = "Licence as recorded"),
                @Parameter(in = ParameterIn.QUERY, name = "accessLevel", description = "openbaar or intern"),
                @Parameter(in = ParameterIn.QUERY, name = "updateFrequency",
                        description = "EU frequency code or IRI, e.g. MONTHLY"),
                @Parameter(in = ParameterIn.QUERY, name = "quality",
                        description = "MQA rating: excellent, good, sufficient or bad"),
                @Parameter(in = ParameterIn.QUERY, name = "keyword", description = "Keyword, as written"),
                @Parameter(in = ParameterIn.QUERY, name = "group", description = "Thematic group id")})
    SearchResponse search(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
        int limit = SearchParameters.integer(parameters, "limit", DEFAULT_LIMIT);
        int offset = SearchParameters.integer(parameters, "offset", 0);
        SearchRequest request = SearchParameters.read(parameters, Set.of("limit", "offset"), limit, offset);
        return SearchResponse.of(request, search.search(request, authorization.currentCaller()));
    }

    /**
     * @param total  all hits the caller may see
     * @param items  this page of hits
     * @param facets per facet parameter ({@code organisation}, {@code theme}, {@code format}, {@code licence},
     *               {@code accessLevel}, {@code updateFrequency}, {@code quality}, {@code keyword}, {@code group}) its
     *               values with counts, most frequent first
     */
    record SearchResponse(String q, String sort, int limit, int offset, long total, List<Item> items,
            Map<String, List<SearchResult.FacetCount>> facets) {

        static SearchResponse of(SearchRequest request, SearchResult result) {
            Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
            for (SearchFacet facet : SearchFacet.values()) {
                facets.put(facet.parameter(), result.facets().get(facet));
            }
            return new SearchResponse(request.query(), request.sort().code(), request.limit(), request.offset(),
                    result.total(), result.hits().stream().map(Item::of).toList(), facets);
        }
    }

    /**
     * One dataset found.
     *
     * @param titleHtml       the title, HTML-escaped, matched words in {@code <mark>}
     * @param snippetHtml     a passage of the description, HTML-escaped, matched words in {@code <mark>}
     * @param updateFrequency the IRI in the EU frequency list; null when not declared
     * @param quality         the latest MQA rating; null when never assessed
     * @param score           relevance, comparable within one search only
     * @param href            the dataset in the API
     */
    record Item(String id, String title, String titleHtml, String snippetHtml, @Nullable String organisation,
            List<String> themes, List<String> keywords, @Nullable String licence, String accessLevel,
            @Nullable String updateFrequency, List<String> formats, Instant modified, @Nullable Quality quality,
            float score, String href) {

        static Item of(SearchResult.Hit hit) {
            return new Item(hit.id(), hit.title(), hit.titleHtml(), hit.snippetHtml(), hit.organisation(),
                    hit.themes(), hit.keywords(), hit.licence(), hit.accessLevel(),
                    hit.updateFrequency() == null ? null : UpdateFrequency.ofCode(hit.updateFrequency()).iri(),
                    hit.formats(), hit.modified(),
                    hit.qualityRating() == null ? null : new Quality(hit.qualityRating(), hit.qualityPoints()),
                    hit.score(), "/v1/datasets/" + hit.id());
        }
    }

    /** @param rating excellent, good, sufficient or bad; @param points 0–405 */
    record Quality(String rating, @Nullable Integer points) {
    }
}
