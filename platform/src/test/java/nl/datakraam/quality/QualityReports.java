// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.datakraam.support.ApiClient;
import tools.jackson.databind.JsonNode;

/** Reading quality reports through the API, as a client would. */
final class QualityReports {

    private QualityReports() {
    }

    /**
     * Polls {@code GET /v1/datasets/{id}/quality} until the report is no longer pending, and asserts it is ready
     * (a safety limit, not a performance goal).
     */
    static JsonNode awaitReport(ApiClient client, String datasetId) {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(giveUp)) {
            var response = client.get("/v1/datasets/" + datasetId + "/quality");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode report = json(response);
            if (!report.get("status").asString().equals("pending")) {
                assertThat(report.get("status").asString()).as(report.toString()).isEqualTo("ready");
                return report;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the quality report of " + datasetId + " stayed pending");
    }

    /** The profile of the field whose name is {@code name}. */
    static JsonNode field(JsonNode report, String name) {
        for (JsonNode field : report.get("profile").get("fields")) {
            if (field.get("name").asString().equals(name)) {
                return field;
            }
        }
        throw new AssertionError("no field " + name + " in " + report.get("profile"));
    }

    /** The result of {@code check} on the field {@code name}. */
    static JsonNode check(JsonNode report, String check, String name) {
        for (JsonNode result : report.get("checks")) {
            if (result.get("check").asString().equals(check)) {
                for (JsonNode field : result.get("fields")) {
                    if (field.asString().equals(name)) {
                        return result;
                    }
                }
            }
        }
        throw new AssertionError("no " + check + " of " + name + " in " + report.get("checks"));
    }

    /** The result of a check on the whole row ({@code duplicate-rows}). */
    static JsonNode rowCheck(JsonNode report, String check) {
        for (JsonNode result : report.get("checks")) {
            if (result.get("check").asString().equals(check) && result.get("fields").isEmpty()) {
                return result;
            }
        }
        throw new AssertionError("no " + check + " in " + report.get("checks"));
    }
}
