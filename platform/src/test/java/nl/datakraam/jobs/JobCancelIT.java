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
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** A running ingest can be cancelled; it stops, and nothing of it is published. */
class JobCancelIT extends PlatformIT {

    @Test
    void cancellingARunningIngestPublishesNothing(@TempDir Path work) throws Exception {
        Path file = work.resolve("lang.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("nummer;tekst\n");
            for (int i = 0; i < 2_000_000; i++) {
                out.write(i + ";regel " + i + "\n");
            }
        }
        var accepted = json(admin().upload("/v1/datasets", file, Map.of("accessLevel", "openbaar")));
        String jobId = accepted.get("jobId").asString();
        awaitRunning(jobId);

        JsonNode afterCancel = json(admin().postJson("/v1/jobs/" + jobId + "/cancel", Map.of()));
        assertThat(afterCancel.get("status").asString()).isIn("running", "cancelled");

        JsonNode job = admin().awaitJob(jobId);
        assertThat(job.get("status").asString()).isEqualTo("cancelled");
        assertThat(json(admin().get("/v1/datasets/" + accepted.get("id").asString())).get("rowCount").isNull()).isTrue();
        assertThat(anonymous().postJson("/v1/jobs/" + jobId + "/cancel", Map.of()).statusCode()).isEqualTo(404);
    }

    private void awaitRunning(String jobId) throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp)) {
            JsonNode job = json(admin().get("/v1/jobs/" + jobId));
            if (job.get("status").asString().equals("running")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the ingest did not start");
    }
}
