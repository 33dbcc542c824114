// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A steward describes a dataset (title, description, publisher, licence, keywords, access level). */
class MetadataEditIT extends PlatformIT {

    @Test
    void aStewardDescribesADatasetAndChoosesWhoMaySeeIt() throws Exception {
        var file = Fixtures.file("meldingen.csv", "wijk;aantal\nCentrum;4\n", StandardCharsets.UTF_8);
        String id = admin().importFile(file, "Meldingen", "openbaar").get("subjectId").asString();
        String table = json(admin().get("/v1/datasets/" + id)).get("tableName").asString();

        var response = patch(id, TOKEN, """
                {"title": "Meldingen openbare ruimte", "description": "Per wijk, per jaar.",
                 "publisher": "Provincie Groningen", "licence": "http://creativecommons.org/publicdomain/zero/1.0/",
                 "keywords": ["meldingen", "openbare ruimte"]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode dataset = json(anonymous().get("/v1/datasets/" + id));
        assertThat(dataset.get("title").asString()).isEqualTo("Meldingen openbare ruimte");
        assertThat(dataset.get("publisher").asString()).isEqualTo("Provincie Groningen");
        assertThat(dataset.get("keywords").values()).extracting(JsonNode::asString)
                .isEqualTo(List.of("meldingen", "openbare ruimte"));
        assertThat(dataset.get("tableName").asString()).as("queries keep working").isEqualTo(table);
        assertThat(anonymous().get("/datasets/" + id).body()).contains("Per wijk, per jaar.", "Provincie Groningen");

        assertThat(patch(id, null, "{\"title\": \"Gekaapt\"}").statusCode()).as("anonymous: sign in first")
                .isEqualTo(401);
        assertThat(patch(id, TOKEN, "{\"title\": \"\"}").statusCode()).isEqualTo(400);
        for (String refused : new String[] {"{\"keywords\": [1, null]}", "{\"tableName\": \"x\"}",
                "{\"title\": null}", "{\"keywords\": \"a\"}", "{\"description\": 123}"}) {
            var answer = patch(id, TOKEN, refused);
            assertThat(answer.statusCode()).as(refused).isEqualTo(400);
            assertThat(answer.body()).as(refused).contains("request.invalid-parameter");
        }

        assertThat(patch(id, TOKEN, "{\"accessLevel\": \"intern\"}").statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/v1/datasets/" + id).statusCode()).isEqualTo(404);
        assertThat(json(admin().get("/v1/datasets/" + id)).get("description").asString()).isEqualTo("Per wijk, per jaar.");
    }

    private HttpResponse<String> patch(String id, String token, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/datasets/" + id))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
