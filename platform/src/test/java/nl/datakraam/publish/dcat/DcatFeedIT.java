// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.dcat;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.datakraam.support.DcatApNlShapes;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/**
 * The public DCAT feed of issue 8: must-show 1 (every page of {@code /catalog} conforms to DCAT-AP 3.0.1 plus
 * DCAT-AP-NL 3.0 SHACL, {@code CHECKS.md} section 1), cases c23, c24 and c28, Hydra paging, content negotiation, the
 * DCAT-AP-DONL 1.1 variant against the DONL value lists, the schema.org description of dataset pages and the sitemap.
 * Datasets of every kind: CSV with minimal metadata, geodata with every optional property, an identifier that is an
 * https URL, and one of each non-public level. The feed's page size is 2 in the tests ({@link PlatformIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DcatFeedIT extends PlatformIT {

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"naam": "Zuidhorn", "km": 12.5},
               "geometry": {"type": "Point", "coordinates": [6.4074, 53.2463]}},
              {"type": "Feature", "properties": {"naam": "Haren", "km": 7},
               "geometry": {"type": "Point", "coordinates": [6.6059, 53.1722]}}]}
            """;

    /** Slug by role in this test: csv (c23, minimal), geo (all optional metadata), url-id (c24), and the levels. */
    private final Map<String, JsonNode> datasets = new LinkedHashMap<>();

    @BeforeAll
    void datasets() {
        datasets.put("csv", create("dcat-csv.csv", "gemeente;km\nGroningen;12\nZuidhorn;7\n", "Dcatfeed fietspaden",
                "openbaar"));
        datasets.put("geo", create("dcat-geo.geojson", GEOJSON, "Dcatfeed fietsroutes", "openbaar"));
        var patched = admin().patchMerge("/v1/datasets/" + id("geo"), """
                {"description": "Fietsroutes met hun lengte.", "keywords": ["fiets", "route"],
                 "euThemes": ["TRAN"], "donlThemes": ["Verkeer_(thema)"], "spatial": ["GM0014", "PV20"],
                 "contactName": "Team Fiets", "contactEmail": "fiets@example.nl", "contactPhone": "+31 50 316 4911",
                 "temporalStart": "2020-01-01", "temporalEnd": "2024-12-31",
                 "landingPage": "https://www.example.nl/fiets", "documentation": "https://www.example.nl/fiets/uitleg",
                 "conformsTo": ["https://docs.geostandaarden.nl/imgeo/"], "provenance": "Geteld door de provincie.",
                 "licence": "CC-BY-4.0", "updateFrequency": "ANNUAL"}""");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        datasets.put("geo", json(patched));
        datasets.put("url-id", create("dcat-url.csv", "code;waarde\n1;2\n", "Dcatfeed met URL", "openbaar"));
        patched = admin().patchMerge("/v1/datasets/" + id("url-id"),
                "{\"identifier\": \"https://data.example.nl/id/dataset/met-url?versie=1&taal=nl\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        for (String level : List.of("intern", "beperkt", "vertrouwelijk")) {
            datasets.put(level, create("dcat-" + level + ".csv", "a;b\n1;2\n", "Dcatfeed geheim " + level, level));
        }
    }

    private JsonNode create(String name, String content, String title, String level) {
        Path file = Fixtures.file(name, content, StandardCharsets.UTF_8);
        String id = admin().importFile(file, title, level).get("subjectId").asString();
        return json(admin().get("/v1/datasets/" + id));
    }

    @Test
    void everyPageOfTheFeedConformsAndHydraWalksEveryPageOnce() {
        List<String> visited = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        long total = -1;
        String next = "/catalog.ttl";
        while (next != null) {
            assertThat(visited).as("a page seen before").doesNotContain(next);
            visited.add(next);
            Model page = parse(ok(anonymous().get(next)), Lang.TURTLE);
            if (DcatApNlShapes.standards() != null) {
                assertThat(DcatApNlShapes.violations(page)).as("DCAT-AP 3.0.1 + DCAT-AP-NL 3.0 on " + next).isEmpty();
            }
            Resource catalog = page.listSubjectsWithProperty(RDF.type, DCAT.Catalog).next();
            long pageTotal = catalog.getProperty(page.createProperty(HYDRA, "totalItems")).getLong();
            assertThat(total == -1 || total == pageTotal).as("the same total on every page").isTrue();
            total = pageTotal;
            List<RDFNode> onPage = page.listObjectsOfProperty(catalog, DCAT.dataset).toList();
            assertThat(onPage.size()).isBetween(1, 2);
            for (RDFNode dataset : onPage) {
                assertThat(listed.add(dataset.asResource().getURI())).as("listed once: " + dataset).isTrue();
            }
            Resource view = catalog.getPropertyResourceValue(page.createProperty(HYDRA, "view"));
            assertThat(view.hasProperty(RDF.type, page.createResource(HYDRA + "PartialCollectionView"))).isTrue();
            assertThat(view.getURI()).endsWith(next.contains("?") ? next : next + "?page=1");
            assertThat(view.getPropertyResourceValue(page.createProperty(HYDRA, "first")).getURI())
                    .endsWith("/catalog.ttl?page=1");
            Resource after = view.getPropertyResourceValue(page.createProperty(HYDRA, "next"));
            Resource before = view.getPropertyResourceValue(page.createProperty(HYDRA, "previous"));
            assertThat(before == null).isEqualTo(visited.size() == 1);
            next = after == null ? null : after.getURI().substring(after.getURI().indexOf("/catalog"));
            if (visited.size() == 1) {
                // a change during the harvest moves nothing between pages: the dataset is still seen exactly once
                var changed = admin().patchMerge("/v1/datasets/" + id("csv"), "{\"description\": \"Gewijzigd "
                        + "tijdens het oogsten.\"}");
                assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            }
            if (after == null) {
                assertThat(view.getPropertyResourceValue(page.createProperty(HYDRA, "last")).getURI())
                        .isEqualTo(view.getURI());
            }
        }
        assertThat(visited).as("at least two pages of two").hasSizeGreaterThan(1);
        assertThat((long) listed.size()).isEqualTo(total);
        for (String published : List.of("csv", "geo", "url-id")) {
            assertThat(listed).contains(iri(published));
        }
        for (String hidden : List.of("intern", "beperkt", "vertrouwelijk")) {
            assertThat(listed).as("c28: not in the feed").doesNotContain(iri(hidden));
        }
    }

    @Test
    void c23OneCsvDistributionInDutchHasVocabularyIris() {
        Model rdf = parse(ok(anonymous().get("/datasets/" + slug("csv") + ".ttl")), Lang.TURTLE);
        Resource dataset = rdf.getResource(iri("csv"));
        Resource csv = dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource())
                .filterKeep(x -> x.getURI().endsWith("-csv")).next();
        assertThat(csv.getPropertyResourceValue(DCTerms.format).getURI()).isEqualTo(EU + "file-type/CSV");
        assertThat(csv.getPropertyResourceValue(DCAT.mediaType).getURI())
                .isEqualTo("https://www.iana.org/assignments/media-types/text/csv");
        assertThat(dataset.getPropertyResourceValue(DCTerms.language).getURI()).isEqualTo(EU + "language/NLD");
        for (var property : List.of(DCTerms.format, DCAT.mediaType, DCTerms.language, DCAT.theme, DCTerms.license,
                DCTerms.accessRights)) {
            assertThat(rdf.listObjectsOfProperty(property).toList()).as(property + " as IRIs").isNotEmpty()
                    .allSatisfy(o -> assertThat(o.isURIResource()).as(property + " " + o).isTrue());
        }
        assertThat(rdf.listObjectsOfProperty(DCAT.theme).toList()).allSatisfy(theme -> assertThat(
                theme.asResource().hasProperty(RDF.type, SKOS.Concept)).isTrue());
        if (DcatApNlShapes.standards() != null) {
            assertThat(DcatApNlShapes.violations(rdf)).isEmpty();
        }
    }

    @Test
    void c24AnHttpsIdentifierIsALiteral() {
        Model rdf = parse(ok(anonymous().get("/datasets/" + slug("url-id") + ".rdf")), Lang.RDFXML);
        RDFNode identifier = rdf.getResource(iri("url-id")).getProperty(DCTerms.identifier).getObject();
        assertThat(identifier.isLiteral()).isTrue();
        assertThat(identifier.asLiteral().getString())
                .isEqualTo("https://data.example.nl/id/dataset/met-url?versie=1&taal=nl");
        if (DcatApNlShapes.standards() != null) {
            assertThat(DcatApNlShapes.violations(rdf)).isEmpty();
        }
    }

    @Test
    void c28TheRdfOfANonPublicDatasetIsA404LikeAMissingOne() {
        var missing = anonymous().get("/datasets/bestaat-niet-xyz.ttl");
        assertThat(missing.statusCode()).isEqualTo(404);
        for (String level : List.of("intern", "beperkt", "vertrouwelijk")) {
            for (var client : List.of(anonymous(), admin())) {
                for (String suffix : List.of(".ttl", ".rdf", ".jsonld")) {
                    var response = client.get("/datasets/" + slug(level) + suffix);
                    assertThat(response.statusCode()).as(level + suffix).isEqualTo(404);
                    assertThat(response.body().replace(slug(level) + suffix, "X").replace(slug(level), "X"))
                            .as("the same answer as for a dataset that does not exist")
                            .isEqualTo(missing.body().replace("bestaat-niet-xyz.ttl", "X")
                                    .replace("bestaat-niet-xyz", "X"));
                    assertThat(response.body()).doesNotContain("Exception").doesNotContain("Dcatfeed geheim");
                }
                var negotiated = client.get("/datasets/" + slug(level), "text/turtle");
                assertThat(negotiated.statusCode()).isEqualTo(404);
            }
        }
        String sitemap = ok(anonymous().get("/sitemap.xml")).body();
        for (String level : List.of("intern", "beperkt", "vertrouwelijk")) {
            assertThat(sitemap).doesNotContain(slug(level));
            assertThat(ok(admin().get("/catalog.ttl")).body()).doesNotContain(slug(level));
        }
    }

    @Test
    void contentNegotiation() {
        for (var format : Map.of("text/turtle", Lang.TURTLE, "application/rdf+xml", Lang.RDFXML,
                "application/ld+json", Lang.JSONLD).entrySet()) {
            var response = ok(anonymous().get("/catalog", format.getKey()));
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.getKey());
            assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept"));
            assertThat(parse(response, format.getValue()).contains(null, RDF.type, DCAT.Catalog)).isTrue();
            var one = ok(anonymous().get("/datasets/" + slug("geo"), format.getKey() + ", text/html;q=0.5"));
            assertThat(one.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.getKey());
            assertThat(parse(one, format.getValue()).contains(parse(one, format.getValue()).getResource(iri("geo")),
                    RDF.type, DCAT.Dataset)).isTrue();
            String suffix = format.getValue() == Lang.TURTLE ? "ttl" : format.getValue() == Lang.RDFXML ? "rdf"
                    : "jsonld";
            var file = ok(anonymous().get("/catalog." + suffix));
            assertThat(file.headers().firstValue("Content-Type").orElseThrow()).startsWith(format.getKey());
        }
        assertThat(ok(anonymous().get("/catalog", "*/*")).headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/turtle");
        var browser = anonymous().get("/catalog", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertThat(browser.statusCode()).isEqualTo(303);
        assertThat(browser.headers().firstValue("Location").orElseThrow()).endsWith("/");
        for (String accept : List.of("text/html,application/xhtml+xml,*/*;q=0.8", "*/*")) {
            var page = ok(anonymous().get("/datasets/" + slug("geo"), accept));
            assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        }
        var badPage = anonymous().get("/catalog.ttl?page=0");
        assertThat(badPage.statusCode()).isEqualTo(400);
        assertThat(json(badPage).get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(anonymous().get("/catalog.ttl?page=9999").statusCode()).isEqualTo(400);
        assertThat(anonymous().get("/catalog.ttl?profile=xyz").statusCode()).isEqualTo(400);
    }

    /**
     * DCAT-AP-DONL 1.1 has no SHACL shapes in {@code ../shared/standards}: every page of {@code /catalog/donl.rdf}
     * gives themes of its theme list only, and the datasets made here carry what DONL 1.1 makes mandatory, with
     * values from its lists (the properties checked: identifier, title, description, publisher, overheid:authority,
     * contact point, language, licence, modified and theme on the dataset; title, description, access URL, licence
     * and language on each distribution). The lists: every theme of the TaxonomieBeleidsagenda
     * ({@code hierarchy_theme.json}, top themes and their sub-themes), licence and language concepts of the DONL
     * taxonomies.
     */
    @Test
    void theDonlVariantUsesTheDonlValueLists() throws Exception {
        Path standards = DcatApNlShapes.standards();
        Model lists = ModelFactory.createDefaultModel();
        Set<String> themes = new HashSet<>();
        if (standards != null) {
            RDFDataMgr.read(lists, standards.resolve("dcat-ap-donl/taxonomy/licenses.ttl").toUri().toString());
            RDFDataMgr.read(lists, standards.resolve("dcat-ap-donl/taxonomy/languages.ttl").toUri().toString());
            // the 93 themes: each key with its path of top theme and itself ("top|theme")
            JsonNode hierarchy = readJson(java.nio.file.Files.readString(
                    standards.resolve("dcat-ap-donl/donl-1.1/hierarchy_theme.json")));
            hierarchy.propertyNames().forEach(themes::add);
            hierarchy.values().forEach(paths -> paths.values().forEach(path -> themes.addAll(List.of(
                    path.asString().split("\\|")))));
        }
        Set<String> listed = new HashSet<>();
        Set<String> mine = Set.of(iri("csv"), iri("geo"), iri("url-id"));
        String next = "/catalog/donl.rdf";
        while (next != null) {
            Model page = parse(ok(anonymous().get(next)), Lang.RDFXML);
            for (Resource dataset : page.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList()) {
                listed.add(dataset.getURI());
                if (standards != null) {
                    dataset.listProperties(DCAT.theme).forEach(t -> assertThat(themes).as("DONL theme")
                            .contains(t.getResource().getURI()));
                }
                if (!mine.contains(dataset.getURI())) {
                    continue; // other classes' datasets may lack what DONL requires (e.g. a licence); ours do not
                }
                assertThat(dataset.hasProperty(page.createProperty("http://standaarden.overheid.nl/owms/terms/",
                        "authority"))).as("overheid:authority").isTrue();
                for (var property : List.of(DCTerms.identifier, DCTerms.title, DCTerms.description,
                        DCTerms.publisher, DCAT.contactPoint, DCTerms.language, DCTerms.license, DCTerms.modified,
                        DCAT.theme)) {
                    assertThat(dataset.hasProperty(property)).as(dataset + " " + property).isTrue();
                }
                if (standards != null) {
                    dataset.listProperties(DCTerms.license).forEach(l -> assertThat(lists.contains(null,
                            SKOS.hasTopConcept, l.getObject())).as("DONL licence " + l.getObject()).isTrue());
                    // the DONL taxonomy (2.0 work) writes the EU language IRIs with https; EU's own IRIs, which
                    // DONL 1.1's list and DCAT-AP use, are http
                    dataset.listProperties(DCTerms.language).forEach(l -> assertThat(lists.contains(null,
                            SKOS.hasTopConcept, lists.createResource(l.getResource().getURI().replace(
                                    "http://publications.", "https://publications."))))
                            .as("DONL language " + l.getObject()).isTrue());
                }
                for (var x : dataset.listProperties(DCAT.distribution).mapWith(s -> s.getResource()).toList()) {
                    for (var property : List.of(DCTerms.title, DCTerms.description, DCAT.accessURL, DCTerms.license,
                            DCTerms.language)) {
                        assertThat(x.hasProperty(property)).as(x + " " + property).isTrue();
                    }
                }
            }
            Resource after = page.listObjectsOfProperty(page.createProperty(HYDRA, "next")).toList().stream()
                    .map(RDFNode::asResource).findFirst().orElse(null);
            next = after == null ? null : after.getURI().substring(after.getURI().indexOf("/catalog"));
        }
        assertThat(listed).contains(iri("csv"), iri("geo"), iri("url-id")).doesNotContain(iri("intern"));
        Model donlGeo = parse(ok(anonymous().get("/datasets/" + slug("geo") + ".ttl?profile=donl")), Lang.TURTLE);
        assertThat(donlGeo.listObjectsOfProperty(DCAT.theme).mapWith(t -> t.asResource().getURI()).toList())
                .containsExactly("http://standaarden.overheid.nl/owms/terms/Verkeer_(thema)");
    }

    @Test
    void datasetPagesCarryTheirSchemaOrgDescription() {
        String html = ok(anonymous().get("/datasets/" + slug("geo"))).body();
        Matcher script = Pattern.compile("<script type=\"application/ld\\+json\" id=\"schema-org\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(script.find()).as("schema.org script on the page").isTrue();
        JsonNode ld = tools.jackson.databind.json.JsonMapper.builder().build().readTree(script.group(1));
        assertThat(ld.get("@type").asString()).isEqualTo("Dataset");
        assertThat(ld.get("name").asString()).isEqualTo("Dcatfeed fietsroutes");
        assertThat(ld.get("description").asString()).isEqualTo("Fietsroutes met hun lengte.");
        assertThat(ld.get("url").asString()).endsWith("/datasets/" + slug("geo"));
        assertThat(ld.get("identifier").asString()).isNotBlank();
        assertThat(ld.get("license").asString()).isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
        assertThat(ld.get("publisher").get("name").asString()).isNotBlank();
        assertThat(ld.get("creator").get("@type").asString()).isEqualTo("Organization");
        assertThat(ld.get("keywords").values()).extracting(JsonNode::asString).contains("fiets", "route");
        assertThat(ld.get("spatialCoverage").get("geo").get("box").asString()).isNotBlank();
        assertThat(ld.get("spatialCoverage").get("name").asString()).contains("Groningen");
        assertThat(ld.get("temporalCoverage").asString()).isEqualTo("2020-01-01/2024-12-31");
        assertThat(ld.get("dateModified").asString()).isNotBlank();
        assertThat(ld.get("distribution").values()).isNotEmpty().allSatisfy(download -> {
            assertThat(download.get("@type").asString()).isEqualTo("DataDownload");
            assertThat(download.get("encodingFormat").asString()).contains("/");
            assertThat(download.get("contentUrl").asString()).contains("/download?format=");
        });
        assertThat(ok(admin().get("/datasets/" + slug("intern"))).body()).as("not for an unpublished dataset")
                .doesNotContain("application/ld+json");
    }

    @Test
    void theSitemapListsThePublishedDatasetsAndRobotsPointsToIt() throws Exception {
        var response = ok(anonymous().get("/sitemap.xml"));
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document sitemap = factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));
        var urls = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> locs = new ArrayList<>();
        for (int n = 0; n < urls.getLength(); n++) {
            locs.add(urls.item(n).getTextContent());
        }
        assertThat(locs).contains(iri("csv"), iri("geo"), iri("url-id"))
                .doesNotContain(iri("intern"), iri("beperkt"), iri("vertrouwelijk"));
        assertThat(response.body()).contains("<lastmod>");
        String robots = ok(anonymous().get("/robots.txt")).body();
        assertThat(robots).contains("Sitemap: http://localhost:" + port + "/sitemap.xml");
    }

    private static Model parse(HttpResponse<String> response, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        return model;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode readJson(String text) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(text);
    }

    private String id(String role) {
        return datasets.get(role).get("id").asString();
    }

    private String slug(String role) {
        return datasets.get(role).get("slug").asString();
    }

    private String iri(String role) {
        return "http://localhost:" + port + "/datasets/" + slug(role);
    }
}
