// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Metadata quality end to end: upload a CSV, describe it, assess it with the reachability of its URLs checked
 * against this running server, and read the score from the API and the dataset page.
 */
class MqaIT extends PlatformIT {

    private static final String CSV = """
            gemeentecode;subsidie
            GM0014;1200
            GM0034;800
            """;

    /*
     * Hand computation for an openbaar CSV upload described with description, publisher, CC0 licence URI and
     * keywords (docs/mqa.md has the mapping). The organisation's defaults give it themes (GOVE, Provincies) and a
     * contact point (docs/metadata.md); spatial and temporal coverage are recorded now but not filled in here:
     *
     *  findability       keywords 30, themes 30 (defaults), spatial 0 (absent), temporal 0 (absent)         60
     *  accessibility     access URL answers 50, download URL 20, download URL answers 30                     100
     *  interoperability  format 20, media type 10, vocabulary 10, non-proprietary 20, machine-readable 20,
     *                    DCAT-AP 30 (the csv distribution counts)                                             110
     *  reusability       licence 20, known licence 10, access rights 10 + 5, contact point 20 (default),
     *                    publisher 10                                                                         75
     *  contextuality     rights 0 (not held), byte size 5, issued 5, modified 5                               15
     *                                                                                          total   360 excellent
     */
    private static final Map<String, Integer> EXPECTED = expected();

    private static Map<String, Integer> expected() {
        Map<String, Integer> points = new LinkedHashMap<>();
        points.put("keywordAvailability", 30);
        points.put("categoryAvailability", 30);
        points.put("spatialAvailability", 0);
        points.put("temporalAvailability", 0);
        points.put("accessUrlStatusCode", 50);
        points.put("downloadUrlAvailability", 20);
        points.put("downloadUrlStatusCode", 30);
        points.put("formatAvailability", 20);
        points.put("mediaTypeAvailability", 10);
        points.put("formatMediaTypeVocabularyAlignment", 10);
        points.put("formatMediaTypeNonProprietary", 20);
        points.put("formatMediaTypeMachineInterpretable", 20);
        points.put("dcatApCompliance", 30);
        points.put("licenceAvailability", 20);
        points.put("knownLicence", 10);
        points.put("accessRightsAvailability", 10);
        points.put("accessRightsVocabularyAlignment", 5);
        points.put("contactPointAvailability", 20);
        points.put("publisherAvailability", 10);
        points.put("rightsAvailability", 0);
        points.put("byteSizeAvailability", 5);
        points.put("dateIssuedAvailability", 5);
        points.put("dateModifiedAvailability", 5);
        return points;
    }

    @Test
    void scoresADescribedOpenbaarCsvWithItsUrlsCheckedAgainstTheServer() throws Exception {
        String id = imported("Subsidies MQA " + UUID.randomUUID(), "openbaar");
        assertThat(patch(id, """
                {"description": "Verleende subsidies per gemeente", "publisher": "Provincie Utrecht",
                 "licence": "http://creativecommons.org/publicdomain/zero/1.0/", "keywords": ["subsidie", "gemeente"]}
                """)).isEqualTo(200);

        JsonNode mqa = assess(id, m -> m.get("indicators").toString().contains("\"keywordAvailability\"")
                && indicator(m, "keywordAvailability").get("met").asBoolean());

        EXPECTED.forEach((indicator, points) -> assertThat(indicator(mqa, indicator).get("points").asInt())
                .as(indicator + ": " + indicator(mqa, indicator)).isEqualTo(points));
        assertThat(mqa.get("total").asInt()).isEqualTo(360);
        assertThat(mqa.get("max").asInt()).isEqualTo(405);
        assertThat(mqa.get("rating").asString()).isEqualTo("excellent");
        assertThat(mqa.get("distribution").asString()).isEqualTo("csv");
        assertThat(dimension(mqa, "findability")).isEqualTo(60);
        assertThat(dimension(mqa, "accessibility")).isEqualTo(100);
        assertThat(dimension(mqa, "interoperability")).isEqualTo(110);
        assertThat(dimension(mqa, "reusability")).isEqualTo(75);
        assertThat(dimension(mqa, "contextuality")).isEqualTo(15);
        assertThat(indicator(mqa, "downloadUrlStatusCode").get("arguments").get("url").asString())
                .isEqualTo("http://localhost:" + port + "/v1/datasets/" + id + "/download?format=csv");
        assertThat(indicator(mqa, "rightsAvailability").get("reason").asString()).isEqualTo("not-held");
        assertThat(indicator(mqa, "spatialAvailability").get("reason").asString()).isEqualTo("absent");
        assertThat(mqa.get("history").asString()).isEqualTo("/v1/datasets/" + id + "/quality/mqa/history");

        String page = anonymous().get("/datasets/" + id).body();
        assertThat(page).contains("id=\"metadatakwaliteit\"", "360 van 405 punten", "uitstekend (351–405)",
                "data-indicator=\"keywordAvailability\" data-points=\"30\"", "href=\"/kwaliteit/mqa\"");
        assertThat(anonymous().get("/datasets/" + id + "?lang=en").body()).contains("360 of 405 points",
                "Metadata quality (MQA)");
    }

