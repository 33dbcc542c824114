// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.CatalogSettings;
import nl.datakraam.catalog.Concept;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetGroup;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetOverview;
import nl.datakraam.catalog.Organisation;
import nl.datakraam.catalog.Organisations;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.catalog.search.CatalogSearch;
import nl.datakraam.catalog.search.SearchFacet;
import nl.datakraam.catalog.search.SearchRequest;
import nl.datakraam.catalog.search.SearchResult;
import nl.datakraam.catalog.search.SearchSort;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue actions of the CKAN API: {@code package_list}, {@code package_show}, {@code package_search},
 * {@code organization_list}, {@code organization_show}, {@code group_list}, {@code group_show}, {@code tag_list},
 * {@code resource_show} and {@code status_show}, with the parameters and result shapes of the docstrings of
 * {@code ckan.logic.action.get} (CKAN 2.10). Every answer holds only datasets the caller may read: datasets come
 * from {@link Catalog} and {@link CatalogSearch} with the caller, and counts are the search's facet counts for that
 * caller. Thread-safe.
 */
@Component
class CkanCatalogue {

    /** CKAN's default and our largest page of {@code package_search}; CKAN clamps {@code rows} likewise. */
    static final int DEFAULT_ROWS = 10;
    private static final int DEFAULT_FACET_LIMIT = 50;
    private static final String DEFAULT_SORT = "score desc, metadata_modified desc";

    private final Catalog catalog;
    private final CatalogSearch search;
    private final Organisations organisations;
    private final CatalogSettings settings;
    private final JsonMapper json;

    CkanCatalogue(Catalog catalog, CatalogSearch search, Organisations organisations, CatalogSettings settings,
            JsonMapper json) {
        this.catalog = catalog;
        this.search = search;
        this.organisations = organisations;
        this.settings = settings;
        this.json = json;
    }

    /** The mapping for one request. */
    CkanPackages packages(String base, Locale locale) {
        return new CkanPackages(base, locale, organisations.groups().stream()
                .collect(Collectors.toMap(DatasetGroup::id, Function.identity())), json);
    }

    /**
     * {@code package_list}: the names (slugs) of the public (openbaar) datasets, sorted, as CKAN lists public
     * datasets only; {@code limit} and {@code offset} page it.
     */
    List<String> packageList(CkanParameters parameters, Caller caller) {
        int offset = parameters.natural("offset", 0);
        List<String> names = catalog.overview(caller).stream()
                .filter(d -> d.accessLevel() == AccessLevel.OPENBAAR && d.currentVersionId() != null)
                .map(DatasetOverview::slug).sorted().skip(offset).toList();
        return parameters.has("limit") ? names.stream().limit(parameters.natural("limit", 0)).toList() : names;
    }

    /** {@code package_show}: {@code id} is the dataset id or its name (slug). */
    Map<String, Object> packageShow(CkanParameters parameters, Caller caller, CkanPackages packages) {
        String id = parameters.required("id");
        Dataset dataset = catalog.findBySlugOrId(id.strip(), caller)
                .orElseThrow(() -> CkanError.notFound("Dataset " + id));
        return packages.packageOf(dataset);
    }

    /** {@code resource_show}: {@code id} as {@link CkanPackages#resourceId}. */
    Map<String, Object> resourceShow(CkanParameters parameters, Caller caller, CkanPackages packages) {
        String id = parameters.required("id");
        var named = CkanPackages.parseResourceId(id).orElseThrow(() -> CkanError.notFound("Resource " + id));
        return catalog.find(named.getKey(), caller).stream()
                .flatMap(d -> packages.resourcesOf(d).stream())
                .filter(r -> r.get("id").equals(CkanPackages.resourceId(named.getKey(), named.getValue())))
                .findFirst().orElseThrow(() -> CkanError.notFound("Resource " + id));
    }

