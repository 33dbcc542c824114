// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import static nl.datakraam.support.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** A current version without a scan (data from before the privacy module) is scanned when the platform starts. */
class PrivacyBackfillIT extends PlatformIT {

    @Autowired
    PrivacyBackfill backfill;

    @Autowired
    FindingsStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVersionWithoutAScanIsScannedOnce() throws InterruptedException {
        JsonNode job = admin().importFile(Fixtures.file("oude-lijst.csv", "email;aantal\na@example.org;1\n",
                StandardCharsets.UTF_8), "Oude lijst van voor de privacymodule", "intern");
        String datasetId = job.get("subjectId").asString();
        UUID version = UUID.fromString(json(admin().get("/v1/datasets/" + datasetId + "/privacy-findings"))
                .get("versionId").asString());
        awaitScanned(version);
        jdbc.sql("delete from privacy_finding where version_id = :v").param("v", version).update();
        jdbc.sql("delete from privacy_scan where version_id = :v").param("v", version).update();
        assertThat(store.scanned(version)).isFalse();

        assertThat(backfill.scanVersionsNotScanned()).isGreaterThanOrEqualTo(1);
        assertThat(backfill.scanVersionsNotScanned()).as("queued once").isZero();
        awaitScanned(version);
        assertThat(store.findings(version)).anyMatch(f -> f.detector().equals("email"));
    }

    private void awaitScanned(UUID version) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        while (!store.scanned(version)) {
            assertThat(Instant.now()).as("scan of " + version).isBefore(giveUp);
            Thread.sleep(100);
        }
    }
}
