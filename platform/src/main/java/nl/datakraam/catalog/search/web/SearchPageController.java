// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetGroup;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.search.CatalogSearch;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchRequest;
import nl.datakraam.catalog.search.SearchResult;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page ({@code /zoeken}): a search box, hits with highlighted snippets, facets with counts to narrow
 * (each value a link that adds or removes its filter), the order, and pages of {@value #PAGE_SIZE}. The same
 * parameters as {@code GET /v1/search}, with {@code pagina} (0-based) instead of limit and offset.
 */
@Controller
class SearchPageController {

    static final int PAGE_SIZE = 20;
    private static final String PAGE = "pagina";

    private final CatalogSearch search;
    private final Authorization authorization;
    private final MessageSource messages;
    private final Organisations organisations;

    SearchPageController(CatalogSearch search, Authorization authorization, MessageSource messages,
            Organisations organisations) {
        this.search = search;
        this.authorization = authorization;
        this.messages = messages;
        this.organisations = organisations;
    }

    @GetMapping("/zoeken")
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model, Locale locale) {
        int page = SearchParameters.integer(parameters, PAGE, 0);
        SearchRequest request = SearchParameters.read(parameters, Set.of(PAGE), PAGE_SIZE,
                Math.max(0, page) * PAGE_SIZE);
        SearchResult result = search.search(request, authorization.currentCaller());
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>(parameters);
        kept.remove(PAGE);
        kept.remove("lang");
        Map<String, String> groups = organisations.groups().stream()
                .collect(Collectors.toMap(DatasetGroup::id, DatasetGroup::name));
        List<FacetView> facets = new ArrayList<>();
        for (SearchFacet facet : SearchFacet.values()) {
            List<ValueView> values = result.facets().get(facet).stream()
                    .map(count -> new ValueView(facet.parameter(), count.value(),
                            label(facet, count.value(), groups, locale), count.count(), count.selected(),
                            toggle(kept, facet.parameter(), count.value())))
                    .toList();
            facets.add(new FacetView(facet.parameter(), values));
        }
        long pages = Math.min((result.total() + PAGE_SIZE - 1) / PAGE_SIZE, SearchRequest.MAX_WINDOW / PAGE_SIZE);
        model.addAttribute("q", request.query());
        model.addAttribute("sort", request.sort().code());
        model.addAttribute("result", result);
        model.addAttribute("facets", facets);
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("previous", page > 0 ? link(kept, PAGE, Integer.toString(page - 1)) : null);
        model.addAttribute("next", page + 1 < pages ? link(kept, PAGE, Integer.toString(page + 1)) : null);
        model.addAttribute("filters", kept.entrySet().stream()
                .filter(e -> SearchFacet.ofParameter(e.getKey()).isPresent())
                .flatMap(e -> e.getValue().stream().map(v -> new ValueView(e.getKey(), v,
                        label(SearchFacet.ofParameter(e.getKey()).orElseThrow(), v, groups, locale), 0, true,
                        toggle(kept, e.getKey(), v))))
                .toList());
        return "catalog/search";
    }

    /**
     * The value as a reader reads it: access levels, frequencies and ratings in the interface language, a thematic
     * group by its name ({@code groups}: id → name).
     */
    private String label(SearchFacet facet, String value, Map<String, String> groups, Locale locale) {
        return switch (facet) {
            case ACCESS_LEVEL -> messages.getMessage("access." + value, null, value, locale);
            case QUALITY -> messages.getMessage("dashboard.rating." + value, null, value, locale);
            case UPDATE_FREQUENCY -> UpdateFrequency.find(value).map(f -> f.label(locale)).orElse(value);
            case FORMAT -> value.toUpperCase(Locale.ROOT);
            case GROUP -> groups.getOrDefault(value, value);
            default -> value;
        };
    }

    /** This search with the value added to its facet's filter, or removed when it is there; back on page 1. */
    private static String toggle(MultiValueMap<String, String> kept, String parameter, String value) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(kept);
        List<String> values = new ArrayList<>(next.getOrDefault(parameter, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        next.put(parameter, values);
        return UriComponentsBuilder.fromPath("/zoeken").queryParams(next).encode().build().toUriString();
    }

    private static String link(MultiValueMap<String, String> kept, String parameter, String value) {
        MultiValueMap<String, String> next = new LinkedMultiValueMap<>(kept);
        next.set(parameter, value);
        return UriComponentsBuilder.fromPath("/zoeken").queryParams(next).encode().build().toUriString();
    }

    /** @param parameter the facet's parameter, also its message key {@code search.facet.<parameter>} */
    record FacetView(String parameter, List<ValueView> values) {
    }

    /**
     * @param parameter the facet's parameter
     * @param value     the value as filtered on
     * @param label     the value as shown
     * @param href      this search with the value toggled
     */
    record ValueView(String parameter, String value, String label, long count, boolean selected, String href) {
    }
}