    /**
     * {@code package_search}: {@code q} (Datakraam's Dutch search; {@code *:*} or empty for all), {@code fq}
     * ({@link CkanSearchQuery#filters}), {@code rows} (default 10, at most 100), {@code start}, {@code sort}
     * ({@link CkanSearchQuery#sort}), {@code facet.field}, {@code facet.limit} (default 50, -1 for all),
     * {@code facet.mincount} (default 1), {@code include_private} (default false, as CKAN: only openbaar datasets;
     * true adds the non-public ones the caller may read). Result: {@code count}, {@code facets},
     * {@code search_facets}, {@code results} (package dicts), {@code sort}.
     *
     * @throws CkanError Validation Error for a bad {@code rows} or {@code start}; Search Query Error or Search
     *     Error for a bad {@code fq}, {@code sort} or {@code facet.field}
     */
    Map<String, Object> packageSearch(CkanParameters parameters, Caller caller, CkanPackages packages) {
        String q = parameters.text("q");
        String query = q == null || q.strip().equals("*:*") ? "" : q.strip();
        if (query.length() > SearchRequest.MAX_QUERY_LENGTH) {
            throw CkanError.invalid("q", "Must be at most " + SearchRequest.MAX_QUERY_LENGTH + " characters long");
        }
        int rows = Math.min(parameters.natural("rows", DEFAULT_ROWS), SearchRequest.MAX_LIMIT);
        int start = parameters.natural("start", 0);
        if (start + Math.max(rows, 1) > SearchRequest.MAX_WINDOW) {
            throw CkanError.invalid("start", "Must be at most " + (SearchRequest.MAX_WINDOW - Math.max(rows, 1))
                    + " with rows=" + rows + "; narrow the search with q or fq");
        }
        String sortText = parameters.text("sort");
        SearchSort sort = sortText == null ? SearchSort.RELEVANCE : CkanSearchQuery.sort(sortText);
        Map<SearchFacet, Set<String>> filters = new EnumMap<>(SearchFacet.class);
        String fq = parameters.text("fq");
        if (fq != null) {
            CkanSearchQuery.filters(fq).forEach((field, values) -> filters.put(CkanSearchQuery.facet(field),
                    catalogueValues(field, values)));
        }
        if (!parameters.bool("include_private", false)) {
            filters.put(SearchFacet.ACCESS_LEVEL, Set.of(AccessLevel.OPENBAAR.code()));
        }
        List<String> facetFields = parameters.list("facet.field");
        facetFields.forEach(CkanSearchQuery::facet);
        SearchResult result = search.search(new SearchRequest(query, filters, sort, Math.max(rows, 1), start),
                caller);
        List<DatasetId> ids = rows == 0 ? List.of() : result.hits().stream().map(h -> DatasetId.parse(h.id()))
                .toList();
        Map<DatasetId, Dataset> found = new HashMap<>();
        catalog.findAll(ids, caller).forEach(d -> found.put(d.id(), d));

        Map<String, Object> facets = new LinkedHashMap<>();
        Map<String, Object> searchFacets = new LinkedHashMap<>();
        int facetLimit = facetLimit(parameters);
        int mincount = parameters.natural("facet.mincount", 1);
        for (String field : new LinkedHashSet<>(facetFields)) {
            List<Map<String, Object>> items = facetItems(field, result, packages).stream()
                    .filter(item -> (long) item.get("count") >= mincount)
                    .limit(facetLimit < 0 ? Long.MAX_VALUE : facetLimit).toList();
            Map<String, Object> counts = new LinkedHashMap<>();
            items.forEach(item -> counts.put((String) item.get("name"), item.get("count")));
            facets.put(field, counts);
            Map<String, Object> searchFacet = new LinkedHashMap<>();
            searchFacet.put("title", field);
            searchFacet.put("items", items);
            searchFacets.put(field, searchFacet);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("count", result.total());
        answer.put("facets", facets);
        answer.put("results", ids.stream().map(found::get).filter(java.util.Objects::nonNull)
                .map(packages::packageOf).toList());
        answer.put("sort", sortText == null ? DEFAULT_SORT : sortText);
        answer.put("search_facets", searchFacets);
        return answer;
    }

    private static int facetLimit(CkanParameters parameters) {
        String text = parameters.text("facet.limit");
        if (text != null && text.strip().equals("-1")) {
            return -1;
        }
        return parameters.natural("facet.limit", DEFAULT_FACET_LIMIT);
    }

    /** The values the catalogue's search holds for what a CKAN filter names. */
    private Set<String> catalogueValues(String field, Set<String> values) {
        return values.stream().map(v -> switch (field) {
            case "organization" -> organisations.find(v).map(Organisation::name).orElse(v);
            case "res_format" -> v.toLowerCase(Locale.ROOT);
            case "license_id" -> Vocabularies.find(Vocabularies.licences(), v).map(Concept::iri).orElse(v);
            default -> v;
        }).collect(Collectors.toSet());
    }

    /** One facet's items, CKAN's {@code name}, {@code display_name} and {@code count}, most frequent first. */
    private List<Map<String, Object>> facetItems(String field, SearchResult result, CkanPackages packages) {
        Map<String, Organisation> byName = new HashMap<>();
        if (field.equals("organization")) {
            organisations.all().forEach(o -> byName.putIfAbsent(o.name(), o));
        }
        Map<String, DatasetGroup> groups = packages.groups();
        List<Map<String, Object>> items = new ArrayList<>();
        for (SearchResult.FacetCount count : result.facets().get(CkanSearchQuery.facet(field))) {
            String value = count.value();
            String[] named = switch (field) {
                case "organization" -> byName.containsKey(value)
                        ? new String[] {byName.get(value).id(), value} : new String[] {value, value};
                case "groups" -> new String[] {value, groups.containsKey(value) ? groups.get(value).name() : value};
                case "res_format" -> new String[] {value.toUpperCase(Locale.ROOT), value.toUpperCase(Locale.ROOT)};
                case "license_id" -> {
                    CkanPackages.Licence licence = packages.licence(value);
                    yield new String[] {licence.id(), licence.title()};
                }
                default -> new String[] {value, value};
            };
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", named[0]);
            item.put("display_name", named[1]);
            item.put("count", count.count());
            items.add(item);
        }
        return items;
    }

    /** Per value of a facet, the number of datasets the caller may read that have it. */
    private Map<String, Long> counts(SearchFacet facet, Caller caller) {
        Map<String, Long> counts = new HashMap<>();
        search.search(SearchRequest.everything(1, 0), caller).facets().get(facet)
                .forEach(c -> counts.put(c.value(), c.count()));
        return counts;
    }

    /**
     * {@code organization_list}: every publishing organisation's name (its id), sorted by name; with
     * {@code all_fields=true} their dicts with {@code package_count} (datasets the caller may read).
     */
    List<Object> organizationList(CkanParameters parameters, Caller caller, CkanPackages packages) {
        List<Organisation> all = organisations.all().stream().sorted(Comparator.comparing(Organisation::id))
                .toList();
        List<Organisation> page = paged(all, parameters);
        if (!parameters.bool("all_fields", false)) {
            return page.stream().map(o -> (Object) o.id()).toList();
        }
        Map<String, Long> counts = counts(SearchFacet.ORGANISATION, caller);
        return page.stream().map(o -> (Object) packages.organizationOf(o.ref(), counts.getOrDefault(o.name(), 0L)))
                .toList();
    }

    /**
     * {@code organization_show}: {@code id} the organisation's id (CKAN's name); {@code include_datasets=true}
     * adds {@code packages}, the first 100 datasets the caller may read, newest first.
     */
    Map<String, Object> organizationShow(CkanParameters parameters, Caller caller, CkanPackages packages) {
        String id = parameters.required("id");
        Organisation organisation = organisations.find(id.strip())
                .orElseThrow(() -> CkanError.notFound("Organization " + id));
        Map<String, Object> dict = packages.organizationOf(organisation.ref(),
                counts(SearchFacet.ORGANISATION, caller).getOrDefault(organisation.name(), 0L));
        if (parameters.bool("include_datasets", false)) {
            dict.put("packages", datasets(SearchFacet.ORGANISATION, organisation.name(), caller, packages));
        }
        return dict;
    }

    /** {@code group_list}: the thematic groups' names (ids), sorted; {@code all_fields=true} for their dicts. */
    List<Object> groupList(CkanParameters parameters, Caller caller, CkanPackages packages) {
        List<DatasetGroup> page = paged(organisations.groups().stream()
                .sorted(Comparator.comparing(DatasetGroup::id)).toList(), parameters);
        if (!parameters.bool("all_fields", false)) {
            return page.stream().map(g -> (Object) g.id()).toList();
        }
        Map<String, Long> counts = counts(SearchFacet.GROUP, caller);
        return page.stream().map(g -> (Object) packages.groupOf(g, counts.getOrDefault(g.id(), 0L))).toList();
    }

    /** {@code group_show}: as {@link #organizationShow} for a thematic group. */
    Map<String, Object> groupShow(CkanParameters parameters, Caller caller, CkanPackages packages) {
        String id = parameters.required("id");
        DatasetGroup group = packages.groups().get(id.strip());
        if (group == null) {
            throw CkanError.notFound("Group " + id);
        }
        Map<String, Object> dict = packages.groupOf(group,
                counts(SearchFacet.GROUP, caller).getOrDefault(group.id(), 0L));
        if (parameters.bool("include_datasets", false)) {
            dict.put("packages", datasets(SearchFacet.GROUP, group.id(), caller, packages));
        }
        return dict;
    }

    private List<Map<String, Object>> datasets(SearchFacet facet, String value, Caller caller,
            CkanPackages packages) {
        SearchResult result = search.search(new SearchRequest("", Map.of(facet, Set.of(value)), SearchSort.MODIFIED,
                SearchRequest.MAX_LIMIT, 0), caller);
        Map<DatasetId, Dataset> found = new HashMap<>();
        List<DatasetId> ids = result.hits().stream().map(h -> DatasetId.parse(h.id())).toList();
        catalog.findAll(ids, caller).forEach(d -> found.put(d.id(), d));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(packages::packageOf).toList();
    }

    /**
     * {@code tag_list}: the keywords of the datasets the caller may read, sorted; {@code query} keeps those
     * containing it (case-insensitive); {@code all_fields=true} gives tag dicts.
     */
    List<Object> tagList(CkanParameters parameters, Caller caller) {
        String query = parameters.text("query");
        List<String> tags = counts(SearchFacet.KEYWORD, caller).keySet().stream()
                .filter(t -> query == null || t.toLowerCase(Locale.ROOT).contains(query.toLowerCase(Locale.ROOT)))
                .sorted().toList();
        if (!parameters.bool("all_fields", false)) {
            return List.copyOf(tags);
        }
        return tags.stream().map(t -> (Object) CkanPackages.tagOf(t)).toList();
    }

    /** {@code status_show}: the site and the CKAN API version whose read subset this implements. */
    Map<String, Object> statusShow(String base) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("site_title", settings.catalogTitle());
        status.put("site_description", "Datakraam: " + settings.catalogTitle());
        status.put("site_url", base);
        status.put("ckan_version", "2.10.0");
        status.put("error_emails_to", null);
        status.put("locale_default", "nl");
        status.put("extensions", List.of("datastore"));
        return status;
    }

    private static <T> List<T> paged(List<T> all, CkanParameters parameters) {
        int offset = parameters.natural("offset", 0);
        List<T> rest = all.stream().skip(offset).toList();
        return parameters.has("limit") ? rest.stream().limit(parameters.natural("limit", 0)).toList() : rest;
    }
}