    /*
     * Without a description the DCAT description breaks DCAT-AP's dct:description minCount 1: the page and the API
     * say so in the reader's language, naming the property, with the validator's English as detail.
     */
    @Test
    void saysTheReasonsInTheReadersLanguage() {
        String id = imported("Redenen MQA " + UUID.randomUUID(), "openbaar");
        JsonNode mqa = assess(id, m -> true);

        JsonNode compliance = indicator(mqa, "dcatApCompliance");
        assertThat(compliance.get("reason").asString()).as("a dataset with its organisation's defaults conforms")
                .isEqualTo("conforms");
        assertThat(compliance.get("message").asString())
                .isEqualTo("de DCAT-beschrijving voldoet aan de SHACL-regels van DCAT-AP 3.0.1");
        assertThat(indicator(mqa, "keywordAvailability").get("message").asString())
                .isEqualTo("dcat:keyword ontbreekt; vul het in onder Gegevens bewerken of met PATCH /v1/datasets/<id>");

        JsonNode english = ApiClient.json(admin().inLanguage("en").get("/v1/datasets/" + id + "/quality")).get("mqa");
        assertThat(indicator(english, "keywordAvailability").get("message").asString())
                .startsWith("dcat:keyword is missing");
        assertThat(indicator(english, "dcatApCompliance").get("message").asString())
                .isEqualTo("the DCAT description conforms to the DCAT-AP 3.0.1 SHACL shapes");

        assertThat(anonymous().get("/datasets/" + id).body()).contains("dcat:keyword ontbreekt");
        assertThat(anonymous().get("/datasets/" + id + "?lang=en").body()).contains("dcat:keyword is missing");
    }

    @Test
    void assessesAgainAfterAMetadataEditWithoutBeingAsked() throws Exception {
        String id = imported("Bewerkt MQA " + UUID.randomUUID(), "openbaar");
        JsonNode before = awaitMqa(id, m -> !indicator(m, "keywordAvailability").get("met").asBoolean());
        assertThat(before.get("indicators").toString()).contains("keywordAvailability");

        assertThat(patch(id, "{\"keywords\": [\"fiets\"]}")).isEqualTo(200);

        JsonNode after = awaitMqa(id, m -> indicator(m, "keywordAvailability").get("met").asBoolean());
        assertThat(after.get("total").asInt()).isGreaterThan(before.get("total").asInt());
    }

    @Test
    void assessesEveryNewVersionWithoutBeingAsked() {
        String id = imported("Vanzelf MQA " + UUID.randomUUID(), "openbaar");

        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        JsonNode mqa = null;
        while ((mqa == null || mqa.isNull()) && Instant.now().isBefore(giveUp)) {
            mqa = ApiClient.json(anonymous().get("/v1/datasets/" + id + "/quality")).get("mqa");
            sleep();
        }

        assertThat(mqa).as("an assessment after the upload alone").isNotNull();
        assertThat(mqa.isNull()).isFalse();
        assertThat(indicator(mqa, "downloadUrlStatusCode").get("met").asBoolean()).isTrue();
    }

    @Test
    void keepsEveryAssessmentAsHistory() {
        String id = imported("Historie MQA " + UUID.randomUUID(), "openbaar");
        JsonNode first = assess(id, m -> true);
        long before = history(admin(), id).get("total").asLong();

        JsonNode second = assess(id, m -> Instant.parse(m.get("assessedAt").asString())
                .isAfter(Instant.parse(first.get("assessedAt").asString())));

        JsonNode history = history(anonymous(), id);
        assertThat(history.get("total").asLong()).isEqualTo(before + 1);
        assertThat(history.get("items").get(0).get("id").asString()).isEqualTo(second.get("id").asString());
        assertThat(history.get("items").get(0).get("indicators")).isEmpty();
    }

