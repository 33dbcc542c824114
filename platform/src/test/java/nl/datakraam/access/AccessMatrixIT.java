// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Must-show 1 of issue 6: every role and the anonymous public × every access level × every channel, with the
 * expected allow or deny. Each role is a real account (created through the accounts API, signed in through a
 * read-only API key for the API channels and through the sign-in form for the HTML channels); each level is a real
 * dataset (two points, so also an OGC API collection) imported by the administrator, with the grants the security
 * model names:
 *
 * <ul>
 *   <li>{@code beperkt}: granted to the user group of the medewerker and to the partner's organisation;</li>
 *   <li>{@code vertrouwelijk}: granted to the account of the functionaris gegevensbescherming, and also to the
 *       medewerker's group and the partner's organisation — which must NOT count at that level (named people
 *       only).</li>
 * </ul>
 *
 * A denied read of one dataset is a 404 exactly like a missing dataset (c28), a denied listing or search simply does
 * not contain it (nor count it in a facet), a denied SQL query fails as for an unknown table. No answer is a 5xx.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends PlatformIT {

    private static final String GROUP = "matrix-team";
    private static final String PARTNER_ORGANISATION = "matrix-partner";

    /** Who calls: the anonymous public and one account per role of the security model. */
    enum Who {
        ANONYMOUS(null),
        BEHEERDER("beheerder"),
        DATA_EIGENAAR("data-eigenaar"),
        FUNCTIONARIS_GEGEVENSBESCHERMING("functionaris-gegevensbescherming"),
        MEDEWERKER("medewerker"),
        PARTNER("partner");

        final String role;

        Who(String role) {
            this.role = role;
        }
    }

    /** The security model as a table: may {@code who} read a dataset of {@code level} with this test's grants? */
    static boolean expected(Who who, String level) {
        return switch (level) {
            case "openbaar" -> true;
            case "intern" -> who != Who.ANONYMOUS && who != Who.PARTNER;
            case "beperkt" -> who == Who.BEHEERDER || who == Who.MEDEWERKER || who == Who.PARTNER;
            case "vertrouwelijk" -> who == Who.BEHEERDER || who == Who.FUNCTIONARIS_GEGEVENSBESCHERMING;
            default -> throw new IllegalArgumentException(level);
        };
    }

    /** Two points in Groningen, so that every dataset is also an OGC API collection. */
    private static final String GEOJSON = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"code": "0001", "waarde": 12.5},
               "geometry": {"type": "Point", "coordinates": [6.5665, 53.2194]}},
              {"type": "Feature", "properties": {"code": "0002", "waarde": 7},
               "geometry": {"type": "Point", "coordinates": [6.5432, 53.2011]}}]}
            """;

    private static final List<String> LEVELS = List.of("openbaar", "intern", "beperkt", "vertrouwelijk");

    /** One dataset of each level, as the administrator sees it. */
    private final Map<String, JsonNode> datasets = new java.util.LinkedHashMap<>();
    private final Map<Who, ApiClient> api = new EnumMap<>(Who.class);
    private final Map<Who, BrowserSession> html = new EnumMap<>(Who.class);
    private final Map<Who, String> accountIds = new EnumMap<>(Who.class);

    /**
     * A channel: does the caller see {@code dataset} through it? Fails on any answer other than allow or deny.
     * {@code expected} says who should see a dataset of a level there: the security model ({@link #expected}) for
     * every channel that reads as the caller, {@link #published} for the public feeds.
     */
    private record Channel(String name, BiFunction<Who, JsonNode, Boolean> sees,
            BiPredicate<Who, String> expected) {

        Channel(String name, BiFunction<Who, JsonNode, Boolean> sees) {
            this(name, sees, AccessMatrixIT::expected);
        }
    }

    /**
     * The public feeds (DCAT feed, per-dataset DCAT by slug, sitemap) publish what the world may see, whoever asks:
     * only {@code openbaar} datasets, also for an administrator (issue 8: "only openbaar datasets that passed every
     * publication gate"); a signed-in caller reads the rest through the API ({@code /v1/catalog}).
     */
    static boolean published(Who who, String level) {
        return level.equals("openbaar");
    }

    @BeforeAll
    void accountsDatasetsAndGrants() {
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                api.put(who, anonymous());
                html.put(who, new BrowserSession(port));
                continue;
            }
            var account = accounts().create("matrix", List.of(who.role),
                    who == Who.MEDEWERKER ? List.of(GROUP) : List.of(),
                    who == Who.PARTNER ? PARTNER_ORGANISATION : null);
            accountIds.put(who, account.id());
            api.put(who, account.api("read"));
            html.put(who, account.browser());
        }
        for (String level : LEVELS) {
            var file = Fixtures.file("matrix-" + level + ".geojson", GEOJSON, StandardCharsets.UTF_8);
            String id = admin().importFile(file, "Matrixproef mtx" + level, level).get("subjectId").asString();
            admin().awaitPrivacyScan(id); // sharing with a partner passes the publication gate, once scanned
            datasets.put(level, json(admin().get("/v1/datasets/" + id)));
        }
        grant("beperkt", List.of(Map.of("kind", "group", "id", GROUP),
                Map.of("kind", "organisation", "id", PARTNER_ORGANISATION)));
        grant("vertrouwelijk", List.of(Map.of("kind", "account", "id",
                        accountIds.get(Who.FUNCTIONARIS_GEGEVENSBESCHERMING)),
                Map.of("kind", "group", "id", GROUP), Map.of("kind", "organisation", "id", PARTNER_ORGANISATION)));
    }

    @TestFactory
    Stream<DynamicTest> everyRoleTimesEveryLevelTimesEveryChannel() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Who who : Who.values()) {
            for (String level : LEVELS) {
                for (Channel channel : channels()) {
                    boolean allow = channel.expected().test(who, level);
                    tests.add(DynamicTest.dynamicTest("%s × %s × %s → %s".formatted(who, level, channel.name(),
                            allow ? "allow" : "deny"), () -> assertThat(channel.sees().apply(who,
                                    datasets.get(level))).as("%s reads a %s dataset through %s", who, level,
                                    channel.name()).isEqualTo(allow)));
                }
            }
        }
        return tests.stream();
    }

    private List<Channel> channels() {
        List<Channel> channels = new ArrayList<>(List.of(
                single("dataset JSON", (who, d) -> api(who, "/v1/datasets/" + id(d))),
                single("metadata JSON", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/metadata")),
                single("metadata RDF (Turtle)", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/metadata?format=ttl")),
                single("schema", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/schema")),
                single("versions", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/versions")),
                single("rows API", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/rows")),
                single("quality report", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/quality")),
                single("quality history", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/quality/history")),
                single("MQA history", (who, d) -> api(who, "/v1/datasets/" + id(d) + "/quality/mqa/history")),
                new Channel("SQL", this::sql),
                new Channel("dataset listing", (who, d) -> listed(json(ok(api(who, "/v1/datasets?limit=1000"))), d)),
                new Channel("search results", (who, d) -> searchHits(who, d) == 1),
                new Channel("search facet counts", (who, d) -> facetTotal(who, d) == 1),
                new Channel("DCAT catalogue (Turtle)",
                        (who, d) -> ok(api(who, "/v1/catalog?format=ttl")).body().contains(id(d))),
                single("dataset page (by slug)", (who, d) -> page(who, "/datasets/" + d.get("slug").asString())),
                single("dataset page (by id)", (who, d) -> page(who, "/datasets/" + id(d))),
                single("download CSV (page)", (who, d) -> page(who, "/datasets/" + id(d) + "/download?format=csv")),
                single("CKAN package_show", (who, d) -> api(who, "/api/3/action/package_show?id=" + id(d))),
                single("CKAN datastore_search",
                        (who, d) -> api(who, "/api/3/action/datastore_search?resource_id=" + id(d) + "-parquet")),
                new Channel("CKAN package_search", (who, d) -> ok(api(who,
                        "/api/3/action/package_search?include_private=true&q=mtx" + level(d))).body().contains(id(d))),
                single("OGC API collection",
                        (who, d) -> api(who, "/ogc/collections/" + d.get("slug").asString() + "?f=json")),
                single("OGC API items",
                        (who, d) -> api(who, "/ogc/collections/" + d.get("slug").asString() + "/items?f=json")),
                new Channel("OGC API collections", (who, d) -> ok(api(who, "/ogc/collections?f=json")).body()
                        .contains("\"" + d.get("slug").asString() + "\"")),
                single("OGC API collection (page)",
                        (who, d) -> page(who, "/ogc/collections/" + d.get("slug").asString() + "?f=html")),
                new Channel("quality dashboard (CSV)",
                        (who, d) -> ok(api(who, "/v1/quality/dashboard.csv")).body().contains(title(d))),
                new Channel("search page", (who, d) -> ok(page(who, "/zoeken?q=mtx" + level(d))).body()
                        .contains("/datasets/" + id(d))),
                new Channel("public DCAT feed (every page of /catalog.ttl)", this::inPublicFeed,
                        AccessMatrixIT::published),
                withExpectation(single("public DCAT of one dataset (/datasets/{slug}.ttl)",
                        (who, d) -> api(who, "/datasets/" + slug(d) + ".ttl")), AccessMatrixIT::published),
                withExpectation(single("public DCAT of one dataset (content negotiation)",
                        (who, d) -> api.get(who).get("/datasets/" + slug(d), "text/turtle")),
                        AccessMatrixIT::published),
                new Channel("sitemap", (who, d) -> ok(api(who, "/sitemap.xml")).body()
                        .contains("/datasets/" + slug(d) + "</loc>"), AccessMatrixIT::published)));
        for (String format : List.of("parquet", "csv", "csv-excel-nl", "json", "xlsx", "geojson", "gpkg")) {
            channels.add(single("download " + format + " (API)",
                    (who, d) -> api(who, "/v1/datasets/" + id(d) + "/download?format=" + format)));
        }
        return channels;
    }

    private static Channel withExpectation(Channel channel, BiPredicate<Who, String> expected) {
        return new Channel(channel.name(), channel.sees(), expected);
    }

    /** Whether the dataset is on any page of the public feed, walked as the caller by its Hydra next links. */
    private boolean inPublicFeed(Who who, JsonNode dataset) {
        String iri = "/datasets/" + slug(dataset) + ">";
        for (int page = 1; ; page++) {
            String body = ok(api(who, "/catalog.ttl?page=" + page)).body();
            if (body.contains(iri)) {
                return true;
            }
            if (!body.contains("hydra:next")) {
                return false;
            }
        }
    }

    /** A channel that answers about one dataset: 200 is allow, 404 is deny (c28); anything else fails. */
    private static Channel single(String name, BiFunction<Who, JsonNode, HttpResponse<?>> call) {
        return new Channel(name, (who, dataset) -> {
            HttpResponse<?> response = call.apply(who, dataset);
            assertThat(response.statusCode()).as("%s, %s: %s", name, who, response.body()).isIn(200, 404);
            if (response.statusCode() == 404) {
                assertThat(String.valueOf(response.body())).as("a denied read must not leak the title")
                        .doesNotContain(title(dataset)).doesNotContain("Exception");
            }
            return response.statusCode() == 200;
        });
    }

    private boolean sql(Who who, JsonNode dataset) {
        var response = api.get(who).postJson("/v1/query",
                Map.of("sql", "SELECT count(*) FROM " + dataset.get("tableName").asString()));
        assertThat(response.statusCode()).as("SQL for %s: %s", who, response.body()).isIn(200, 400);
        if (response.statusCode() == 400) {
            assertThat(json(response).get("code").asString()).isEqualTo("query.failed");
            return false;
        }
        return json(response).get("rows").get(0).get(0).asInt() == 2;
    }

    private long searchHits(Who who, JsonNode dataset) {
        JsonNode result = json(ok(api(who, "/v1/search?q=mtx" + level(dataset))));
        return StreamSupport.stream(result.get("items").spliterator(), false)
                .filter(item -> item.get("id").asString().equals(id(dataset))).count();
    }

    /** The dataset's search, summed over the access-level facet: 1 when it is counted, 0 when not. */
    private long facetTotal(Who who, JsonNode dataset) {
        JsonNode result = json(ok(api(who, "/v1/search?q=mtx" + level(dataset))));
        long total = 0;
        for (JsonNode count : result.get("facets").get("accessLevel")) {
            total += count.get("count").asLong();
        }
        assertThat(total).as("facet counts and total agree for %s", who).isEqualTo(result.get("total").asLong());
        return total;
    }

    private HttpResponse<String> api(Who who, String path) {
        return api.get(who).get(path);
    }

    private HttpResponse<String> page(Who who, String path) {
        return html.get(who).get(path);
    }

    private void grant(String level, List<Map<String, String>> grants) {
        var response = admin().putJson("/v1/datasets/" + id(datasets.get(level)) + "/grants", Map.of("grants", grants));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static boolean listed(JsonNode list, JsonNode dataset) {
        return list.get("items").findValuesAsString("id").contains(id(dataset));
    }

    private static String id(JsonNode dataset) {
        return dataset.get("id").asString();
    }

    private static String slug(JsonNode dataset) {
        return dataset.get("slug").asString();
    }

    private static String title(JsonNode dataset) {
        return dataset.get("title").asString();
    }

    private static String level(JsonNode dataset) {
        return dataset.get("accessLevel").asString();
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
        return response;
    }
}
