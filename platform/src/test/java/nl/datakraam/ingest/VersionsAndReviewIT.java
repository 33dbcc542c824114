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
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;

/**
 * New versions (replace, append), schema drift, and the steward's review with overrides that follow the dataset, for
 * tables and for the attributes of GeoJSON and GeoPackage files alike.
 */
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
    void aStewardsTypeChoiceForGeoJsonAttributesIsAppliedAndFollowsLaterVersionsWhereItFits() {
        JsonNode waiting = awaitingReview("/v1/datasets", geoJson("meetpunten.geojson", "1", "2"),
                Map.of("review", "true", "accessLevel", "openbaar", "title", "Meetpunten"));
        String id = waiting.get("subjectId").asString();
        String jobId = waiting.get("id").asString();
        assertThat(field(json(admin().get("/v1/jobs/" + jobId + "/review")).get("schema"), "aantal").get("type")
                .asString()).isEqualTo("integer");

        var confirm = admin().postJson("/v1/jobs/" + jobId + "/review",
                Map.of("fields", List.of(Map.of("name", "aantal", "type", "number"))));
        assertThat(confirm.statusCode()).isEqualTo(202);
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "aantal")).as("the choice is applied to the GeoJSON attribute").isEqualTo("number");
        assertThat(dataset(id).get("issues").findValuesAsString("code")).doesNotContain(
                "schema.overrides-not-applied");
        assertThat(dataset(id).get("spatial").get("geometryTypes").get(0).asString()).isEqualTo("Point");

        assertThat(newVersion(id, geoJson("meetpunten2.geojson", "3", "4"), "replace", false).get("status")
                .asString()).isEqualTo("succeeded");
        assertThat(type(id, "aantal")).as("applied again where it fits").isEqualTo("number");

        assertThat(newVersion(id, geoJson("meetpunten3.geojson", "5", "\"veel\""), "replace", false).get("status")
                .asString()).isEqualTo("succeeded");
        assertThat(type(id, "aantal")).as("dropped where it does not fit").isEqualTo("string");
        JsonNode dropped = dataset(id).get("issues").valueStream()
                .filter(i -> i.get("code").asString().equals("schema.override-dropped")).findFirst().orElseThrow();
        assertThat(dropped.get("field").asString()).isEqualTo("aantal");
        assertThat(dropped.get("line").asLong()).isEqualTo(2);
        assertThat(dropped.get("arguments").get("unit").asString()).isEqualTo("feature");
        assertThat(dropped.get("message").asString()).as("in Dutch, the default").contains("de waarde op object 2 van"
                + " meetpunten3.geojson past daar niet bij");
    }

    @Test
    void aStewardsTypeChoiceForGeoPackageAttributesIsApplied() {
        var factory = new GeometryFactory();
        Path file = Fixtures.geoPackage("postcodes.gpkg", 28992, List.of("pc4", "naam"), List.of(
                List.of(factory.createPoint(new Coordinate(233950, 582050)), "9711", "Binnenstad"),
                List.of(factory.createPoint(new Coordinate(234500, 581000)), "9712", "Zuid")));
        JsonNode waiting = awaitingReview("/v1/datasets", file,
                Map.of("review", "true", "accessLevel", "openbaar", "title", "Postcodes gpkg"));
        String id = waiting.get("subjectId").asString();
        String jobId = waiting.get("id").asString();
        assertThat(field(json(admin().get("/v1/jobs/" + jobId + "/review")).get("schema"), "pc4").get("type")
                .asString()).isEqualTo("integer");

        admin().postJson("/v1/jobs/" + jobId + "/review", Map.of("fields", List.of(Map.of("name", "pc4",
                "type", "string"))));
        assertThat(admin().awaitJob(jobId).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "pc4")).isEqualTo("string");
        JsonNode rows = json(admin().get("/v1/datasets/" + id + "/rows?limit=2"));
        assertThat(rows.get("rows").get(0).get(rows.get("fields").valueStream().map(f -> f.get("name").asString())
                .toList().indexOf("pc4")).isString()).isTrue();
        assertThat(dataset(id).get("spatial").get("sourceCrs").asString()).isEqualTo("EPSG:28992");

        assertThat(newVersion(id, file, "replace", false).get("status").asString()).isEqualTo("succeeded");
        assertThat(type(id, "pc4")).as("applied again to the next version").isEqualTo("string");
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

    /** Uploads with {@code fields} and waits until the job awaits its review; returns the job. */
    private JsonNode awaitingReview(String path, Path file, Map<String, String> fields) {
        var response = admin().upload(path, file, fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = admin().awaitJob(json(response).get("jobId").asString(), "awaiting_review", "succeeded",
                "failed", "cancelled");
        assertThat(job.get("status").asString()).as("job %s", job).isEqualTo("awaiting_review");
        return job;
    }

    /** Two point features in Groningen (WGS 84) with a property {@code aantal} holding the given JSON values. */
    private static Path geoJson(String name, String first, String second) {
        return Fixtures.file(name, """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"naam": "a", "aantal": %s},
                   "geometry": {"type": "Point", "coordinates": [6.5677, 53.2183]}},
                  {"type": "Feature", "properties": {"naam": "b", "aantal": %s},
                   "geometry": {"type": "Point", "coordinates": [6.57, 53.22]}}
                ]}
                """.formatted(first, second), StandardCharsets.UTF_8);
    }

    private static JsonNode field(JsonNode schema, String name) {
        return schema.get("fields").valueStream().filter(f -> f.get("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + schema));
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
