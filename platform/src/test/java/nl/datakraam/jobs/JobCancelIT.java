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
import nl.datakraam.support.BrowserSession;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A running ingest, or one awaiting its review, can be cancelled; it stops, and nothing of it is published. A job that
 * has finished cannot be cancelled: 409, unchanged.
 */
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

    @Test
    void cancellingAFinishedJobAnswers409AndChangesNothing() {
        Path file = Fixtures.file("klein.csv", "nummer;tekst\n1;een\n", StandardCharsets.UTF_8);
        JsonNode done = admin().importFile(file, "Klein klaar", "openbaar");
        String jobId = done.get("id").asString();
        assertThat(done.get("status").asString()).isEqualTo("succeeded");

        var refused = admin().inLanguage("en").postJson("/v1/jobs/" + jobId + "/cancel", Map.of());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(refused);
        assertThat(problem.get("code").asString()).isEqualTo("job.already-finished");
        assertThat(problem.get("detail").asString()).contains("already finished (succeeded)", "nothing was changed");
        assertThat(problem.get("details").get("status").asString()).isEqualTo("succeeded");

        JsonNode after = json(admin().get("/v1/jobs/" + jobId));
        assertThat(after.get("status").asString()).isEqualTo("succeeded");
        assertThat(after.get("error").isNull()).isTrue();
        assertThat(json(admin().get("/v1/datasets/" + done.get("subjectId").asString())).get("rowCount").asLong())
                .isEqualTo(1);
    }

    @Test
    void cancellingAJobAwaitingReviewCancelsItOnceAndThenAnswers409() {
        Path file = Fixtures.file("ter_controle.csv", "nummer;tekst\n1;een\n", StandardCharsets.UTF_8);
        var accepted = json(admin().upload("/v1/datasets", file, Map.of("review", "true")));
        String jobId = accepted.get("jobId").asString();
        admin().awaitJob(jobId, "awaiting_review");

        var cancel = admin().postJson("/v1/jobs/" + jobId + "/cancel", Map.of());
        assertThat(cancel.statusCode()).isEqualTo(200);
        assertThat(json(cancel).get("status").asString()).isEqualTo("cancelled");
        assertThat(json(admin().get("/v1/datasets/" + accepted.get("id").asString())).get("rowCount").isNull())
                .isTrue();

        var again = admin().postJson("/v1/jobs/" + jobId + "/cancel", Map.of());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(again).get("details").get("status").asString()).isEqualTo("cancelled");
    }

    @Test
    void theJobPageSaysInDutchThatAFinishedJobCannotBeCancelled() {
        Path file = Fixtures.file("klein_html.csv", "nummer;tekst\n1;een\n", StandardCharsets.UTF_8);
        String jobId = admin().importFile(file, "Klein via pagina", "intern").get("id").asString();
        var browser = new BrowserSession(port);
        browser.signIn("beheerder", TOKEN);

        var page = browser.submitFormFrom("/taken/" + jobId, "/taken/" + jobId + "/annuleren", Map.of());
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("is al afgelopen (gelukt). Er valt dus niets te annuleren");
        assertThat(json(admin().get("/v1/jobs/" + jobId)).get("status").asString()).isEqualTo("succeeded");
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
