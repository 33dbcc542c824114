// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.datakraam.catalog.DcatRdf;
import nl.datakraam.catalog.Harvest;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.catalog.Vocabularies;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.HarvestCode;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every page of a source and maps its records: CKAN's {@code package_search} paged with {@code rows} and
 * {@code start}; a DCAT endpoint paged with Hydra ({@code hydra:next}, or the older {@code hydra:nextPage}) or not
 * at all, mapped by {@link DcatRdf#read}, the mapping the metadata import uses. A page seen before ends the reading
 * with a {@link HarvestCode#PAGE_SEEN} warning (loop protection), and so does a page beyond
 * {@link HarvestSettings#maxPages()}; the records read until then are kept, but the reading is not
 * {@linkplain Read#complete() complete}.
 */
@Component
class SourcePages {

    static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String CKAN_SEARCH = "/api/3/action/package_search";
    private static final String RDF_ACCEPT = "text/turtle, application/ld+json;q=0.9, application/rdf+xml;q=0.8, "
            + "application/n-triples;q=0.5";

    private final SourceClient client;
    private final HarvestSettings settings;
    private final JsonMapper json;

    SourcePages(SourceClient client, HarvestSettings settings, JsonMapper json) {
        this.client = client;
        this.settings = settings;
        this.json = json;
    }

    /**
     * What a source holds.
     *
     * @param records  its records, by original identifier (a record on two pages counts once, as last read)
     * @param complete whether every page was read (no loop, no page limit): only then are records missing from it
     *                 gone
     * @param problems warnings of the reading
     */
    record Read(List<HarvestedRecord> records, boolean complete, List<Message> problems) {
    }

    /**
     * Every record of the source.
     *
     * @throws HarvestFailure when a page cannot be read (unreachable, HTTP error, not RDF, not CKAN's JSON)
     */
    Read read(HarvestSource source) throws HarvestFailure {
        return source.kind() == HarvestKind.CKAN ? ckan(source.url()) : dcat(source.url());
    }

    private Read ckan(String url) throws HarvestFailure {
        // the site (https://ckan.example.org), its API (…/api/3/action) or the search itself (…/package_search?…)
        String search = url.contains(CKAN_SEARCH) ? url
                : url.replaceAll("/+$", "").replaceAll("/api/3/action$", "").replaceAll("/api/3$", "") + CKAN_SEARCH;
        int rows = settings.pageSize();
        var given = java.util.regex.Pattern.compile("[?&]rows=(\\d+)").matcher(search);
        if (given.find()) {
            rows = Math.max(1, Integer.parseInt(given.group(1)));
        }
        String base = search.replaceAll("([?&])(rows|start)=[^&]*&?", "$1").replaceAll("[?&]$", "");
        String separator = base.contains("?") ? "&" : "?";
        Map<String, HarvestedRecord> records = new LinkedHashMap<>();
        List<Message> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int start = 0, pages = 0; ; pages++) {
            String page = base + separator + "rows=" + rows + "&start=" + start;
            if (pages == settings.maxPages()) {
                problems.add(Message.of(HarvestCode.TOO_MANY_PAGES, Map.of("url", page, "max",
                        settings.maxPages())));
                return new Read(List.copyOf(records.values()), false, problems);
            }
            SourceClient.Page read = client.get(page, "application/json");
            JsonNode result;
            try {
                JsonNode answer = json.readTree(read.body());
                result = answer.path("result");
                if (!answer.path("success").asBoolean(false) || !result.path("results").isArray()) {
                    throw new HarvestFailure(HarvestCode.BAD_CKAN, Map.of("url", page, "reason",
                            "no \"success\": true with \"result\": {\"results\": [...]}"));
                }
            } catch (JacksonException e) {
                throw new HarvestFailure(HarvestCode.BAD_CKAN, Map.of("url", page, "reason",
                        "not JSON: " + e.getOriginalMessage()));
            }
            JsonNode results = result.path("results");
            if (results.isEmpty()) {
                return new Read(List.copyOf(records.values()), true, problems);
            }
            boolean anyNew = false;
            for (JsonNode p : results) {
                String id = text(p, "id") != null ? text(p, "id") : text(p, "name");
                if (id == null) {
                    problems.add(Message.of(HarvestCode.RECORD_WITHOUT_ID, Map.of("record",
                            String.valueOf(text(p, "title")))));
                    continue;
                }
                anyNew |= seen.add(id);
                records.put(id, ckanRecord(id, p));
            }
            if (!anyNew) {
                problems.add(Message.of(HarvestCode.PAGE_SEEN, Map.of("url", page)));
                return new Read(List.copyOf(records.values()), false, problems);
            }
            start += results.size();
            if (start >= result.path("count").asLong(Long.MAX_VALUE)) {
                return new Read(List.copyOf(records.values()), true, problems);
            }
        }
    }

    /** A CKAN package as metadata members (CKAN's fields, and the ckanext-dcat extras for temporal coverage). */
    private static HarvestedRecord ckanRecord(String id, JsonNode p) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>();
        put(m, "title", text(p, "title") != null ? text(p, "title") : text(p, "name"));
        put(m, "description", text(p, "notes"));
        List<String> tags = new ArrayList<>();
        p.path("tags").forEach(t -> {
            String tag = text(t, "display_name") != null ? text(t, "display_name") : text(t, "name");
            if (tag != null) {
                tags.add(tag);
            }
        });
        if (!tags.isEmpty()) {
            m.put("keywords", tags);
        }
        put(m, "publisher", text(p.path("organization"), "title"));
        String url = text(p, "url");
        if (url != null && url.matches("(?i)https?://\\S+")) {
            m.put("landingPage", url);
        }
        Map<String, String> extras = new LinkedHashMap<>();
        p.path("extras").forEach(e -> {
            if (text(e, "key") != null && text(e, "value") != null) {
                extras.put(text(e, "key"), text(e, "value"));
            }
        });
        for (String bound : List.of("temporal_start", "temporal_end")) {
            String value = text(p, bound) != null ? text(p, bound) : extras.get(bound);
            if (value != null) {
                m.put(bound.equals("temporal_start") ? "temporalStart" : "temporalEnd",
                        value.strip().substring(0, Math.min(10, value.strip().length())));
            }
        }
        m.put("identifier", id);
        String licence = text(p, "license_url") != null ? text(p, "license_url")
                : text(p, "license_title") != null ? text(p, "license_title") : text(p, "license_id");
        if (licence != null && text(p, "license_url") != null && matchLicence(licence) == null) {
            licence = text(p, "license_title") != null ? text(p, "license_title") : licence;
        }
        put(m, "licence", licence);
        List<Harvest.Link> links = new ArrayList<>();
        p.path("resources").forEach(r -> {
            String link = text(r, "url");
            if (link != null && link.matches("(?i)https?://\\S+")) {
                links.add(new Harvest.Link(link, text(r, "format"), text(r, "mimetype")));
            }
        });
        return mapped(id, m, links, p.path("private").asBoolean(false));
    }

    private Read dcat(String url) throws HarvestFailure {
        Map<String, HarvestedRecord> records = new LinkedHashMap<>();
        List<Message> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String next = url.strip();
        while (next != null) {
            if (!seen.add(next)) {
                problems.add(Message.of(HarvestCode.PAGE_SEEN, Map.of("url", next)));
                return new Read(List.copyOf(records.values()), false, problems);
            }
            if (seen.size() > settings.maxPages()) {
                problems.add(Message.of(HarvestCode.TOO_MANY_PAGES, Map.of("url", next, "max",
                        settings.maxPages())));
                return new Read(List.copyOf(records.values()), false, problems);
            }
            SourceClient.Page page = client.get(next, RDF_ACCEPT);
            Model model = parse(page);
            for (DcatRdf.Imported imported : DcatRdf.read(model)) {
                Object identifier = imported.members().get("identifier");
                String original = imported.iri() != null ? imported.iri()
                        : identifier instanceof String s && !s.isBlank() ? s : null;
                if (original == null) {
                    problems.add(Message.of(HarvestCode.RECORD_WITHOUT_ID, Map.of("record",
                            String.valueOf(imported.members().get("title")))));
                    continue;
                }
                Map<String, @Nullable Object> m = new LinkedHashMap<>(imported.members());
                m.putIfAbsent("identifier", original);
                records.put(original, mapped(original, m, imported.distributions(),
                        !isPublic(imported.accessRights())));
            }
            next = nextPage(model);
        }
        return new Read(List.copyOf(records.values()), true, problems);
    }

    /** Public unless access rights are given and say otherwise (EU PUBLIC, or DCAT-AP-DONL "publiek"). */
    private static boolean isPublic(@Nullable String accessRights) {
        if (accessRights == null) {
            return true;
        }
        String last = accessRights.substring(accessRights.replaceAll("/+$", "").lastIndexOf('/') + 1)
                .replaceAll("/+$", "").toLowerCase(Locale.ROOT);
        return last.equals("public") || last.equals("publiek");
    }

    private static Model parse(SourceClient.Page page) throws HarvestFailure {
        Lang lang = RDFLanguages.contentTypeToLang(page.mediaType());
        if (lang == null) {
            lang = RDFLanguages.filenameToLang(SourceClient.shown(page.url()), Lang.TURTLE);
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.create().source(new StringReader(page.body())).lang(lang).base(page.url()).parse(model);
        } catch (RiotException | IllegalArgumentException | UnsupportedOperationException e) {
            throw new HarvestFailure(HarvestCode.BAD_RDF, Map.of("url", page.url(), "reason",
                    String.valueOf(e.getMessage())));
        }
        return model;
    }

    /** The page a Hydra view names as next ({@code hydra:next}, or {@code hydra:nextPage} of Hydra's first draft). */
    private static @Nullable String nextPage(Model model) {
        for (String name : List.of("next", "nextPage")) {
            List<RDFNode> next = model.listObjectsOfProperty(model.createProperty(HYDRA, name)).toList();
            for (RDFNode node : next) {
                if (node.isURIResource()) {
                    return node.asResource().getURI();
                }
                if (node.isLiteral() && node.asLiteral().getString().matches("(?i)https?://\\S+")) {
                    return node.asLiteral().getString();
                }
            }
        }
        return null;
    }

    /**
     * A record with its members made fit for the catalogue: the licence matched to the licence list by IRI, code
     * or name (case c25), or kept aside as an unknown licence text; themes, languages and update frequency outside
     * their lists dropped (the record is not refused for a term the catalogue does not know).
     */
    static HarvestedRecord mapped(String original, Map<String, @Nullable Object> members, List<Harvest.Link> links,
            boolean nonPublic) {
        Map<String, @Nullable Object> m = new LinkedHashMap<>(members);
        String licenceLabel = null;
        if (m.remove("licence") instanceof String licence && !licence.isBlank()) {
            String iri = matchLicence(licence);
            if (iri != null) {
                m.put("licence", iri);
            } else {
                licenceLabel = licence.strip();
            }
        } else {
            licenceLabel = ""; // none given: flagged as unknown, never our organisation's default licence
        }
        for (String themes : List.of("euThemes", "donlThemes")) {
            if (m.get(themes) instanceof List<?> list) {
                m.put(themes, list.stream().map(String::valueOf)
                        .filter(t -> Vocabularies.find(Vocabularies.themes(), t).isPresent()).toList());
                if (((List<?>) m.get(themes)).isEmpty()) {
                    m.remove(themes);
                }
            }
        }
        if (m.get("languages") instanceof List<?> list) {
            List<String> known = list.stream().map(String::valueOf)
                    .filter(l -> Vocabularies.find(Vocabularies.languages(), l).isPresent()).toList();
            if (known.isEmpty()) {
                m.remove("languages");
            } else {
                m.put("languages", known);
            }
        }
        if (m.get("updateFrequency") instanceof String f && UpdateFrequency.find(f).isEmpty()) {
            m.remove("updateFrequency");
        }
        return new HarvestedRecord(original, m, links, nonPublic, licenceLabel);
    }

    /** The licence list's IRI for a licence IRI, code or name; null when it names none. */
    private static @Nullable String matchLicence(String licence) {
        return Vocabularies.find(Vocabularies.licences(), licence).or(() -> Vocabularies.licenceByName(licence))
                .map(nl.datakraam.catalog.Concept::iri).orElse(null);
    }

    private static void put(Map<String, @Nullable Object> m, String member, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            m.put(member, value);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asString().isBlank() ? value.asString() : null;
    }
}
