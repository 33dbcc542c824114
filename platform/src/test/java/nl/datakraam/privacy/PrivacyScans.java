// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import nl.datakraam.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** Waiting for the privacy scan of a dataset's current version, through the API, in the privacy tests. */
final class PrivacyScans {

    private PrivacyScans() {
    }

    /** Polls the findings until the scan has finished (a safety limit, not a performance goal); the report. */
    static JsonNode awaitScan(ApiClient client, String id) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            HttpResponse<String> response = client.get("/v1/datasets/" + id + "/privacy-findings");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = json(response);
            if (report.get("scanned").asBoolean()) {
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the privacy scan of " + id + " did not finish");
    }
}