    @Test
    void hidesAnInternDatasetsScoreFromTheAnonymousAndChecksNoUrlOfIt() {
        String id = imported("Intern MQA " + UUID.randomUUID(), "intern");

        JsonNode mqa = assess(id, m -> true);

        assertThat(indicator(mqa, "accessUrlStatusCode").get("reason").asString()).isEqualTo("not-checked");
        assertThat(indicator(mqa, "accessUrlStatusCode").get("points").asInt()).isZero();
        assertThat(indicator(mqa, "downloadUrlStatusCode").get("points").asInt()).isZero();
        assertThat(indicator(mqa, "downloadUrlAvailability").get("points").asInt()).isEqualTo(20);
        assertThat(anonymous().get("/v1/datasets/" + id + "/quality/mqa/history").statusCode()).isEqualTo(404);
        assertThat(anonymous().get("/v1/datasets/" + id + "/quality").statusCode()).isEqualTo(404);
        assertThat(anonymous().postJson("/v1/datasets/" + id + "/quality/mqa", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aggregatesThePublishedCatalogueOnly() {
        String open = imported("Catalogus MQA " + UUID.randomUUID(), "openbaar");
        assess(open, m -> true);
        String intern = imported("Catalogus intern MQA " + UUID.randomUUID(), "intern");
        assess(intern, m -> true);

        JsonNode catalogue = ApiClient.json(anonymous().get("/v1/quality/catalog"));
        long published = ApiClient.json(anonymous().get("/v1/datasets?limit=1")).get("total").asLong();

        assertThat(catalogue.get("datasets").asLong()).isEqualTo(published);
        assertThat(catalogue.get("assessed").asInt()).isBetween(1, (int) published);
        assertThat(catalogue.get("max").asInt()).isEqualTo(405);
        int rated = 0;
        for (String band : new String[] {"excellent", "good", "sufficient", "bad"}) {
            rated += catalogue.get("ratings").get(band).asInt();
        }
        assertThat(rated).isEqualTo(catalogue.get("assessed").asInt());
        assertThat(anonymous().get("/kwaliteit/mqa").body()).contains("Trefwoorden", "405", "id=\"mqa-catalogue\"");
        assertThat(anonymous().get("/kwaliteit/mqa?lang=en").body()).contains("Keywords", "Findability");
    }

    private String imported(String title, String accessLevel) {
        JsonNode job = admin().importFile(Fixtures.file("mqa.csv", CSV, StandardCharsets.UTF_8), title, accessLevel);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return job.get("subjectId").asString();
    }

    /** Requests an assessment and polls the quality report until its {@code mqa} member satisfies {@code done}. */
    private JsonNode assess(String id, Predicate<JsonNode> done) {
        assertThat(admin().postJson("/v1/datasets/" + id + "/quality/mqa", Map.of()).statusCode()).isEqualTo(202);
        return awaitMqa(id, done);
    }

    /** The dataset's MQA assessment once it satisfies {@code done}, without asking for one (2 minutes at most). */
    private JsonNode awaitMqa(String id, Predicate<JsonNode> done) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode mqa = ApiClient.json(admin().get("/v1/datasets/" + id + "/quality")).get("mqa");
            if (mqa != null && !mqa.isNull() && done.test(mqa)) {
                return mqa;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no MQA assessment of " + id + " arrived");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode history(ApiClient client, String id) {
        return ApiClient.json(client.get("/v1/datasets/" + id + "/quality/mqa/history"));
    }

    private static JsonNode indicator(JsonNode mqa, String id) {
        for (JsonNode indicator : mqa.get("indicators")) {
            if (indicator.get("id").asString().equals(id)) {
                return indicator;
            }
        }
        throw new AssertionError("no indicator " + id + " in " + mqa);
    }

    private static int dimension(JsonNode mqa, String id) {
        for (JsonNode dimension : mqa.get("dimensions")) {
            if (dimension.get("id").asString().equals(id)) {
                return dimension.get("points").asInt();
            }
        }
        throw new AssertionError("no dimension " + id);
    }

    private int patch(String id, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/datasets/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .header("Authorization", "Bearer " + TOKEN)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
