// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.PlatformProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Issue 3, must show 4: the process is killed (SIGKILL) during an ingest. After a restart no partial version is
 * visible, and the job is resumed (attempts 2) and finishes, or fails with a clear message.
 */
class CrashRecoveryIT {

    private static final String TOKEN = "crash-test-token";
    private static final int ROWS = 1_500_000;

    @TempDir
    Path dataDir;

    @Test
    void anIngestKilledMidwayLeavesNoPartialVersionAndIsResumed(@TempDir Path work) throws Exception {
        Path file = bigCsv(work.resolve("metingen.csv"));
        String datasetId;
        String jobId;
        try (var server = PlatformProcess.start(dataDir, TOKEN, "--datakraam.jobs.heartbeat-interval=1s")) {
            var api = new ApiClient(server.port(), TOKEN);
            var accepted = json(api.upload("/v1/datasets", file, Map.of("title", "Metingen", "accessLevel", "openbaar")));
            datasetId = accepted.get("id").asString();
            jobId = accepted.get("jobId").asString();
            awaitRows(api, jobId);
            server.kill();
        }

        try (var server = PlatformProcess.start(dataDir, TOKEN, "--datakraam.jobs.heartbeat-interval=1s")) {
            var api = new ApiClient(server.port(), TOKEN);
            JsonNode dataset = json(api.get("/v1/datasets/" + datasetId));
            assertThat(dataset.get("rowCount").isNull()).as("no partial version after the crash: %s", dataset).isTrue();
            assertThat(api.get("/v1/datasets/" + datasetId + "/rows").statusCode()).isEqualTo(409);

            JsonNode job = api.awaitJob(jobId);
            if (job.get("status").asString().equals("succeeded")) {
                assertThat(job.get("attempts").asInt()).as("resumed").isGreaterThan(1);
                assertThat(json(api.get("/v1/datasets/" + datasetId)).get("rowCount").asLong()).isEqualTo(ROWS);
            } else {
                assertThat(job.get("error").get("message").asString()).isNotBlank();
                assertThat(json(api.get("/v1/datasets/" + datasetId)).get("rowCount").isNull()).isTrue();
            }
        }
    }

    private static void awaitRows(ApiClient api, String jobId) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode job = json(api.get("/v1/jobs/" + jobId));
            if (job.get("status").asString().equals("running") && job.get("progress").get("rows").asLong() > 0) {
                return;
            }
            assertThat(job.get("status").asString()).as("the ingest must still be running when killed")
                    .isIn("queued", "running");
            Thread.sleep(20);
        }
        throw new AssertionError("the ingest did not start");
    }

    private static Path bigCsv(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("meetpunt;datum;waarde;opmerking\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("MP" + (i % 5000) + ";" + (1 + i % 28) + "-" + (1 + i % 12) + "-2024;" + (i % 1000) + ","
                        + (i % 100) + ";regel " + i + "\n");
            }
        }
        return file;
    }
}
