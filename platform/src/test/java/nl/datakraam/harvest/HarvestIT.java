// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Harvesting external catalogues (issue 8, cases c25 and c26) from catalogues this test serves itself over real HTTP
 * (a JDK {@link HttpServer} on a random loopback port): a CKAN {@code package_search} of two pages, a DCAT Turtle feed
 * of two Hydra pages whose second links back to the first, the official DCAT-AP-NL example file, and sources that
 * fail. Harvesting from 127.0.0.1 needs {@code allow-private-addresses}, so this class runs in a context of its own.
 * The harvested datasets are in the catalogue {@link PlatformIT}'s DCAT-AP-NL check validates afterwards.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class HarvestIT extends PlatformIT {

    private static final Path OWN_DIR;
    private static final String CC_BY_4 = "http://creativecommons.org/licenses/by/4.0/deed.nl";
    private static final String CC0 = "http://creativecommons.org/publicdomain/zero/1.0/deed.nl";

    static {
        try {
            OWN_DIR = Files.createTempDirectory("datakraam-harvest-it");
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Path → body served (text/turtle for .ttl, application/json otherwise); a path that is absent is 404. */
    private static final Map<String, String> PAGES = new ConcurrentHashMap<>();
    private static HttpServer server;

    @Autowired
    private Harvester harvester;

    @DynamicPropertySource
    static void allowLocalServer(DynamicPropertyRegistry registry) {
        registry.add("datakraam.ingest.fetch.allow-private-addresses", () -> "true");
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + OWN_DIR.resolve("metadata")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
        registry.add("datakraam.storage.directory", () -> OWN_DIR.resolve("blobs").toString());
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", HarvestIT::serve);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getRawQuery();
        String body = PAGES.get(query == null ? path : path + "?" + query);
        if (body == null) {
            body = PAGES.get(path);
        }
        if (path.startsWith("/status/")) {
            int status = Integer.parseInt(path.substring("/status/".length(), "/status/".length() + 3));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", path.endsWith(".ttl") ? "text/turtle; charset=utf-8"
                : "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aCkanSiteOfTwoPagesIsHarvestedWithItsLicencesAndARunAgainUpdatesMarksGoneAndNeverDuplicates() {
        String search = "/ckan1/api/3/action/package_search";
        PAGES.put(search + "?rows=2&start=0", ckanPage(3, ckanPackage("ck-1", "Fietstellingen Groningen", null,
                "Creative Commons Naamsvermelding 4.0", false), ckanPackage("ck-2", "Parkeerplaatsen Haren",
                null, "CC0 1.0", false)));
        PAGES.put(search + "?rows=2&start=2", ckanPage(3, ckanPackage("ck-3", "Interne telling personeel", null,
                "CC0 1.0", true)));
        JsonNode source = add("CKAN Groningen", "ckan", url(search + "?rows=2"));

        JsonNode run = run(source).get("lastRun");
        assertThat(run.get("errors").values()).as(run.toString()).isEmpty();
        assertThat(counts(run)).containsExactly(3, 0, 0, 0, 0);

        JsonNode fietsen = datasetTitled(admin(), "Fietstellingen Groningen");
        assertThat(fietsen.get("licence").asString()).as("c25: a Dutch licence name").isEqualTo(CC_BY_4);
        assertThat(fietsen.get("accessLevel").asString()).isEqualTo("openbaar");
        assertThat(fietsen.get("harvest").get("original").asString()).isEqualTo("ck-1");
        assertThat(fietsen.get("harvest").get("sourceId").asString()).isEqualTo(source.get("id").asString());
        assertThat(fietsen.get("harvest").get("distributions").get(0).get("url").asString())
                .isEqualTo("https://data.example.org/ck-1.csv");
        assertThat(fietsen.get("metadata").get("temporalStart").asString()).isEqualTo("2021-01-01");
        assertThat(datasetTitled(admin(), "Parkeerplaatsen Haren").get("licence").asString()).isEqualTo(CC0);
        String page = anonymous().get("/datasets/" + fietsen.get("slug").asString()).body();
        assertThat(page).contains("id=\"harvested\"", "CKAN Groningen", "https://data.example.org/ck-1.csv");

        JsonNode internal = datasetTitled(admin(), "Interne telling personeel");
        assertThat(internal.get("accessLevel").asString()).as("CKAN private: true").isEqualTo("intern");
        assertNeverShownToAnonymous(internal, "personeel");

        PAGES.put(search + "?rows=2&start=0", ckanPage(2, ckanPackage("ck-1", "Fietstellingen Groningen 2024",
                null, "Creative Commons Naamsvermelding 4.0", false), ckanPackage("ck-3", "Interne telling personeel",
                null, "CC0 1.0", true)));
        PAGES.remove(search + "?rows=2&start=2");
        JsonNode again = run(source).get("lastRun");
        assertThat(counts(again)).as(again.toString()).containsExactly(0, 1, 1, 1, 0);
        assertThat(datasetTitled(admin(), "Fietstellingen Groningen 2024").get("id").asString())
                .as("updated in place").isEqualTo(fietsen.get("id").asString());
        assertThat(titles(admin())).doesNotContain("Fietstellingen Groningen")
                .containsOnlyOnce("Fietstellingen Groningen 2024");
        JsonNode gone = datasetTitled(admin(), "Parkeerplaatsen Haren");
        assertThat(gone.get("harvest").get("goneAt").isNull()).as("flagged, not deleted").isFalse();
        assertThat(anonymous().get("/datasets/" + gone.get("slug").asString()).body()).contains("id=\"harvest-gone\"");

        assertPublicFeedLeavesHarvestedRecordsOutOfItsCount();

        PAGES.put(search + "?rows=2&start=0", ckanPage(0));
        JsonNode empty = run(source).get("lastRun");
        assertThat(counts(empty)).as("an empty answer marks nothing gone: %s", empty).containsExactly(0, 0, 0, 0, 0);
        assertThat(codes(empty.get("problems"))).contains("harvest.no-records");
        assertThat(datasetTitled(admin(), "Fietstellingen Groningen 2024").get("harvest").get("goneAt").isNull())
                .isTrue();
    }

    @Test
    void aCkanSourceMayBeGivenAsItsApiAddress() {
        PAGES.put("/ckan2/api/3/action/package_search", ckanPage(1, ckanPackage("ck2-1", "Zwemwater Zuidhorn", null,
                "CC0 1.0", false)));
        JsonNode run = run(add("CKAN API-adres", "ckan", url("/ckan2/api/3/action"))).get("lastRun");
        assertThat(counts(run)).as(run.toString()).containsExactly(1, 0, 0, 0, 0);
    }

    @Test
    void aDcatFeedOfTwoHydraPagesThatLoopsBackIsHarvestedOnceWithAWarningItsLicenceLabelsAndPeriods() {
        PAGES.put("/dcat/page1.ttl", PREFIXES + """
                <page1.ttl> a hydra:PartialCollectionView ; hydra:next <page2.ttl> .
                <https://example.org/ds/telpunten> a dcat:Dataset ;
                    dct:title "Telpunten verkeer"@nl ; dct:description "Tellingen per telpunt."@nl ;
                    dct:identifier "telpunten" ;
                    dct:temporal [ a dct:PeriodOfTime ; dcat:startDate "2020-01-01"^^xsd:date ;
                        dcat:endDate "2020-12-31"^^xsd:date ] ;
                    dcat:distribution [ a dcat:Distribution ; dct:license "CC-BY 4.0" ;
                        dcat:downloadURL <https://example.org/files/telpunten.csv> ;
                        dcat:mediaType <https://www.iana.org/assignments/media-types/text/csv> ] .
                <https://example.org/ds/bomen> a dcat:Dataset ;
                    dct:title "Bomen in beheer"@nl ; dct:description "Bomen."@nl ;
                    dct:temporal [ a dct:PeriodOfTime ; schema:startDate "2019-03-01"^^xsd:date ;
                        schema:endDate "2019-09-30T00:00:00Z"^^xsd:dateTime ] ;
                    dct:license [ a dct:LicenseDocument ; rdfs:label "Publiek domein" ] .
                """);
        PAGES.put("/dcat/page2.ttl", PREFIXES + """
                <page2.ttl> a hydra:PartialCollectionView ; hydra:next <page1.ttl> .
                <https://example.org/ds/lantaarns> a dcat:Dataset ;
                    dct:title "Lantaarnpalen"@nl ; dct:description "Lantaarnpalen."@nl ;
                    dct:temporal [ a dct:PeriodOfTime ;
                        time:hasBeginning [ a time:Instant ; time:inXSDDate "2018-01-01"^^xsd:date ] ;
                        time:hasEnd [ a time:Instant ; time:inXSDDateTime "2018-06-30T12:00:00Z"^^xsd:dateTime ] ] ;
                    dct:license "Eigen voorwaarden gemeente" ;
                    dcat:distribution [ a dcat:Distribution ; dcat:accessURL <https://example.org/lantaarns> ;
                        dct:format <http://publications.europa.eu/resource/authority/file-type/JSON> ] .
                <https://example.org/ds/salarissen> a dcat:Dataset ;
                    dct:title "Salarisschalen medewerkers"@nl ; dct:description "Salarissen."@nl ;
                    dct:license <http://creativecommons.org/publicdomain/zero/1.0/deed.nl> ;
                    dct:accessRights <http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC> .
                """);
        JsonNode source = add("DCAT Drenthe", "dcat", url("/dcat/page1.ttl"));

        JsonNode run = run(source).get("lastRun");
        assertThat(run.get("errors").values()).as(run.toString()).isEmpty();
        assertThat(counts(run)).as(run.toString()).containsExactly(4, 0, 0, 0, 0);
        assertThat(codes(run.get("problems"))).contains("harvest.page-seen", "harvest.licence-unknown");
        assertThat(problem(run, "harvest.page-seen").get("message").asString()).contains("page1.ttl");

        JsonNode telpunten = datasetTitled(admin(), "Telpunten verkeer");
        assertThat(telpunten.get("licence").asString()).as("c25: licence as a text label").isEqualTo(CC_BY_4);
        assertThat(telpunten.get("metadata").get("temporalStart").asString()).as("c26").isEqualTo("2020-01-01");
        assertThat(telpunten.get("metadata").get("temporalEnd").asString()).isEqualTo("2020-12-31");
        assertThat(telpunten.get("harvest").get("original").asString()).isEqualTo("https://example.org/ds/telpunten");

        JsonNode bomen = datasetTitled(admin(), "Bomen in beheer");
        assertThat(bomen.get("licence").asString()).isEqualTo(CC0);
        assertThat(bomen.get("metadata").get("temporalStart").asString()).isEqualTo("2019-03-01");
        assertThat(bomen.get("metadata").get("temporalEnd").asString()).isEqualTo("2019-09-30");

        JsonNode lantaarns = datasetTitled(admin(), "Lantaarnpalen");
        assertThat(lantaarns.get("metadata").get("temporalStart").asString()).isEqualTo("2018-01-01");
        assertThat(lantaarns.get("metadata").get("temporalEnd").asString()).isEqualTo("2018-06-30");
        assertThat(lantaarns.get("licence").isNull()).as("no licence is made up").isTrue();
        assertThat(lantaarns.get("harvest").get("licenceLabel").asString()).isEqualTo("Eigen voorwaarden gemeente");
        assertThat(anonymous().get("/datasets/" + lantaarns.get("slug").asString()).body())
                .contains("id=\"licence-unknown\"", "Eigen voorwaarden gemeente");
        String dcat = anonymous().get("/v1/datasets/" + lantaarns.get("id").asString() + "/metadata?format=ttl")
                .body();
        assertThat(dcat).as("the unknown licence is published as its label").contains("Eigen voorwaarden gemeente");

        JsonNode salarissen = datasetTitled(admin(), "Salarisschalen medewerkers");
        assertThat(salarissen.get("accessLevel").asString()).as("NON_PUBLIC").isEqualTo("intern");
        assertNeverShownToAnonymous(salarissen, "Salarisschalen");

        JsonNode again = run(source).get("lastRun");
        assertThat(counts(again)).as("loop: nothing marked gone").containsExactly(0, 0, 4, 0, 0);
    }

    @Test
    void aSourceThatFailsReportsWhyAndImportsNothing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        JsonNode unreachable = run(add("Weg", "dcat", "http://127.0.0.1:" + closed + "/catalog.ttl")).get("lastRun");
        assertThat(codes(unreachable.get("errors"))).containsExactly("harvest.unreachable");

        JsonNode failing = run(add("Kapot", "ckan", url("/status/500")));
        JsonNode failed = failing.get("lastRun");
        assertThat(codes(failed.get("errors"))).containsExactly("harvest.http-status");
        assertThat(failed.get("errors").get(0).get("arguments").get("status").asInt()).isEqualTo(500);
        assertThat(counts(failed)).containsExactly(0, 0, 0, 0, 0);

        PAGES.put("/half/page1.ttl", PREFIXES + """
                <page1.ttl> hydra:next </status/503> .
                <https://example.org/ds/half> a dcat:Dataset ; dct:title "Halve oogst"@nl ;
                    dct:license "CC0 1.0" .
                """);
        JsonNode half = run(add("Half", "dcat", url("/half/page1.ttl"))).get("lastRun");
        assertThat(codes(half.get("errors"))).containsExactly("harvest.http-status");
        assertThat(titles(admin())).as("nothing half-imported").doesNotContain("Halve oogst");

        PAGES.put("/bad/catalog.ttl", "@prefix dcat: <http://www.w3.org/ns/dcat#> . <a> a dcat:Dataset ; ;; broken");
        JsonNode bad = run(add("Stuk", "dcat", url("/bad/catalog.ttl"))).get("lastRun");
        assertThat(codes(bad.get("errors"))).containsExactly("harvest.bad-rdf");

        String path = "/v1/harvest-sources/" + failing.get("id").asString();
        assertThat(json(admin().inLanguage("en").get(path)).get("lastRun").get("errors").get(0).get("message")
                .asString()).contains("answered HTTP 500; nothing was harvested");
        assertThat(json(admin().get(path)).get("lastRun").get("errors").get(0).get("message").asString())
                .contains("antwoordde met HTTP 500; er is niets geoogst");
    }

    @Test
    void theOfficialDcatApNlExampleIsHarvested() throws IOException {
        PAGES.put("/real/dcat-ap-nl30_example_all.ttl",
                Files.readString(shared("data/real/dcat-ap-nl30_example_all.ttl")));
        JsonNode run = run(add("DCAT-AP-NL voorbeeld", "dcat", url("/real/dcat-ap-nl30_example_all.ttl")))
                .get("lastRun");
        assertThat(run.get("errors").values()).as(run.toString()).isEmpty();
        assertThat(run.get("created").asInt()).as(run.toString()).isPositive();
        assertThat(run.get("failed").asInt()).as(run.toString()).isZero();
    }

    @Test
    void sourcesAreScheduledPerIntervalAndManagedByStewardsOnly() {
        PAGES.put("/sched/catalog.ttl", PREFIXES + """
                <https://example.org/ds/gepland> a dcat:Dataset ; dct:title "Geplande oogst"@nl ;
                    dct:license "CC0 1.0" .
                """);
        JsonNode source = add("Gepland", "dcat", url("/sched/catalog.ttl"));
        assertThat(source.get("interval").asString()).isEqualTo("PT1H");
        harvester.runDue();
        assertThat(titles(admin())).as("not due before its interval").doesNotContain("Geplande oogst");
        clock.moveBy(Duration.ofMinutes(61));
        harvester.runDue();
        assertThat(titles(admin())).contains("Geplande oogst");
        JsonNode after = json(admin().get("/v1/harvest-sources/" + source.get("id").asString()));
        assertThat(counts(after.get("lastRun"))).containsExactly(1, 0, 0, 0, 0);

        assertThat(anonymous().postJson("/v1/harvest-sources", Map.of("name", "x", "kind", "dcat", "url",
                url("/sched/catalog.ttl"))).statusCode()).isEqualTo(401);
        assertThat(anonymous().get("/v1/harvest-sources").statusCode()).isEqualTo(401);
        var badKind = admin().postJson("/v1/harvest-sources", Map.of("name", "x", "kind", "oai", "url",
                url("/x")));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(badKind).get("details").get("field").asString()).isEqualTo("kind");
        assertThat(admin().postJson("/v1/harvest-sources", Map.of("name", "x", "kind", "dcat", "url", url("/x"),
                "interval", "PT1M")).statusCode()).isEqualTo(400);
        assertThat(admin().get("/v1/harvest-sources/nope").statusCode()).isEqualTo(404);
        assertThat(json(admin().get("/v1/harvest-sources")).get("total").asInt()).isPositive();
    }

    @Test
    void theAdminPageAddsHarvestsAndShowsASourceWithItsMessages() {
        PAGES.put("/page/catalog.ttl", PREFIXES + """
                <https://example.org/ds/pagina> a dcat:Dataset ; dct:title "Oogst via de pagina"@nl ;
                    dct:license "Onbekende licentietekst" .
                """);
        assertThat(new BrowserSession(port).get("/beheer/oogstbronnen").statusCode()).as("anonymous: sign in")
                .isIn(302, 401);
        BrowserSession browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        var refused = browser.submitForm("/beheer/oogstbronnen", Map.of("name", "Pagina", "kind", "dcat", "url",
                "ftp://example.org/x"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"harvest-error\"");

        browser.submitForm("/beheer/oogstbronnen", Map.of("name", "Paginabron", "kind", "dcat", "url",
                url("/page/catalog.ttl"), "interval", "P1D"));
        String id = json(admin().get("/v1/harvest-sources")).get("items").values().stream()
                .filter(s -> s.get("name").asString().equals("Paginabron")).findFirst().orElseThrow().get("id")
                .asString();
        browser.submitFormFrom("/beheer/oogstbronnen", "/beheer/oogstbronnen/" + id + "/oogsten", Map.of());
        assertThat(titles(admin())).contains("Oogst via de pagina");
        assertThat(browser.get("/beheer/oogstbronnen").body()).contains("Paginabron", "nieuw 1",
                "Onbekende licentietekst");
    }

    private static final String PREFIXES = """
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix schema: <http://schema.org/> .
            @prefix time: <http://www.w3.org/2006/time#> .
            @prefix hydra: <http://www.w3.org/ns/hydra/core#> .
            """;

    /**
     * Harvested records are their source's to publish: our public DCAT feed neither lists nor counts them, so that
     * {@code hydra:totalItems} is the number of datasets its pages hold.
     */
    private void assertPublicFeedLeavesHarvestedRecordsOutOfItsCount() {
        long listed = 0;
        long total = -1;
        for (int page = 1; ; page++) {
            String body = anonymous().get("/catalog.ttl?page=" + page).body();
            assertThat(body).doesNotContain("data.example.org");
            listed += java.util.regex.Pattern.compile("\\bdcat:Dataset\\b").matcher(body).results().count();
            var totalItems = java.util.regex.Pattern.compile("hydra:totalItems\\s+\"?(\\d+)").matcher(body);
            if (totalItems.find()) {
                total = Long.parseLong(totalItems.group(1));
            }
            if (!body.contains("hydra:next")) {
                break;
            }
        }
        assertThat(listed).as("datasets on the pages").isEqualTo(total);
    }

    private static String ckanPage(int count, String... packages) {
        return "{\"help\": \"package_search\", \"success\": true, \"result\": {\"count\": " + count
                + ", \"results\": [" + String.join(",", packages) + "]}}";
    }

    private static String ckanPackage(String id, String title, String licenceUrl, String licenceTitle,
            boolean isPrivate) {
        return """
                {"id": "%s", "name": "%s", "title": "%s", "notes": "Beschrijving van %s.", "private": %s,
                 "license_id": "x", "license_title": "%s", "license_url": %s,
                 "organization": {"name": "groningen", "title": "Provincie Groningen"},
                 "tags": [{"name": "verkeer", "display_name": "verkeer"}],
                 "extras": [{"key": "temporal_start", "value": "2021-01-01"}],
                 "resources": [{"url": "https://data.example.org/%s.csv", "format": "CSV", "mimetype": "text/csv"}]}
                """.formatted(id, id, title, title, isPrivate, licenceTitle,
                licenceUrl == null ? "null" : "\"" + licenceUrl + "\"", id);
    }

    private JsonNode add(String name, String kind, String url) {
        var response = admin().postJson("/v1/harvest-sources", Map.of("name", name, "kind", kind, "url", url,
                "interval", "PT1H"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private JsonNode run(JsonNode source) {
        var response = admin().postJson("/v1/harvest-sources/" + source.get("id").asString() + "/run", Map.of());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** created, updated, unchanged, gone, failed. */
    private static List<Integer> counts(JsonNode run) {
        return List.of(run.get("created").asInt(), run.get("updated").asInt(), run.get("unchanged").asInt(),
                run.get("gone").asInt(), run.get("failed").asInt());
    }

    private static List<String> codes(JsonNode problems) {
        return problems.values().stream().map(p -> p.get("code").asString()).toList();
    }

    private static JsonNode problem(JsonNode run, String code) {
        return run.get("problems").values().stream().filter(p -> p.get("code").asString().equals(code))
                .findFirst().orElseThrow();
    }

    private static List<String> titles(ApiClient client) {
        List<String> titles = new ArrayList<>();
        json(client.get("/v1/datasets?limit=1000")).get("items").forEach(d -> titles.add(d.get("title").asString()));
        return titles;
    }

    private static JsonNode datasetTitled(ApiClient client, String title) {
        for (JsonNode d : json(client.get("/v1/datasets?limit=1000")).get("items")) {
            if (d.get("title").asString().equals(title)) {
                return d;
            }
        }
        throw new AssertionError("No dataset titled " + title);
    }

    /** Not in the listing, not in search, its page and JSON and DCAT 404, not in the public DCAT catalogue. */
    private void assertNeverShownToAnonymous(JsonNode dataset, String word) {
        String id = dataset.get("id").asString();
        assertThat(titles(anonymous())).doesNotContain(dataset.get("title").asString());
        assertThat(json(anonymous().get("/v1/search?q=" + word)).get("total").asLong()).isZero();
        assertThat(json(admin().get("/v1/search?q=" + word)).get("total").asLong()).isPositive();
        assertThat(anonymous().get("/datasets/" + dataset.get("slug").asString()).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/datasets/" + id + "/metadata?format=ttl").statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/catalog?format=ttl").body()).doesNotContain(dataset.get("slug").asString());
    }
}
