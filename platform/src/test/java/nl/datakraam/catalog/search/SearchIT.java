// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Search end to end: datasets uploaded and described through the API are found through {@code GET /v1/search} and
 * the page {@code /zoeken} at once, and neither hits nor facet counts show an anonymous caller a dataset that is not
 * {@code openbaar}. Each test marks its datasets with a keyword of its own, so that other tests' datasets do not
 * count.
 */
class SearchIT extends PlatformIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CatalogSearch catalogSearch;

    @Test
    void whatIsUploadedAndDescribedIsFoundByItsDutchWordsAndOnlyByThoseWhoMaySeeIt() {
        String mark = "dk" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        var open = Fixtures.file("fietspaden.csv", "wegvak;lengte_m\nA7-1;1200\n", StandardCharsets.UTF_8);
        String openId = admin().importFile(open, "Fietspad onderhoud", "openbaar").get("subjectId").asString();
        var closed = Fixtures.file("subsidies.csv", "regeling;bedrag\nFiets;100\n", StandardCharsets.UTF_8);
        String closedId = admin().importFile(closed, "Subsidieregeling fietspaden", "intern").get("subjectId")
                .asString();
        describe(openId, "{\"description\": \"Metingen langs de weg bij Zuidhorn.\", \"publisher\": "
                + "\"Provincie Groningen\", \"keywords\": [\"" + mark + "\"]}");
        describe(closedId, "{\"publisher\": \"Provincie Groningen\", \"keywords\": [\"" + mark + "\"]}");

        JsonNode found = search(anonymous(), "q=fietspaden+" + mark);
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).get("title").asString()).isEqualTo("Fietspad onderhoud");
        assertThat(found.get("items").get(0).get("formats").values()).extracting(JsonNode::asString)
                .contains("csv", "parquet");

        JsonNode place = search(anonymous(), "q=Zuidhorn+" + mark);
        assertThat(place.get("total").asLong()).isEqualTo(1);
        assertThat(place.get("items").get(0).get("snippetHtml").asString()).contains("<mark>Zuidhorn</mark>");

        JsonNode publicView = search(anonymous(), "q=" + mark);
        assertThat(publicView.get("total").asLong()).isEqualTo(1);
        assertThat(counts(publicView, "accessLevel")).isEqualTo(Map.of("openbaar", 1L));
        assertThat(counts(publicView, "organisation")).isEqualTo(Map.of("Provincie Groningen", 1L));
        assertThat(search(anonymous(), "q=subsidieregeling+" + mark).get("total").asLong()).isZero();
        assertThat(search(anonymous(), "q=" + mark + "&accessLevel=intern").get("total").asLong()).isZero();

        JsonNode staffView = search(admin(), "q=" + mark);
        assertThat(staffView.get("total").asLong()).isEqualTo(2);
        assertThat(counts(staffView, "accessLevel")).isEqualTo(Map.of("openbaar", 1L, "intern", 1L));
        assertThat(counts(staffView, "organisation")).isEqualTo(Map.of("Provincie Groningen", 2L));

        var page = anonymous().get("/zoeken?q=Zuidhorn+" + mark);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>Zuidhorn</mark>", "Fietspad onderhoud", "Provincie Groningen",
                "1 dataset gevonden").doesNotContain("Subsidieregeling");
        assertThat(anonymous().get("/zoeken?lang=en&q=" + mark).body()).contains("Search the catalogue",
                "1 dataset found");
        assertThat(anonymous().get("/").body()).contains("action=\"/zoeken\"");
    }

    @Test
    void theMetadataQualityRatingArrivesFromQualityAndCanBeFilteredAndSortedOn() {
        String mark = "dk" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        var file = Fixtures.file("monumenten.csv", "naam;jaar\nMartinitoren;1482\n", StandardCharsets.UTF_8);
        String id = admin().importFile(file, "Rijksmonumenten Groningen", "openbaar").get("subjectId").asString();
        describe(id, "{\"keywords\": [\"" + mark + "\"]}");

        JsonNode rated = awaitRating("q=monumenten+" + mark);
        String rating = rated.get("quality").get("rating").asString();
        assertThat(rated.get("id").asString()).isEqualTo(id);
        assertThat(search(anonymous(), "q=" + mark + "&quality=" + rating).get("total").asLong()).isEqualTo(1);
        assertThat(search(anonymous(), "q=" + mark + "&sort=quality").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void whatAnotherProcessWroteToTheStoreIsIndexedAtTheNextCheck() {
        String mark = "dk" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        UUID id = UUID.randomUUID();
        UUID version = UUID.randomUUID();
        var now = java.sql.Timestamp.from(Instant.now());
        jdbc.update("""
                insert into dataset (id, slug, title, description, keywords, access_level, table_name, created_by,
                    created_at, modified_at, organisation_id, licence, contact_name, contact_email, themes)
                values (?, ?, 'Zwemwaterlocaties', 'Geschreven door het importcommando.', ?, 'openbaar', ?, 'cli', ?, ?,
                    'pv20', 'http://creativecommons.org/publicdomain/zero/1.0/', 'Team Data', 'data@example.nl',
                    'http://publications.europa.eu/resource/authority/data-theme/ENVI')""",
                id, "zwemwater-" + mark, mark, "zwemwater_" + mark, now, now);
        jdbc.update("""
                insert into dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256,
                    raw_size, row_count, table_schema, dialect, issues, created_at)
                values (?, ?, 1, 'zwemwater.csv', 'raw/x', ?, 1, 1, '{"fields":[],"missingValues":[""]}', '{}', '[]',
                    ?)""", version, id, "0".repeat(64), now);
        jdbc.update("update dataset set current_version = ?, modified_at = ? where id = ?", version, now, id);
        assertThat(search(anonymous(), "q=" + mark).get("total").asLong()).as("not seen before the check").isZero();

        assertThat(catalogSearch.catchUp()).isPositive();

        assertThat(search(anonymous(), "q=zwemwaterlocaties+" + mark).get("total").asLong()).isEqualTo(1);
        assertThat(search(anonymous(), "q=zwemwater*+" + mark).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void badParametersAreProblemDetailsNamingTheParameter() {
        for (String query : new String[] {"limit=0", "limit=101", "offset=-1", "offset=9990&limit=20", "sort=best",
                "formaat=csv", "quality=great", "accessLevel=geheim", "limit=tien", "q=a&q=b"}) {
            var response = anonymous().get("/v1/search?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(query).contains("request.invalid-parameter");
        }
        assertThat(json(anonymous().get("/v1/search?formaat=csv")).get("details").get("parameter").asString())
                .isEqualTo("formaat");
        assertThat(anonymous().get("/zoeken?sort=best").statusCode()).isEqualTo(400);
    }

    /** Polls until the dataset found has a quality rating: the MQA job runs in the background (a safety limit). */
    private JsonNode awaitRating(String query) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode items = search(anonymous(), query).get("items");
            if (!items.isEmpty() && !items.get(0).get("quality").isNull()) {
                return items.get(0);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no quality rating arrived for " + query);
    }

    private void describe(String id, String patch) {
        var response = admin().patchMerge("/v1/datasets/" + id, patch);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static JsonNode search(ApiClient client, String query) {
        var response = client.get("/v1/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static Map<String, Long> counts(JsonNode result, String facet) {
        Map<String, Long> counts = new HashMap<>();
        result.get("facets").get(facet).forEach(v -> counts.put(v.get("value").asString(), v.get("count").asLong()));
        return counts;
    }
}
