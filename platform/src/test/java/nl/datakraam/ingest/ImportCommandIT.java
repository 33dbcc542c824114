// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The {@code import} command, run as the README says, beside a running server that shares the data directory. */
class ImportCommandIT {

    @TempDir
    Path dataDir;

    @Test
    void importsARealFileIntoTheRunningServersCatalogue() throws Exception {
        Path file = shared("data/real/rvig_tabel33_gemeententabel.csv");
        try (var server = PlatformProcess.start(dataDir, "cli-test-token")) {
            var result = PlatformProcess.run(dataDir, "import", file.toString(), "--title=Gemeententabel",
                    "--access-level=openbaar");

            assertThat(result.exitCode()).as(result.output()).isZero();
            assertThat(result.output()).contains("Done: 1474 rows");

            JsonNode list = json(new ApiClient(server.port(), null).get("/v1/datasets"));
            assertThat(list.get("items").findValuesAsString("title")).contains("Gemeententabel");
            assertThat(list.get("items").get(0).get("rowCount").asLong()).isEqualTo(1474);
            String id = list.get("items").get(0).get("id").asString();
            JsonNode quality = json(new ApiClient(server.port(), null).get("/v1/datasets/" + id + "/quality"));
            assertThat(quality.get("status").asString()).as("the command waited for the profile: %s", quality)
                    .isEqualTo("ready");
        }
    }

    @Test
    void reportsAFailedIngestWithExitCode1(@TempDir Path work) throws Exception {
        Path empty = Files.writeString(work.resolve("leeg.csv"), "", StandardCharsets.UTF_8);
        var result = PlatformProcess.run(dataDir, "import", empty.toString(), "--lang=en");
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("Ingest failed (ingest.file.empty): The file leeg.csv is empty. Upload"
                + " a file with a header row and at least one data row.").doesNotContain("Exception", "\tat ");
    }

    @Test
    void speaksDutchWhenAskedAndNamesTheLineOfAWarning(@TempDir Path work) throws Exception {
        Path empty = Files.writeString(work.resolve("leeg.csv"), "", StandardCharsets.UTF_8);
        var failed = PlatformProcess.run(dataDir, "import", empty.toString(), "--lang=nl");
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1);
        assertThat(failed.output()).contains("Inlezen mislukt (ingest.file.empty): Het bestand leeg.csv is leeg.")
                .doesNotContain("Exception", "\tat ");

        var warned = PlatformProcess.run(dataDir, "import", shared("cases/ingest/c14_extra_field_with_umlaut.csv")
                .toString(), "--lang=nl");
        assertThat(warned.exitCode()).as(warned.output()).isZero();
        assertThat(warned.output()).contains("Waarschuwing: Regel 3 van c14_extra_field_with_umlaut.csv heeft 3"
                + " waarden, maar de kopregel heeft er 2.", "Klaar: 3 rijen.");
    }

    @Test
    void explainsWrongArgumentsWithExitCode2() throws Exception {
        var result = PlatformProcess.run(dataDir, "import", "/no/such/file.csv");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("No such file", "Usage:");
    }
}
