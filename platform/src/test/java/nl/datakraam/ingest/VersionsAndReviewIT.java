// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** New versions (replace, append), schema drift, and the steward's review with overrides that follow the dataset. */
class VersionsAndReviewIT extends PlatformIT {

    @Test
    void aSecondUploadOfTheSameFileKeepsCodesAsStringsWithoutStaleOverrides() {
        Path file = shared("cases/ingest/c03_mixed_codes.csv");
        String id = admin().importFile(file, "Artikelen c03", "openbaar").get("subjectId").asString();
        JsonNode second = newVersion(id, file, "replace", false);

        assertThat(second.get("status").asString()).isEqualTo("succeeded");
        JsonNode dataset = dataset(id);
        assertThat(dataset.get("version").asInt()).isEqualTo(2);
        assertThat(type(id, "artikelcode")).isEqualTo("string");
        assertThat(dataset.get("issues").findValuesAsString("code")).noneMatch(code -> code.startsWith("schema."));
    }

    @Test
    void aStewardReviewsTheSchemaAndTheChoiceFollowsLaterVersionsWhereItFits() {
        Path first = Fixtures.file("getallen.csv", "getal;naam\n1;a\n2;b\n", StandardCharsets.UTF_8);
        var accepted = json(admin().upload("/v1/datasets", first, Map.of("review", "true", "accessLevel", "openbaar")));
        String id = accepted.get("id").asString();
        JsonNode waiting = admin().awaitJob(accepted.get("jobId").asString(), "awaiting_review");
        assertThat(dataset(id).get("rowCount").isNull()).as("nothing written before the review").isTrue();

        JsonNode proposal = json(admin().get("/v1/jobs/" + waiting.get("id").asString() + "/review"));
        assertThat(proposal.get("schema").get("fields").get(0).get("type").asString()).isEqualTo("integer");
        assertThat(proposal.get("datasetId").asString()).as("ids are plain strings on the wire").isEqualTo(id);
        var confirm = admin().postJson("/v1/jobs/" + waiting.get("id").asString() + "/review",
                Map.of("fields", List.of(Map.of("name", "getal", "type", "number"))));
        assertThat(confirm.statusCode()).isEqualTo(202);
        assertThat(admin().awaitJob(waiting.get("id").asString()).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "getal")).isEqualTo("number");

        Path fits = Fixtures.file("getallen2.csv", "getal;naam\n3;c\n4;d\n", StandardCharsets.UTF_8);
        assertThat(newVersion(id, fits, "replace", false).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "getal")).as("the steward's choice is applied again").isEqualTo("number");

        Path misfit = Fixtures.file("getallen3.csv", "getal;naam\n5;e\nzes;f\n", StandardCharsets.UTF_8);
        assertThat(newVersion(id, misfit, "replace", false).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "getal")).isEqualTo("string");
        assertThat(dataset(id).get("issues").findValuesAsString("code")).contains("schema.override-dropped");
    }

    @Test
    void appendAddsRowsWhenTheFieldsMatchAndRefusesOtherwise() {
        Path file = shared("cases/ingest/c04_negative_numbers.csv");
        String id = admin().importFile(file, "Saldi", "openbaar").get("subjectId").asString();

        assertThat(newVersion(id, file, "append", false).get("status").asString()).isEqualTo("succeeded");
        assertThat(dataset(id).get("rowCount").asLong()).isEqualTo(8);
        JsonNode sum = json(anonymous().postJson("/v1/query",
                Map.of("sql", "SELECT sum(saldo) FROM " + dataset(id).get("tableName").asString())));
        assertThat(sum.get("rows").get(0).get(0).asDouble()).isEqualTo(2 * (-3 + 5 - 12.5 + 0));

        Path other = Fixtures.file("anders.csv", "rekening,saldo,valuta\nE,1,EUR\n", StandardCharsets.UTF_8);
        JsonNode refused = newVersion(id, other, "append", false);
        assertThat(refused.get("status").asString()).isEqualTo("failed");
        assertThat(refused.get("error").get("code").asString()).isEqualTo("ingest.version.append-mismatch");
        assertThat(refused.get("error").get("message").asString()).contains("valuta", "mode=replace");
        assertThat(dataset(id).get("rowCount").asLong()).as("the current version stays").isEqualTo(8);
    }

    @Test
    void aReplacementReportsFieldsAddedSinceThePreviousVersion() {
        Path file = shared("cases/ingest/c04_negative_numbers.csv");
        String id = admin().importFile(file, "Saldi met drift", "openbaar").get("subjectId").asString();
        Path wider = Fixtures.file("breder.csv", "rekening,saldo,valuta\nE,1,EUR\n", StandardCharsets.UTF_8);

        assertThat(newVersion(id, wider, "replace", false).get("status").asString()).isEqualTo("succeeded");
        assertThat(dataset(id).get("issues").findValuesAsString("code")).contains("schema.field-added");
    }

    private JsonNode newVersion(String id, Path file, String mode, boolean review) {
        var response = admin().upload("/v1/datasets/" + id + "/versions", file,
                Map.of("mode", mode, "review", String.valueOf(review)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return admin().awaitJob(json(response).get("jobId").asString());
    }

    private JsonNode dataset(String id) {
        return json(admin().get("/v1/datasets/" + id));
    }

    private String type(String id, String field) {
        for (JsonNode f : json(admin().get("/v1/datasets/" + id + "/schema")).get("fields")) {
            if (f.get("name").asString().equals(field)) {
                return f.get("type").asString();
            }
        }
        throw new AssertionError("no field " + field);
    }
}
