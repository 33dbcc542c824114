// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Must-show 3 of issue 8: the CKAN Action API v3 read subset against the shapes CKAN documents (the docstrings of
 * {@code ckan.logic.action.get} and {@code ckanext.datastore.logic.action}, and {@code ckan/views/api.py} for the
 * envelope and errors), with request shapes as ckanapi and ckanr send them (GET query parameters; POST with a JSON
 * object body). Real files from {@code ../shared/data/real} (PROVENANCE.md): the Groningen Vs30 table (391 rows,
 * decimal comma) and RvIG table 33 (1,474 municipalities); answers are checked against an independent reading of the
 * files. An {@code intern} dataset shows c28: it is absent from every anonymous listing, search, facet count and tag
 * list, and its package, resource and table are a Not Found exactly like an id that does not exist.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CkanApiIT extends PlatformIT {

    private static final String GROUP = "ckan-bodem";
    private static final String SECRET_TAG = "geheim-ckan";

    private JsonNode vs30;
    private JsonNode gemeenten;
    private JsonNode internal;
    private String organisation;

    @BeforeAll
    void importDatasets() {
        assertThat(admin().postJson("/v1/groups", Map.of("id", GROUP, "name", "Bodem en ondergrond"))
                .statusCode()).isEqualTo(200);
        vs30 = imported(shared("data/real/groningen_vs30_per_pc4.csv"), "Bodemsnelheid Vs30 per postcode",
                "openbaar", """
                {"description": "Schuifgolfsnelheid van de ondiepe bodem per viercijferige postcode in het \
                aardbevingsgebied van Groningen.", "keywords": ["aardbevingen", "bodem"], "groups": ["%s"]}"""
                        .formatted(GROUP));
        gemeenten = imported(shared("data/real/rvig_tabel33_gemeententabel.csv"), "Gemeententabel RvIG tabel 33",
                "openbaar", """
                {"description": "Alle huidige en vroegere gemeenten met hun code en opvolger.", \
                "keywords": ["gemeenten", "aardbevingen"]}""");
        internal = imported(Fixtures.file("bodemdaling.csv", "meetpunt;daling_mm\nA;12\nB;7\n",
                StandardCharsets.UTF_8), "Vertrouwelijke bodemdalingsmetingen", "intern", """
                {"keywords": ["aardbevingen", "%s"], "groups": ["%s"]}""".formatted(SECRET_TAG, GROUP));
        organisation = action(anonymous(), "package_show", Map.of("id", vs30.get("id").asString()))
                .get("result").get("organization").get("name").asString();
    }

    private JsonNode imported(java.nio.file.Path file, String title, String level, String patch) {
        JsonNode job = admin().importFile(file, title, level);
        assertThat(job.get("status").asString()).as("ingest of %s: %s", file, job).isEqualTo("succeeded");
        String id = job.get("subjectId").asString();
        var patched = admin().patchMerge("/v1/datasets/" + id, patch);
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        return json(admin().get("/v1/datasets/" + id));
    }

    // --- envelope, status, unknown action, unreadable body ---

    @Test
    void statusShowAnswersInCkansEnvelope() {
        var response = get(anonymous(), "status_show", Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        assertThat(body.get("help").asString()).endsWith("/api/3/action/help_show?name=status_show");
        assertThat(body.get("result").get("ckan_version").asString()).startsWith("2.");
        assertThat(body.get("result").get("extensions").get(0).asString()).isEqualTo("datastore");
    }

    @Test
    void anUnknownActionIsCkansBareBadRequest() {
        var response = get(anonymous(), "package_delete", Map.of("id", vs30.get("id").asString()));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).asString()).isEqualTo("Bad request - Action name not known: package_delete");
    }

    @Test
    void aBodyThatIsNotJsonIsCkansJsonError() {
        var response = anonymous().postRaw("/api/3/action/package_search", "{\"q\": ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).asString()).startsWith("Bad request - JSON Error: ");
    }

    // --- package_list, package_show ---

    @Test
    void packageListNamesPublicDatasetsOnly() {
        JsonNode names = action(anonymous(), "package_list", Map.of()).get("result");
        List<String> list = strings(names);
        assertThat(list).contains(vs30.get("slug").asString(), gemeenten.get("slug").asString())
                .doesNotContain(internal.get("slug").asString()).isSorted();
        assertThat(strings(action(anonymous(), "package_list", Map.of("limit", "1", "offset", "1")).get("result")))
                .containsExactly(list.get(1));
    }

    @Test
    void packageShowByNameGivesCkansPackageDict() {
        JsonNode result = action(anonymous(), "package_show", Map.of("id", vs30.get("slug").asString()))
                .get("result");
        String id = vs30.get("id").asString();
        assertThat(result.get("id").asString()).isEqualTo(id);
        assertThat(result.get("name").asString()).isEqualTo(vs30.get("slug").asString());
        assertThat(result.get("title").asString()).isEqualTo("Bodemsnelheid Vs30 per postcode");
        assertThat(result.get("type").asString()).isEqualTo("dataset");
        assertThat(result.get("private").asBoolean()).isFalse();
        assertThat(result.get("notes").asString()).contains("aardbevingsgebied");
        assertThat(result.get("metadata_modified").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}");
        assertThat(result.get("license_id").asString()).isNotBlank();
        assertThat(result.get("license_url").asString()).startsWith("http");
        assertThat(result.get("organization").get("is_organization").asBoolean()).isTrue();
        assertThat(result.get("owner_org").asString()).isEqualTo(organisation);
        assertThat(result.get("tags").findValuesAsString("name")).containsExactlyInAnyOrder("aardbevingen", "bodem");
        assertThat(result.get("num_tags").asInt()).isEqualTo(2);
        assertThat(result.get("groups").get(0).get("name").asString()).isEqualTo(GROUP);
        assertThat(result.get("groups").get(0).get("title").asString()).isEqualTo("Bodem en ondergrond");
        assertThat(result.get("resources").findValuesAsString("id")).contains(id + "-csv", id + "-parquet");
        assertThat(result.get("num_resources").asInt()).isEqualTo(result.get("resources").size());
        JsonNode csv = resource(result, id + "-csv");
        assertThat(csv.get("format").asString()).isEqualTo("CSV");
        assertThat(csv.get("package_id").asString()).isEqualTo(id);
        assertThat(csv.get("url").asString()).endsWith("/v1/datasets/" + id + "/download?format=csv");
        assertThat(csv.get("datastore_active").asBoolean()).isTrue();
        Map<String, String> extras = new LinkedHashMap<>();
        result.get("extras").forEach(e -> extras.put(e.get("key").asString(), e.get("value").asString()));
        assertThat(extras).containsEntry("access_level", "openbaar").containsEntry("row_count", "391")
                .containsKeys("uri", "identifier", "theme", "language");
    }

    @Test
    void packageShowByIdIsTheSamePackage() {
        JsonNode byId = action(anonymous(), "package_show", Map.of("id", vs30.get("id").asString())).get("result");
        assertThat(byId.get("name").asString()).isEqualTo(vs30.get("slug").asString());
        JsonNode posted = json(anonymous().postJson("/api/3/action/package_show",
                Map.of("id", vs30.get("slug").asString())));
        assertThat(posted.get("result").get("id").asString()).isEqualTo(vs30.get("id").asString());
        JsonNode form = json(anonymous().postBody("/api/3/action/package_show",
                "application/x-www-form-urlencoded", "id=" + vs30.get("slug").asString()));
        assertThat(form.get("result").get("id").asString()).isEqualTo(vs30.get("id").asString());
    }

    /** c28: an intern dataset is, to an anonymous caller, exactly a dataset that does not exist. */
    @Test
    void aDatasetTheCallerMayNotReadIsANotFoundErrorLikeAMissingOne() {
        String unknown = "00000000-0000-4000-8000-000000000000";
        var missing = get(anonymous(), "package_show", Map.of("id", unknown));
        var hidden = get(anonymous(), "package_show", Map.of("id", internal.get("id").asString()));
        for (var response : List.of(missing, hidden)) {
            assertThat(response.statusCode()).isEqualTo(404);
            JsonNode body = json(response);
            assertThat(body.get("success").asBoolean()).isFalse();
            assertThat(body.get("error").get("__type").asString()).isEqualTo("Not Found Error");
            assertThat(body.get("help").asString()).endsWith("help_show?name=package_show");
        }
        assertThat(json(hidden).get("error").get("message").asString())
                .isEqualTo(json(missing).get("error").get("message").asString().replace(unknown,
                        internal.get("id").asString()));
        assertThat(hidden.body()).doesNotContain("Vertrouwelijke");

        JsonNode staff = action(admin(), "package_show", Map.of("id", internal.get("id").asString())).get("result");
        assertThat(staff.get("private").asBoolean()).isTrue();
    }

    @Test
    void packageShowWithoutIdIsCkansMissingValue() {
        var response = get(anonymous(), "package_show", Map.of());
        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode error = json(response).get("error");
        assertThat(error.get("__type").asString()).isEqualTo("Validation Error");
        assertThat(error.get("id").asString()).isEqualTo("Missing value");
    }

    // --- package_search ---

    @Test
    void packageSearchFindsADatasetByADutchWord() {
        for (String q : List.of("aardbevingsgebied", "postcodes")) {
            JsonNode result = action(anonymous(), "package_search", Map.of("q", q)).get("result");
            assertThat(names(result.get("results"))).as(q).contains(vs30.get("slug").asString());
            assertThat(result.get("count").asLong()).as(q).isEqualTo(result.get("results").size());
            assertThat(result.get("sort").asString()).isEqualTo("score desc, metadata_modified desc");
        }
        JsonNode everything = action(anonymous(), "package_search", Map.of("q", "*:*", "rows", "0")).get("result");
        assertThat(everything.get("results").size()).isZero();
        assertThat(everything.get("count").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void packageSearchFiltersOnGroupsAndGivesSearchFacetsInCkansShape() {
        JsonNode result = action(anonymous(), "package_search", Map.of("fq", "groups:" + GROUP,
                "facet.field", "[\"tags\", \"groups\", \"organization\", \"res_format\", \"license_id\"]"))
                .get("result");
        assertThat(result.get("count").asLong()).as("the intern one is not counted").isEqualTo(1);
        assertThat(result.get("results").get(0).get("name").asString()).isEqualTo(vs30.get("slug").asString());
        assertThat(result.get("facets").get("tags").get("aardbevingen").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("tags").has(SECRET_TAG)).isFalse();
        JsonNode tags = result.get("search_facets").get("tags");
        assertThat(tags.get("title").asString()).isEqualTo("tags");
        assertThat(tags.get("items").findValuesAsString("name")).containsExactlyInAnyOrder("aardbevingen", "bodem");
        JsonNode organization = result.get("search_facets").get("organization").get("items").get(0);
        assertThat(organization.get("name").asString()).isEqualTo(organisation);
        assertThat(organization.get("count").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("res_format").get("CSV").asLong()).isEqualTo(1);
        assertThat(result.get("facets").get("groups").get(GROUP).asLong()).isEqualTo(1);
        String licence = result.get("results").get(0).get("license_id").asString();
        assertThat(result.get("facets").get("license_id").get(licence).asLong()).isEqualTo(1);
    }

    @Test
    void includePrivateAddsTheNonPublicDatasetsTheCallerMayRead() {
        Map<String, String> secret = Map.of("fq", "tags:" + SECRET_TAG, "include_private", "true");
        assertThat(action(anonymous(), "package_search", secret).get("result").get("count").asLong()).isZero();
        assertThat(action(admin(), "package_search", Map.of("fq", "tags:" + SECRET_TAG)).get("result").get("count")
                .asLong()).as("CKAN's default: public only").isZero();
        JsonNode staff = action(admin(), "package_search", secret).get("result");
        assertThat(staff.get("count").asLong()).isEqualTo(1);
        assertThat(staff.get("results").get(0).get("private").asBoolean()).isTrue();
    }

    @Test
    void fqCombinesFieldsAndTakesEitherValueInParentheses() {
        JsonNode both = action(anonymous(), "package_search", Map.of("fq", "+res_format:CSV AND tags:(gemeenten OR "
                + "\"bodem\") organization:" + organisation, "sort", "title_string asc")).get("result");
        assertThat(names(both.get("results"))).containsExactly(vs30.get("slug").asString(),
                gemeenten.get("slug").asString());
        JsonNode narrowed = action(anonymous(), "package_search", Map.of("fq", "tags:gemeenten license_id:"
                + both.get("results").get(1).get("license_id").asString())).get("result");
        assertThat(names(narrowed.get("results"))).containsExactly(
                gemeenten.get("slug").asString());
    }

    @Test
    void rowsAndStartPageAsCkanDoes() {
        Map<String, String> query = new LinkedHashMap<>(Map.of("fq", "tags:aardbevingen", "sort",
                "title_string asc", "rows", "1"));
        JsonNode first = action(anonymous(), "package_search", query).get("result");
        query.put("start", "1");
        JsonNode second = action(anonymous(), "package_search", query).get("result");
        assertThat(first.get("count").asLong()).isEqualTo(2);
        assertThat(second.get("count").asLong()).isEqualTo(2);
        assertThat(first.get("results").get(0).get("name").asString()).isEqualTo(vs30.get("slug").asString());
        assertThat(second.get("results").get(0).get("name").asString()).isEqualTo(gemeenten.get("slug").asString());
        JsonNode posted = json(anonymous().postJson("/api/3/action/package_search", Map.of("fq", "tags:aardbevingen",
                "sort", "title_string asc", "rows", 1, "start", 1, "facet.field", List.of("tags"))));
        assertThat(posted.get("result").get("results").get(0).get("name").asString())
                .isEqualTo(gemeenten.get("slug").asString());
        assertThat(posted.get("result").get("facets").get("tags").get("aardbevingen").asLong()).isEqualTo(2);
    }

    @Test
    void aBadRowsValueIsCkansValidationError() {
        Map<String, String> expected = Map.of("abc", "Invalid integer", "-1", "Must be a natural number");
        expected.forEach((rows, message) -> {
            var response = get(anonymous(), "package_search", Map.of("rows", rows));
            assertThat(response.statusCode()).isEqualTo(409);
            JsonNode error = json(response).get("error");
            assertThat(error.get("__type").asString()).isEqualTo("Validation Error");
            assertThat(strings(error.get("rows"))).containsExactly(message);
        });
    }

    @Test
    void anInvalidFqOrSortIsCkansSearchError() {
        var unknownField = get(anonymous(), "package_search", Map.of("fq", "flavour:vanilla"));
        assertThat(unknownField.statusCode()).isEqualTo(409);
        assertThat(json(unknownField).get("error").get("__type").asString()).isEqualTo("Search Error");
        assertThat(json(unknownField).get("error").get("message").asString()).contains("flavour");

        for (Map<String, String> bad : List.of(Map.of("fq", "tags:"), Map.of("fq", "tags:a OR tags:b"),
                Map.of("sort", "popularity desc"))) {
            var response = get(anonymous(), "package_search", bad);
            assertThat(response.statusCode()).as(bad.toString()).isEqualTo(400);
            JsonNode error = json(response).get("error");
            assertThat(error.get("__type").asString()).isEqualTo("Search Query Error");
            assertThat(error.get("message").asString()).startsWith("Search Query is invalid: ");
        }
    }

    // --- organizations, groups, tags ---

    @Test
    void organizationCountsHoldOnlyWhatTheCallerMayRead() {
        assertThat(strings(action(anonymous(), "organization_list", Map.of()).get("result"))).contains(organisation);
        long anonymousCount = packageCount(action(anonymous(), "organization_list", Map.of("all_fields", "true")));
        long staffCount = packageCount(action(admin(), "organization_list", Map.of("all_fields", "true")));
        assertThat(staffCount).as("the intern dataset counts for staff only").isGreaterThan(anonymousCount);

        JsonNode shown = action(anonymous(), "organization_show", Map.of("id", organisation,
                "include_datasets", "true")).get("result");
        assertThat(shown.get("name").asString()).isEqualTo(organisation);
        assertThat(shown.get("package_count").asLong()).isEqualTo(anonymousCount);
        assertThat(names(shown.get("packages"))).contains(vs30.get("slug").asString())
                .doesNotContain(internal.get("slug").asString());
        assertThat(get(anonymous(), "organization_show", Map.of("id", "geen-organisatie")).statusCode())
                .isEqualTo(404);
    }

    private long packageCount(JsonNode list) {
        for (JsonNode org : list.get("result")) {
            if (org.get("name").asString().equals(organisation)) {
                return org.get("package_count").asLong();
            }
        }
        throw new AssertionError("organisation " + organisation + " not listed: " + list);
    }

    @Test
    void groupsListAndShowTheThematicGroups() {
        assertThat(strings(action(anonymous(), "group_list", Map.of()).get("result"))).contains(GROUP);
        JsonNode all = action(anonymous(), "group_list", Map.of("all_fields", "true")).get("result");
        JsonNode group = null;
        for (JsonNode g : all) {
            if (g.get("name").asString().equals(GROUP)) {
                group = g;
            }
        }
        assertThat(group).isNotNull();
        assertThat(group.get("package_count").asLong()).isEqualTo(1);
        JsonNode shown = action(admin(), "group_show", Map.of("id", GROUP, "include_datasets", "true"))
                .get("result");
        assertThat(shown.get("title").asString()).isEqualTo("Bodem en ondergrond");
        assertThat(shown.get("package_count").asLong()).isEqualTo(2);
        assertThat(shown.get("packages").size()).isEqualTo(2);
    }

    @Test
    void tagListNeverShowsTheTagsOfDatasetsTheCallerMayNotRead() {
        assertThat(strings(action(anonymous(), "tag_list", Map.of()).get("result"))).contains("aardbevingen",
                "bodem", "gemeenten").doesNotContain(SECRET_TAG);
        assertThat(strings(action(admin(), "tag_list", Map.of()).get("result"))).contains(SECRET_TAG);
        JsonNode found = action(anonymous(), "tag_list", Map.of("query", "AARDBEV", "all_fields", "true"))
                .get("result");
        assertThat(found.findValuesAsString("name")).containsExactly("aardbevingen");
        assertThat(found.get(0).get("vocabulary_id").isNull()).isTrue();
    }

    /** The keyword and group facets CKAN's tags and groups stand on are the catalogue's, on /v1/search and /zoeken. */
    @Test
    void theCatalogueSearchFiltersOnKeywordsAndGroupsToo() {
        JsonNode found = json(anonymous().get("/v1/search?group=" + GROUP + "&keyword=bodem"));
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("id").asString()).isEqualTo(vs30.get("id").asString());
        assertThat(found.get("facets").get("keyword").findValuesAsString("value")).contains("aardbevingen")
                .doesNotContain(SECRET_TAG);
        String page = anonymous().get("/zoeken?group=" + GROUP).body();
        assertThat(page).contains("Bodemsnelheid Vs30 per postcode", "Bodem en ondergrond")
                .doesNotContain("Vertrouwelijke");
    }

    // --- resource_show ---

    @Test
    void resourceShowGivesOneDistribution() {
        String id = gemeenten.get("id").asString();
        JsonNode resource = action(anonymous(), "resource_show", Map.of("id", id + "-parquet")).get("result");
        assertThat(resource.get("id").asString()).isEqualTo(id + "-parquet");
        assertThat(resource.get("format").asString()).isEqualTo("PARQUET");
        assertThat(resource.get("package_id").asString()).isEqualTo(id);
        for (String missing : List.of(id + "-shp", internal.get("id").asString() + "-csv", "geen-bron")) {
            var response = get(anonymous(), "resource_show", Map.of("id", missing));
            assertThat(response.statusCode()).as(missing).isEqualTo(404);
            assertThat(json(response).get("error").get("__type").asString()).isEqualTo("Not Found Error");
        }
    }

    // --- datastore_search ---

    @Test
    void datastoreSearchWithFiltersReturnsTheKnownNumberOfRecords() throws IOException {
        List<CSVRecord> rows = rvig();
        long mergedIntoGroningen = rows.stream().filter(r -> r.get(2).equals("0014")).count();
        assertThat(mergedIntoGroningen).as("independent reading").isPositive();

        JsonNode result = action(anonymous(), "datastore_search", Map.of("resource_id",
                gemeenten.get("id").asString() + "-csv", "filters", "{\"f_92_12_nieuwe_code\": \"0014\"}"))
                .get("result");
        assertThat(result.get("total").asLong()).isEqualTo(mergedIntoGroningen);
        assertThat(result.get("total_was_estimated").asBoolean()).isFalse();
        assertThat(result.get("records").size()).isEqualTo((int) mergedIntoGroningen);
        result.get("records").forEach(r -> assertThat(r.get("f_92_12_nieuwe_code").asString()).isEqualTo("0014"));
        assertThat(result.get("fields").get(0).get("id").asString()).isEqualTo("_id");
        assertThat(result.get("fields").get(0).get("type").asString()).isEqualTo("int");
        assertThat(type(result, "f_92_11_omschrijving")).isEqualTo("text");
        assertThat(result.get("filters").get("f_92_12_nieuwe_code").asString()).isEqualTo("0014");
        List<String> names = new ArrayList<>();
        result.get("records").forEach(r -> names.add(r.get("f_92_11_omschrijving").asString()));
        assertThat(names).containsExactlyInAnyOrderElementsOf(rows.stream()
                .filter(r -> r.get(2).equals("0014")).map(r -> r.get(1)).toList());

        JsonNode either = json(anonymous().postJson("/api/3/action/datastore_search", Map.of("resource_id",
                gemeenten.get("id").asString() + "-parquet", "filters", Map.of("f_92_12_nieuwe_code",
                        List.of("0014", "1952")), "limit", 0))).get("result");
        assertThat(either.get("total").asLong()).isEqualTo(rows.stream()
                .filter(r -> r.get(2).equals("0014") || r.get(2).equals("1952")).count());
        assertThat(either.get("records").size()).isZero();
    }

    @Test
    void datastoreSearchPagesInFileOrderWithLinks() throws IOException {
        String resource = gemeenten.get("id").asString() + "-csv";
        JsonNode page = action(anonymous(), "datastore_search", Map.of("resource_id", resource, "limit", "5",
                "offset", "5")).get("result");
        List<CSVRecord> rows = rvig();
        assertThat(page.get("total").asLong()).isEqualTo(rows.size());
        assertThat(page.get("records").size()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            JsonNode record = page.get("records").get(i);
            assertThat(record.get("_id").asLong()).isEqualTo(6 + i);
            assertThat(record.get("f_92_10_gemeentecode").asString()).isEqualTo(rows.get(5 + i).get(0));
        }
        assertThat(page.get("_links").get("start").asString()).startsWith("/api/3/action/datastore_search?")
                .doesNotContain("offset");
        assertThat(page.get("_links").get("next").asString()).contains("offset=10").contains("limit=5");
    }

    @Test
    void datastoreSearchQFieldsAndSort() throws IOException {
        List<CSVRecord> rows = rvig();
        long withGroningen = rows.stream().filter(r -> r.stream().anyMatch(v -> v.toLowerCase(Locale.ROOT)
                .contains("groningen"))).count();
        JsonNode found = action(anonymous(), "datastore_search", Map.of("resource_id",
                gemeenten.get("id").asString() + "-csv", "q", "groningen", "fields",
                "f_92_10_gemeentecode,f_92_11_omschrijving", "sort", "f_92_11_omschrijving desc")).get("result");
        assertThat(found.get("total").asLong()).isEqualTo(withGroningen);
        assertThat(found.get("fields").findValuesAsString("id")).containsExactly("f_92_10_gemeentecode",
                "f_92_11_omschrijving");
        List<String> names = new ArrayList<>();
        found.get("records").forEach(r -> names.add(r.get("f_92_11_omschrijving").asString()));
        assertThat(names).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(found.get("records").get(0).has("_id")).isFalse();
    }

    @Test
    void datastoreSearchRefusesBadInputAsCkanDoes() {
        String resource = gemeenten.get("id").asString() + "-csv";
        Map<Map<String, String>, String[]> cases = new LinkedHashMap<>();
        cases.put(Map.of("resource_id", resource, "filters", "{\"f_92_10_gemeentecode\": "),
                new String[] {"filters", "Cannot parse JSON"});
        cases.put(Map.of("resource_id", resource, "limit", "veel"), new String[] {"limit", "Invalid integer"});
        cases.put(Map.of("resource_id", resource, "filters", "{\"nope\": 1}"),
                new String[] {"filters", "field \"nope\" not in table"});
        cases.put(Map.of("resource_id", resource, "sort", "nope desc"),
                new String[] {"sort", "field \"nope\" not in table"});
        cases.forEach((query, expected) -> {
            var response = get(anonymous(), "datastore_search", query);
            assertThat(response.statusCode()).as(query.toString()).isEqualTo(409);
            JsonNode error = json(response).get("error");
            assertThat(error.get("__type").asString()).isEqualTo("Validation Error");
            assertThat(strings(error.get(expected[0]))).containsExactly(expected[1]);
        });
        var hidden = get(anonymous(), "datastore_search", Map.of("resource_id",
                internal.get("id").asString() + "-csv"));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(json(hidden).get("error").get("message").asString()).contains("was not found");
    }

    // --- datastore_search_sql ---

    @Test
    void datastoreSearchSqlSumMatchesTheFile() throws IOException {
        BigDecimal expected = BigDecimal.ZERO;
        try (Reader reader = Files.newBufferedReader(shared("data/real/groningen_vs30_per_pc4.csv"));
                CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).get().parse(reader)) {
            for (CSVRecord row : parser) {
                expected = expected.add(new BigDecimal(row.get(1).replace(',', '.')));
            }
        }
        String field = json(anonymous().get("/v1/datasets/" + vs30.get("id").asString() + "/schema"))
                .get("fields").get(1).get("name").asString();
        String resource = vs30.get("id").asString() + "-csv";
        for (String table : List.of("\"" + resource + "\"", vs30.get("tableName").asString())) {
            String sql = "SELECT sum(\"" + field + "\") AS totaal, count(*) AS n FROM " + table;
            JsonNode result = action(anonymous(), "datastore_search_sql", Map.of("sql", sql)).get("result");
            assertThat(result.get("sql").asString()).isEqualTo(sql);
            assertThat(result.get("records").get(0).get("totaal").asDouble()).as(table)
                    .isCloseTo(expected.doubleValue(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(result.get("records").get(0).get("n").asLong()).isEqualTo(391);
            assertThat(result.get("fields").findValuesAsString("id")).containsExactly("totaal", "n");
            assertThat(result.has("records_truncated")).isFalse();
        }
    }

    @Test
    void datastoreSearchSqlCannotReachAnInternalTableOrChangeAnything() {
        for (String sql : List.of("SELECT * FROM \"" + internal.get("id").asString() + "-csv\"",
                "SELECT * FROM " + internal.get("tableName").asString(), "DELETE FROM "
                        + gemeenten.get("tableName").asString())) {
            var response = get(anonymous(), "datastore_search_sql", Map.of("sql", sql));
            assertThat(response.statusCode()).as(sql).isEqualTo(409);
            JsonNode error = json(response).get("error");
            assertThat(error.get("__type").asString()).isEqualTo("Validation Error");
            assertThat(error.get("query").size()).isEqualTo(1);
            assertThat(response.body()).doesNotContain("Vertrouwelijke");
        }
        JsonNode staff = action(admin(), "datastore_search_sql", Map.of("sql", "SELECT sum(daling_mm) AS s FROM \""
                + internal.get("id").asString() + "-csv\"")).get("result");
        assertThat(staff.get("records").get(0).get("s").asLong()).isEqualTo(19);
    }

    // --- helpers ---

    private static List<CSVRecord> rvig() throws IOException {
        try (Reader reader = Files.newBufferedReader(shared("data/real/rvig_tabel33_gemeententabel.csv"));
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setAllowMissingColumnNames(true).get().parse(reader)) {
            return parser.getRecords();
        }
    }

    private static String type(JsonNode result, String field) {
        for (JsonNode f : result.get("fields")) {
            if (f.get("id").asString().equals(field)) {
                return f.get("type").asString();
            }
        }
        throw new AssertionError("no field " + field);
    }

    private static JsonNode resource(JsonNode dataset, String id) {
        for (JsonNode r : dataset.get("resources")) {
            if (r.get("id").asString().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + id);
    }

    /** The {@code name} of each package of a list (not of the organizations, groups and tags inside). */
    private static List<String> names(JsonNode packages) {
        List<String> names = new ArrayList<>();
        packages.forEach(p -> names.add(p.get("name").asString()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static HttpResponse<String> get(ApiClient client, String action, Map<String, String> query) {
        String encoded = query.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return client.get("/api/3/action/" + action + (encoded.isEmpty() ? "" : "?" + encoded));
    }

    /** A successful call: 200 and {@code success: true}. */
    private static JsonNode action(ApiClient client, String action, Map<String, String> query) {
        var response = get(client, action, query);
        assertThat(response.statusCode()).as(action + " " + query + ": " + response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("success").asBoolean()).isTrue();
        return body;
    }
}
