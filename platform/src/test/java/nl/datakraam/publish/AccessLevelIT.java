// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Anonymous callers see {@code openbaar} datasets only, on every channel, and cannot tell that an {@code intern}
 * one exists (case c28: 404, never 403 or 500); they may not upload.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLevelIT extends PlatformIT {

    private JsonNode internal;
    private JsonNode open;

    @BeforeAll
    void importBoth() {
        var file = Fixtures.file("geheim.csv", "code;bedrag\n0001;12,50\n0002;7\n", StandardCharsets.UTF_8);
        internal = json(admin().get("/v1/datasets/"
                + admin().importFile(file, "Interne lijst", "intern").get("subjectId").asString()));
        var openFile = Fixtures.file("open.csv", "code,aantal\nA,1\nB,2\n", StandardCharsets.UTF_8);
        open = json(admin().get("/v1/datasets/"
                + admin().importFile(openFile, "Open lijst", "openbaar").get("subjectId").asString()));
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
