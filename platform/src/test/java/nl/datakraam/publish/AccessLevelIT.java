// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous callers see {@code openbaar} datasets only, on every channel, and cannot tell that an {@code intern},
 * {@code beperkt} or {@code vertrouwelijk} one exists (case c28: 404, never 403 or 500); they may not upload. The
 * grants API ({@code /v1/datasets/{id}/grants}) replaces and reads a dataset's grants and checks them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLevelIT extends PlatformIT {

    private JsonNode internal;
    private JsonNode open;
    private final Map<String, JsonNode> closed = new java.util.LinkedHashMap<>();

    @BeforeAll
    void importBoth() {
        var file = Fixtures.file("geheim.csv", "code;bedrag\n0001;12,50\n0002;7\n", StandardCharsets.UTF_8);
        internal = json(admin().get("/v1/datasets/"
                + admin().importFile(file, "Interne lijst", "intern").get("subjectId").asString()));
        var openFile = Fixtures.file("open.csv", "code,aantal\nA,1\nB,2\n", StandardCharsets.UTF_8);
        open = json(admin().get("/v1/datasets/"
                + admin().importFile(openFile, "Open lijst", "openbaar").get("subjectId").asString()));
        closed.put("intern", internal);
        for (String level : new String[] {"beperkt", "vertrouwelijk"}) {
            var closedFile = Fixtures.file(level + ".csv", "code;bedrag\n0001;1\n", StandardCharsets.UTF_8);
            String id = admin().importFile(closedFile, "Geheime lijst " + level, level).get("subjectId").asString();
            admin().awaitPrivacyScan(id); // sharing with a partner passes the publication gate, once scanned
            closed.put(level, json(admin().get("/v1/datasets/" + id)));
        }
    }

    /**
     * Must-show 4 of issue 6: for a dataset of each non-public level, every anonymous read — its page by slug and by
     * id, JSON, schema, versions, rows, downloads (csv, parquet, the page's download), its DCAT RDF and metadata,
     * quality, grants — answers 404, with no stack trace and without its title.
     */
    @Test
    void onlyTheAdministratorAndTheOwningStewardDecideWhoReadsADataset() {
        var owner = accounts().create("eigenaar", List.of("data-eigenaar"), List.of("team-bodem"),
                null);
        var colleague = accounts().create("collega", List.of("data-eigenaar"),
                List.of("team-bodem"), null);
        var file = Fixtures.file("bodem.csv", "meetpunt;daling_mm\nA;12\n", StandardCharsets.UTF_8);
        var upload = owner.api().importFile(file, "Bodemdaling beperkt", "beperkt");
        String id = upload.get("subjectId").asString();
        owner.api().awaitPrivacyScan(id);
        assertThat(owner.api().putJson("/v1/datasets/" + id + "/grants", Map.of("grants",
                List.of(Map.of("kind", "account", "id", owner.id()),
                        Map.of("kind", "group", "id", "team-bodem")))).statusCode()).isEqualTo(200);

        var publish = colleague.api().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}");
        assertThat(publish.statusCode()).as("a steward who reads it through a group may not publish it: %s",
                publish.body()).isEqualTo(403);
        assertThat(colleague.api().putJson("/v1/datasets/" + id + "/grants", Map.of("grants",
                List.of())).statusCode()).isEqualTo(403);
        assertThat(colleague.api().patchMerge("/v1/datasets/" + id, "{\"description\": \"Gemeten in 2025.\"}")
                .statusCode()).as("but may describe it").isEqualTo(200);
        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(404);

        assertThat(owner.api().patchMerge("/v1/datasets/" + id, "{\"accessLevel\": \"openbaar\"}").statusCode())
                .as("its owner may").isEqualTo(200);
        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousCallersGet404ForEveryNonPublicLevelOnEveryChannel() {
        closed.forEach((level, dataset) -> {
            String id = dataset.get("id").asString();
            String title = dataset.get("title").asString();
            assertThat(dataset.get("accessLevel").asString()).isEqualTo(level);
            for (String path : new String[] {"/datasets/" + dataset.get("slug").asString(), "/datasets/" + id,
                    "/v1/datasets/" + id, "/v1/datasets/" + id + "/schema", "/v1/datasets/" + id + "/versions",
                    "/v1/datasets/" + id + "/rows",
                    "/v1/datasets/" + id + "/download?format=csv", "/v1/datasets/" + id + "/download?format=parquet",
                    "/datasets/" + id + "/download?format=csv", "/datasets/" + id + "/download?format=parquet",
                    "/v1/datasets/" + id + "/metadata?format=ttl", "/v1/datasets/" + id + "/metadata?format=jsonld",
                    "/v1/datasets/" + id + "/metadata", "/v1/datasets/" + id + "/quality",
                    "/v1/datasets/" + id + "/quality/history", "/v1/datasets/" + id + "/quality/mqa/history",
                    "/v1/datasets/" + id + "/grants"}) {
                var response = anonymous().get(path);
                assertThat(response.statusCode()).as(level + " " + path).isEqualTo(404);
                assertThat(response.body()).as(level + " " + path).doesNotContain(title, "Exception", "\tat ",
                        "\n\tat");
            }
            assertThat(anonymous().get("/v1/catalog?format=ttl").body()).as(level).doesNotContain(title);
            assertThat(json(anonymous().get("/v1/search?q=" + title.replace(' ', '+'))).get("total").asLong())
                    .as(level + " search").isZero();
            assertThat(anonymous().get("/").body()).as(level).doesNotContain(title);
        });
    }

    @Test
    void theGrantsOfADatasetAreReplacedAndReadAndCheckedEntryByEntry() {
        String grants = "/v1/datasets/" + closed.get("beperkt").get("id").asString() + "/grants";
        var put = admin().putJson(grants, Map.of("grants", List.of(
                Map.of("kind", "group", "id", "team-water"), Map.of("kind", "organisation", "id", "partner-a"),
                Map.of("kind", "account", "id", "jan"), Map.of("kind", "group", "id", "team-water"))));
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode read = json(admin().get(grants));
        assertThat(read.get("grants").toString()).isEqualTo("[{\"kind\":\"account\",\"id\":\"jan\"},"
                + "{\"kind\":\"group\",\"id\":\"team-water\"},{\"kind\":\"organisation\",\"id\":\"partner-a\"}]");

        var badKind = admin().putJson(grants, Map.of("grants", List.of(
                Map.of("kind", "account", "id", "jan"), Map.of("kind", "team", "id", "x"))));
        assertThat(badKind.statusCode()).isEqualTo(400);
        assertThat(json(badKind).get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(json(badKind).get("details").get("parameter").asString()).isEqualTo("grants[1].kind");
        var blankId = admin().putJson(grants, Map.of("grants", List.of(Map.of("kind", "group", "id", " "))));
        assertThat(blankId.statusCode()).isEqualTo(400);
        assertThat(json(blankId).get("details").get("parameter").asString()).isEqualTo("grants[0].id");
        var none = admin().putJson(grants, Map.of("rights", List.of()));
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(json(none).get("details").get("parameter").asString()).isEqualTo("grants");
        assertThat(json(admin().get(grants)).get("grants").size()).as("a refused PUT changes nothing").isEqualTo(3);

        var unreadable = anonymous().putJson(grants, Map.of("grants", List.of()));
        assertThat(unreadable.statusCode()).as("a dataset the caller cannot read").isEqualTo(404);
        assertThat(unreadable.body()).doesNotContain("Geheime lijst");
        assertThat(admin().get("/v1/datasets/" + java.util.UUID.randomUUID() + "/grants").statusCode()).isEqualTo(404);
        var openGrants = "/v1/datasets/" + open.get("id").asString() + "/grants";
        assertThat(anonymous().putJson(openGrants, Map.of("grants", List.of())).statusCode())
                .as("readable, but not by someone signed in").isEqualTo(401);
    }

    @Test
    void theDatasetPageHasAGrantsSectionForStewards() {
        JsonNode dataset = closed.get("vertrouwelijk");
        String id = dataset.get("id").asString();
        String page = "/datasets/" + dataset.get("slug").asString();
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);
        assertThat(browser.get(page).body()).contains("Toegang verlenen", "Personen (accounts)",
                "name=\"accountGrants\" value=\"beheerder\"", "value=\"vertrouwelijk\"", "value=\"beperkt\"");
        assertThat(browser.get(page + "?lang=en").body()).contains("Grant access", "People (accounts)");

        var saved = browser.submitFormFrom(page, "/datasets/" + id + "/toegang", Map.of("groupGrants",
                "team-noord, team-zuid", "organisationGrants", "", "accountGrants", "piet\njan"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        assertThat(json(admin().get("/v1/datasets/" + id + "/grants")).get("grants").findValuesAsString("id"))
                .containsExactly("jan", "piet", "team-noord", "team-zuid");
        assertThat(browser.get(page).body()).contains("value=\"team-noord, team-zuid\"");
        assertThat(anonymous().get(page).body()).doesNotContain("Toegang verlenen", "team-noord");
    }

    @Test
    void anonymousCallersGet404ForAnInternalDatasetOnEveryChannel() {
        String id = internal.get("id").asString();
        for (String path : new String[] {"/v1/datasets/" + id, "/v1/datasets/" + id + "/schema",
                "/v1/datasets/" + id + "/rows", "/v1/datasets/" + id + "/download?format=csv",
                "/v1/datasets/" + id + "/download?format=parquet", "/datasets/" + id,
                "/datasets/" + id + "/download?format=csv"}) {
            var response = anonymous().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).doesNotContain("Interne lijst");
        }
    }

    @Test
    void anonymousListingShowsOpenDatasetsOnly() {
        JsonNode list = json(anonymous().get("/v1/datasets?limit=1000"));
        assertThat(list.get("items").findValuesAsString("id")).contains(open.get("id").asString())
                .doesNotContain(internal.get("id").asString());
        assertThat(anonymous().get("/").body()).contains("Open lijst").doesNotContain("Interne lijst");
    }

    @Test
    void anonymousSqlCannotReachAnInternalTable() {
        var response = anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT * FROM " + internal.get("tableName").asString()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("code").asString()).isEqualTo("query.failed");

        var allowed = admin().postJson("/v1/query",
                Map.of("sql", "SELECT sum(bedrag) FROM " + internal.get("tableName").asString()));
        assertThat(json(allowed).get("rows").get(0).get(0).asDouble()).isEqualTo(19.5);
    }

    @Test
    void anonymousCallersMayNotUpload() {
        var file = Fixtures.file("poging.csv", "a,b\n1,2\n", StandardCharsets.UTF_8);
        var response = anonymous().upload("/v1/datasets", file, Map.of());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).get("code").asString()).isEqualTo("access.login-required");
    }

    @Test
    void aWrongOrEmptyTokenIsRefused() {
        for (String token : new String[] {"wrong", ""}) {
            var response = new ApiClient(port, token).get("/v1/datasets");
            assertThat(response.statusCode()).as("token '%s'", token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
            assertThat(json(response).get("code").asString()).isEqualTo("access.invalid-token");
        }
    }

    @Test
    void aDatasetWhoseIngestFailedIsHiddenFromThePublic() {
        var broken = Fixtures.file("kapot.csv", "\u0000\u0001\u0002 binair \u0000", StandardCharsets.ISO_8859_1);
        JsonNode job = admin().importFile(broken, "Kapotte upload", "openbaar");
        assertThat(job.get("status").asString()).isEqualTo("failed");
        String id = job.get("subjectId").asString();

        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(404);
        assertThat(json(anonymous().get("/v1/datasets?limit=1000")).get("items").findValuesAsString("id"))
                .doesNotContain(id);
        assertThat(anonymous().get("/").body()).doesNotContain("Kapotte upload");
        assertThat(admin().get("/v1/datasets/" + id).statusCode()).as("the steward still sees it").isEqualTo(200);
    }

    @Test
    void theDatasetPageShowsFieldsAndRows() {
        String page = anonymous().get("/datasets/" + open.get("id").asString()).body();
        assertThat(page).contains("Open lijst", "<code>code</code>", "aantal", "integer", "id=\"row-count\">2<");
    }
}
