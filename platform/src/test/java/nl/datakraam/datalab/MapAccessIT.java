// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Browser;
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import nl.datakraam.support.TestAccounts.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Maps and who sees what (issue 7): a map's own access level decides who sees it, and its data is read as the
 * viewer. Two square "gemeenten" (open boundaries, codes {@code GM0014} and {@code GM0034}), figures in an open and a
 * confidential CSV whose codes are written {@code 14} and {@code 34}, joined by {@code gemeentecode()}.
 *
 * <pre>
 *   boundaries (openbaar)        figures (openbaar)     secret (vertrouwelijk)
 *   code    naam                 gemeente  aantal       gemeente  aantal
 *   GM0014  Groningen            14        5            14        100
 *   GM0034  Almere               34        7            34        200
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapAccessIT extends PlatformIT {

    private String boundaries;
    private String figures;
    private String secret;
    private String figuresTable;
    private String secretTable;
    private Account owner;
    private Account colleague;
    private Account analyst;

    @Autowired
    private MapViews mapViews;

    @BeforeAll
    void datasetsAndAccounts() {
        String geojson = """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"code": "GM0014", "naam": "Groningen"},
                  "geometry": {"type": "Polygon", "coordinates": [[[6.5, 53.2], [6.6, 53.2], [6.6, 53.3], [6.5, 53.3], [6.5, 53.2]]]}},
                 {"type": "Feature", "properties": {"code": "GM0034", "naam": "Almere"},
                  "geometry": {"type": "Polygon", "coordinates": [[[5.2, 52.3], [5.3, 52.3], [5.3, 52.4], [5.2, 52.4], [5.2, 52.3]]]}}
                ]}""";
        boundaries = imported(Fixtures.file("twee-gemeenten.geojson", geojson, StandardCharsets.UTF_8), "openbaar");
        figures = imported(Fixtures.file("cijfers.csv", "gemeente;aantal\n14;5\n34;7\n", StandardCharsets.UTF_8),
                "openbaar");
        secret = imported(Fixtures.file("geheim.csv", "gemeente;aantal\n14;100\n34;200\n", StandardCharsets.UTF_8),
                "vertrouwelijk");
        figuresTable = json(admin().get("/v1/datasets/" + figures)).get("tableName").asString();
        secretTable = json(admin().get("/v1/datasets/" + secret)).get("tableName").asString();
        // a data-eigenaar may hold an API key that writes; a medewerker makes maps on the pages (its keys only read)
        owner = accounts().create("kaartmaker", "data-eigenaar");
        colleague = accounts().create("collega", "data-eigenaar");
        analyst = accounts().create("analist", "medewerker");
    }

    private String imported(java.nio.file.Path file, String level) {
        JsonNode job = admin().importFile(file, "Kaarttest " + file.getFileName(), level);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    private Map<String, Object> choropleth(String level, Map<String, Object> figure) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "choropleth");
        spec.put("baseMap", false);
        spec.put("dataset", boundaries);
        spec.put("codeField", "code");
        spec.put("nameField", "naam");
        spec.putAll(figure);
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("title", "Kaarttest");
        draft.put("accessLevel", level);
        draft.put("spec", spec);
        return draft;
    }

    private JsonNode created(ApiClient client, Map<String, Object> draft) {
        HttpResponse<String> response = client.postJson("/v1/maps", draft);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private static Map<String, Double> values(JsonNode geojson) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (JsonNode feature : geojson.get("features")) {
            JsonNode value = feature.get("properties").get("value");
            values.put(feature.get("properties").get("code").asString(), value.isNull() ? null : value.asDouble());
        }
        return values;
    }

    @Test
    void joinsCodesWrittenDifferentlyFromADatasetFieldAndMeasure() {
        JsonNode map = created(owner.api("write"), choropleth("intern", Map.of("figureDataset", figures,
                "figureCodeField", "gemeente", "figureValueField", "aantal", "measure", "sum")));

        JsonNode geojson = json(colleague.api().get("/v1/maps/" + map.get("id").asString() + "/geojson"));

        assertThat(values(geojson)).containsExactly(Map.entry("GM0014", 5.0), Map.entry("GM0034", 7.0));
        assertThat(geojson.get("classes").size()).as("two values, merged breaks").isEqualTo(2);
        assertThat(map.get("spec").get("classification").asString()).isEqualTo("quantile");
        assertThat(map.get("baseMap").isNull()).isTrue();
    }

    @Test
    void anInternalMapIsHiddenFromThePublicAndItsSqlFromOtherViewers() {
        JsonNode map = created(owner.api("write"), choropleth("intern", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + figuresTable)));
        String id = map.get("id").asString();

        assertThat(anonymous().get("/v1/maps/" + id).statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/maps/" + id + "/geojson").statusCode()).isEqualTo(404);
        assertThat(json(anonymous().get("/v1/maps/" + id + "/geojson")).get("code").asString())
                .isEqualTo("map.not-found");
        assertThat(anonymous().get("/datalab/kaarten/" + id + "/data").statusCode()).isEqualTo(404);
        assertThat(values(json(colleague.api().get("/v1/maps/" + id + "/geojson"))))
                .containsExactly(Map.entry("GM0014", 5.0), Map.entry("GM0034", 7.0));
        assertThat(json(colleague.api().get("/v1/maps/" + id)).has("spec")).as("the SQL is the owner's").isFalse();
        assertThat(json(owner.api().get("/v1/maps/" + id)).get("spec").get("figureSql").asString())
                .contains(figuresTable);

        // what dashboards ask: the same rule
        UUID uuid = UUID.fromString(id);
        assertThat(mapViews.find(uuid, Caller.anonymous())).isEmpty();
        assertThat(mapViews.visible(Caller.anonymous())).extracting(MapView::id).doesNotContain(uuid);
        Caller staff = new Caller(colleague.id(), Set.of(Caller.ROLE_STEWARD));
        assertThat(mapViews.find(uuid, staff)).hasValueSatisfying(view -> {
            assertThat(view.title()).isEqualTo("Kaarttest");
            assertThat(view.accessLevel()).isEqualTo(AccessLevel.INTERN);
            assertThat(view.kind()).isEqualTo("choropleth");
        });
        assertThat(mapViews.visible(staff)).extracting(MapView::id).contains(uuid);
        assertThat(mapViews.find(uuid, new Caller("partner-x", Set.of(Caller.ROLE_PARTNER)))).isEmpty();
    }

    @Test
    void aMapOverConfidentialFiguresShowsThemOnlyToWhoMayReadThem() {
        JsonNode map = created(admin(), choropleth("intern", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + secretTable)));
        String id = map.get("id").asString();

        assertThat(values(json(admin().get("/v1/maps/" + id + "/geojson"))))
                .containsExactly(Map.entry("GM0014", 100.0), Map.entry("GM0034", 200.0));
        JsonNode seenByColleague = json(colleague.api().get("/v1/maps/" + id + "/geojson"));
        assertThat(seenByColleague.get("figureUnavailable").asBoolean()).isTrue();
        assertThat(values(seenByColleague).values()).containsOnlyNulls();
    }

    @Test
    void refusesPublicMapsOverNonPublicDataAndMapsThatCannotBeDrawn() {
        HttpResponse<String> notPublic = admin().postJson("/v1/maps", choropleth("openbaar", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + secretTable)));
        assertThat(notPublic.statusCode()).isEqualTo(400);
        assertThat(json(notPublic).get("messageCode").asString()).isEqualTo("map.not-public");

        HttpResponse<String> unreadable = owner.api("write").postJson("/v1/maps", choropleth("intern",
                Map.of("figureSql", "SELECT gemeente, aantal FROM " + secretTable)));
        assertThat(unreadable.statusCode()).as("the owner cannot read the table").isEqualTo(400);
        assertThat(json(unreadable).get("code").asString()).isEqualTo("query.failed");

        Map<String, Object> unknownField = choropleth("intern", Map.of("figureSql", "SELECT 14, 1"));
        ((Map<String, Object>) unknownField.get("spec")).put("codeField", "gemeentecode");
        HttpResponse<String> field = admin().postJson("/v1/maps", unknownField);
        assertThat(field.statusCode()).isEqualTo(400);
        assertThat(json(field).get("messageCode").asString()).isEqualTo("map.unknown-field");

        Map<String, Object> noGeometry = choropleth("intern", Map.of("figureSql", "SELECT 14, 1"));
        ((Map<String, Object>) noGeometry.get("spec")).put("dataset", figures);
        HttpResponse<String> geometry = admin().postJson("/v1/maps", noGeometry);
        assertThat(json(geometry).get("messageCode").asString()).isEqualTo("map.no-geometry");

        HttpResponse<String> duplicate = admin().postJson("/v1/maps", choropleth("intern", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + figuresTable + " UNION ALL SELECT 'GM0014', 1")));
        assertThat(json(duplicate).get("messageCode").asString()).isEqualTo("map.figure-duplicate");

        assertThat(anonymous().postJson("/v1/maps", choropleth("intern", Map.of("figureSql", "SELECT 14, 1")))
                .statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheOwnerAndTheBeheerderChangeAMap() {
        JsonNode map = created(owner.api("write"), choropleth("vertrouwelijk", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + figuresTable)));
        String id = map.get("id").asString();

        assertThat(colleague.api().get("/v1/maps/" + id).statusCode()).as("vertrouwelijk").isEqualTo(404);
        Map<String, Object> changed = choropleth("intern", Map.of("figureSql",
                "SELECT gemeente, aantal * 2 FROM " + figuresTable));
        assertThat(colleague.api("write").putJson("/v1/maps/" + id, changed).statusCode()).isEqualTo(404);
        HttpResponse<String> update = owner.api("write").putJson("/v1/maps/" + id, changed);
        assertThat(update.statusCode()).as(update.body()).isEqualTo(200);
        assertThat(values(json(colleague.api().get("/v1/maps/" + id + "/geojson"))))
                .containsExactly(Map.entry("GM0014", 10.0), Map.entry("GM0034", 14.0));
        assertThat(colleague.api("write").delete("/v1/maps/" + id).statusCode()).isEqualTo(403);
        assertThat(owner.api("write").delete("/v1/maps/" + id).statusCode()).isEqualTo(204);
        assertThat(owner.api().get("/v1/maps/" + id).statusCode()).isEqualTo(404);

        String audit = admin().get("/v1/audit").body();
        assertThat(audit).contains("\"map.create\"", "\"map.update\"", "\"map.delete\"", id);
    }

    @Test
    void aPublicDashboardHoldsOnlyOpenMapsAndAMapItemIsTitledByItsMap() {
        String open = created(admin(), choropleth("openbaar", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + figuresTable))).get("id").asString();
        Map<String, Object> internDraft = choropleth("intern", Map.of("figureSql",
                "SELECT gemeente, aantal FROM " + figuresTable));
        internDraft.put("title", "Interne kaart");
        String intern = created(admin(), internDraft).get("id").asString();

        HttpResponse<String> refused = admin().postJson("/v1/dashboards", Map.of("title", "Openbaar met interne kaart",
                "accessLevel", "openbaar", "items", List.of(Map.of("kind", "map", "mapId", intern))));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("datalab.not-public-item");
        HttpResponse<String> unknown = admin().postJson("/v1/dashboards", Map.of("title", "Onbekende kaart",
                "accessLevel", "intern", "items", List.of(Map.of("kind", "map", "mapId", java.util.UUID.randomUUID()))));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);

        HttpResponse<String> accepted = admin().postJson("/v1/dashboards", Map.of("title", "Openbaar met kaart",
                "accessLevel", "openbaar", "items", List.of(Map.of("kind", "map", "mapId", open))));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        String page = anonymous().get("/datalab/dashboards/" + json(accepted).get("id").asString()).body();
        assertThat(page).contains("data-map-id=\"" + open + "\"", "Kaarttest");
    }

    @Test
    void featuresMapWithFilterAndPopupFields() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("kind", "features");
        spec.put("baseMap", true);
        spec.put("dataset", boundaries);
        spec.put("filter", Map.of("code", "GM0034"));
        spec.put("popupFields", List.of("naam"));
        JsonNode map = created(owner.api("write"), Map.of("title", "Almere", "accessLevel", "openbaar", "spec", spec));

        JsonNode geojson = json(anonymous().get("/v1/maps/" + map.get("id").asString() + "/geojson"));

        assertThat(geojson.get("features")).hasSize(1);
        assertThat(geojson.get("features").get(0).get("properties").toString()).isEqualTo("{\"naam\":\"Almere\"}");
        assertThat(geojson.get("features").get(0).get("geometry").get("type").asString()).isEqualTo("Polygon");
        assertThat(json(anonymous().get("/v1/maps/" + map.get("id").asString())).get("baseMap").get("url").asString())
                .startsWith("https://service.pdok.nl/brt/achtergrondkaart/");
        assertThat(anonymous().get("/datalab/kaarten").body()).contains("Almere");

        Browser.requireInstalled();
        try (Browser browser = Browser.start(port, 1024, 768)) {
            browser.open("/datalab/kaarten/" + map.get("id").asString());
            browser.await(".datalab-map[data-drawn='true']");
            assertThat(browser.all(".datalab-map .leaflet-overlay-pane svg path")).hasSize(1);
            assertThat(browser.all(".datalab-map-legend")).as("no legend for features").isEmpty();
            assertThat(browser.await(".datalab-map-table").getText()).contains("naam", "Almere");
            assertThat(browser.consoleErrors()).allMatch(message -> message.contains("service.pdok.nl"));
        }
    }

    @Test
    void theFormMakesAMapAndThePageEmbedsTheScript() {
        BrowserSession browser = analyst.browser();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Formulierkaart");
        fields.put("accessLevel", "intern");
        fields.put("kind", "choropleth");
        fields.put("dataset", boundaries);
        fields.put("codeField", "code");
        fields.put("nameField", "naam");
        fields.put("level", "gemeente");
        fields.put("figureSource", "dataset");
        fields.put("figureDataset", figures);
        fields.put("figureCodeField", "gemeente");
        fields.put("figureValueField", "aantal");
        fields.put("measure", "max");
        fields.put("classification", "equal");
        fields.put("classes", "5");
        HttpResponse<String> saved = browser.submitFormFrom("/datalab/kaarten/nieuw", "/datalab/kaarten", fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        String page = browser.get(location.replaceFirst("^https?://[^/]+", "")).body();
        assertThat(page).contains("Formulierkaart", "class=\"datalab-map\"", "/js/datalab-map.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.js");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(values(json(analyst.api().get("/v1/maps/" + id + "/geojson"))))
                .containsExactly(Map.entry("GM0014", 5.0), Map.entry("GM0034", 7.0));
        assertThat(browser.get("/datalab/kaarten/" + id + "/bewerken").body()).contains("Formulierkaart");
        assertThat(colleague.browser().get("/datalab/kaarten/" + id + "/bewerken").statusCode()).isEqualTo(403);

        fields.put("codeField", "bestaat-niet");
        HttpResponse<String> refused = browser.submitFormFrom("/datalab/kaarten/nieuw", "/datalab/kaarten", fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"map-error\"", "bestaat-niet");
        assertThat(anonymous().get("/datalab/kaarten/nieuw").statusCode()).isEqualTo(401);
    }
}
