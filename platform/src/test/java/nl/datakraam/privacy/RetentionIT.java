// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.AuditLog;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.VersionFiles;
import nl.datakraam.storage.BlobStore;
import nl.datakraam.support.ApiClient;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Retention (issue 9) through the real application and blob store: an expired version's raw upload and data files
 * are deleted and logged (keys and checksums), its metadata and the current version stay; the current version goes
 * only when asked explicitly; a deletion that fails half-way (a file that is not what the catalogue recorded) leaves
 * every file where it was and logs nothing.
 */
class RetentionIT extends PlatformIT {

    private static final Caller SYSTEM = Caller.system("retention-it");

    @Autowired
    BlobStore blobs;

    @Autowired
    Catalog catalog;

    @Autowired
    AuditLog audit;

    @Autowired
    Retention retention;

    @Test
    void anExpiredVersionsRawDataIsDeletedAndLoggedWhileTheCurrentVersionStays() throws Exception {
        String id = datasetWithTwoVersions("Bewaartermijn meldingen");
        DatasetId dataset = DatasetId.parse(id);
        HttpResponse<String> set = admin().putJson("/v1/datasets/" + id + "/retention",
                Map.of("retentionPeriod", "P1Y"));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(ApiClient.json(set).get("source").asString()).isEqualTo("dataset");

        HttpResponse<String> early = delete(admin(), id, 1, false);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(early).get("code").asString()).isEqualTo("privacy.retention.refused");

        VersionFiles v1 = version(dataset, 1);
        VersionFiles v2 = version(dataset, 2);
        List<String> v1Files = blobs.versionFiles(dataset.value(), 1);
        assertThat(v1Files).isNotEmpty();
        assertThat(Files.exists(blobs.path(v1.rawKey()))).isTrue();

        clock.moveBy(Duration.ofDays(400));
        try {
            JsonNode expired = ApiClient.json(admin().get("/v1/retention/expired"));
            assertThat(expired.get("items").toString()).contains(v1.id().toString(), v2.id().toString());
            assertThat(admin().get("/privacy/bewaartermijnen").statusCode()).isEqualTo(200);
            assertThat(delete(accounts().create("de-r", "data-eigenaar").api(), id, 1, false).statusCode())
                    .as("deleting is the beheerder's").isEqualTo(403);

            HttpResponse<String> deleted = delete(admin(), id, 1, false);
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(201);
            JsonNode log = ApiClient.json(deleted);
            assertThat(log.get("wasCurrent").asBoolean()).isFalse();
            assertThat(log.get("period").asString()).isEqualTo("P1Y");
            assertThat(log.get("files").toString()).contains(v1.rawKey(), v1.rawSha256(), "\"raw\"",
                    v1Files.getFirst());
            assertThat(log.toString()).as("the log names keys and checksums, no data").doesNotContain("geluid");

            assertThat(Files.exists(blobs.path(v1.rawKey()))).isFalse();
            assertThat(blobs.versionFiles(dataset.value(), 1)).isEmpty();
            assertThat(Files.exists(blobs.path(v2.rawKey()))).as("the current version is untouched").isTrue();
            assertThat(blobs.versionFiles(dataset.value(), 2)).isNotEmpty();
            assertThat(version(dataset, 1).dataDeletedAt()).isNotNull();
            assertThat(ApiClient.json(admin().get("/v1/datasets/" + id + "/versions")).toString())
                    .as("the metadata trail stays").contains("\"number\":1");
            assertThat(ApiClient.json(admin().get("/v1/retention/deletions?dataset=" + id)).get("total").asInt())
                    .isEqualTo(1);
            assertThat(audit.latest(Caller.administrator("t"), null, dataset.value(), 50, 0))
                    .anyMatch(e -> e.action().equals("retention.delete") && e.versionId().equals(v1.id()));
            assertThat(ApiClient.json(admin().get("/v1/retention/expired")).get("items").toString())
                    .doesNotContain(v1.id().toString());
            assertThat(delete(admin(), id, 1, false).statusCode()).as("deleted before").isEqualTo(409);

            HttpResponse<String> current = delete(admin(), id, 2, false);
            assertThat(current.statusCode()).isEqualTo(409);
            assertThat(current.body()).contains("includeCurrent");
            assertThat(Files.exists(blobs.path(v2.rawKey()))).isTrue();

            HttpResponse<String> explicit = delete(admin(), id, 2, true);
            assertThat(explicit.statusCode()).as(explicit.body()).isEqualTo(201);
            assertThat(ApiClient.json(explicit).get("wasCurrent").asBoolean()).isTrue();
            assertThat(Files.exists(blobs.path(v2.rawKey()))).isFalse();
            HttpResponse<String> download = admin().get("/v1/datasets/" + id + "/download?format=csv");
            assertThat(download.statusCode()).as("no data any more: said, not a fault").isEqualTo(409);
            assertThat(ApiClient.json(download).get("code").asString()).isEqualTo("dataset.has-no-data");
            assertThat(admin().get("/v1/datasets/" + id + "/rows").statusCode()).isEqualTo(409);
            assertThat(admin().get("/v1/datasets/" + id).statusCode()).as("the description stays").isEqualTo(200);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDeletionThatFailsHalfWayLeavesEveryFileInPlaceAndLogsNothing() throws Exception {
        String id = datasetWithTwoVersions("Bewaartermijn mislukt");
        DatasetId dataset = DatasetId.parse(id);
        admin().putJson("/v1/datasets/" + id + "/retention", Map.of("retentionPeriod", "P6M"));
        VersionFiles v1 = version(dataset, 1);
        String parquetKey = v1.distributions().stream().filter(d -> d.format().equals("parquet")).findFirst()
                .orElseThrow().blobKey();
        Path parquet = blobs.path(parquetKey);
        parquet.toFile().setWritable(true);
        Files.writeString(parquet, "tampered", StandardOpenOption.APPEND);
        String parquetSha = BlobStore.sha256(parquet);
        List<String> files = blobs.versionFiles(dataset.value(), 1);

        clock.moveBy(Duration.ofDays(200));
        try {
            HttpResponse<String> failed = delete(admin(), id, 1, false);
            assertThat(failed.statusCode()).as(failed.body()).isEqualTo(409);
            assertThat(ApiClient.json(failed).get("code").asString()).isEqualTo("privacy.retention.deletion-failed");
            assertThat(failed.body()).contains(parquetKey);

            assertThat(Files.exists(blobs.path(v1.rawKey()))).as("the raw upload, moved first, is back").isTrue();
            assertThat(BlobStore.sha256(blobs.path(v1.rawKey()))).isEqualTo(v1.rawSha256());
            assertThat(blobs.versionFiles(dataset.value(), 1)).isEqualTo(files);
            assertThat(BlobStore.sha256(parquet)).isEqualTo(parquetSha);
            assertThat(version(dataset, 1).dataDeletedAt()).isNull();
            assertThat(ApiClient.json(admin().get("/v1/retention/deletions?dataset=" + id)).get("total").asInt())
                    .isZero();
            assertThat(ApiClient.json(admin().get("/v1/retention/expired")).get("items").toString())
                    .contains(v1.id().toString());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theScheduledRoundDeletesExpiredVersionsButNeverACurrentOne() {
        String id = datasetWithTwoVersions("Bewaartermijn planning");
        DatasetId dataset = DatasetId.parse(id);
        admin().putJson("/v1/datasets/" + id + "/retention", Map.of("retentionPeriod", "P1M"));
        VersionFiles v1 = version(dataset, 1);
        VersionFiles v2 = version(dataset, 2);
        clock.moveBy(Duration.ofDays(40));
        try {
            List<RetentionDeletion> done = retention.deleteExpired(Caller.system("retention"));
            assertThat(done).filteredOn(d -> d.datasetId().equals(dataset))
                    .singleElement().satisfies(d -> {
                        assertThat(d.versionId()).isEqualTo(v1.id());
                        assertThat(d.deletedBy()).isEqualTo("system:retention");
                    });
            assertThat(Files.exists(blobs.path(v1.rawKey()))).isFalse();
            assertThat(Files.exists(blobs.path(v2.rawKey()))).isTrue();
            assertThat(version(dataset, 2).dataDeletedAt()).isNull();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDatasetTakesTheShortestPeriodOfItsProcessingActivitiesUnlessItHasItsOwn() {
        JsonNode job = admin().importFile(Fixtures.file("toezicht.csv", "wijk;aantal\nnoord;1\n",
                StandardCharsets.UTF_8), "Toezicht per wijk", "intern");
        String id = job.get("subjectId").asString();
        for (String period : List.of("P10Y", "P2Y")) {
            HttpResponse<String> made = admin().postJson("/v1/verwerkingsactiviteiten", Map.of("naam",
                    "Activiteit " + period, "doel", "toezicht", "grondslag", "wettelijke-verplichting",
                    "verantwoordelijkeOrganisatie", "GS", "bewaartermijnDuur", period, "datasets", List.of(id)));
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        }
        admin().putJson("/v1/datasets/" + id + "/retention", Map.of("retentionPeriod", ""));
        JsonNode fromActivity = ApiClient.json(admin().get("/v1/datasets/" + id + "/retention"));
        assertThat(fromActivity.get("retentionPeriod").asString()).isEqualTo("P2Y");
        assertThat(fromActivity.get("source").asString()).isEqualTo("processing-activity");
        assertThat(ApiClient.json(admin().putJson("/v1/datasets/" + id + "/retention",
                Map.of("retentionPeriod", "P5Y"))).get("retentionPeriod").asString()).isEqualTo("P5Y");
        HttpResponse<String> bad = admin().putJson("/v1/datasets/" + id + "/retention",
                Map.of("retentionPeriod", "-P1Y"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(bad).get("code").asString()).isEqualTo("privacy.retention.invalid");
        assertThat(anonymous().get("/v1/retention/expired").statusCode()).isEqualTo(401);
        assertThat(accounts().create("mw-r", "medewerker").api().get("/v1/retention/expired").statusCode())
                .isEqualTo(403);
    }

    private String datasetWithTwoVersions(String title) {
        // unique bytes: the blob store keeps identical uploads once, and a shared raw object is kept
        JsonNode first = admin().importFile(Fixtures.file("meldingen.csv", "categorie;aantal\ngeluid;"
                + System.nanoTime() + "\n", StandardCharsets.UTF_8), title, "intern");
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("succeeded");
        String id = first.get("subjectId").asString();
        HttpResponse<String> second = admin().upload("/v1/datasets/" + id + "/versions", Fixtures.file(
                "meldingen.csv", "categorie;aantal\ngeluid;3\nafval;" + System.nanoTime() + "\n",
                StandardCharsets.UTF_8), Map.of());
        assertThat(second.statusCode()).as(second.body()).isEqualTo(202);
        JsonNode job = admin().awaitJob(ApiClient.json(second).get("jobId").asString());
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        return id;
    }

    private VersionFiles version(DatasetId dataset, int number) {
        return catalog.versionFiles(dataset, SYSTEM).stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow();
    }

    private static HttpResponse<String> delete(ApiClient client, String dataset, int version,
            boolean includeCurrent) {
        return client.postJson("/v1/retention/deletions", Map.of("dataset", dataset, "version", version,
                "includeCurrent", includeCurrent));
    }
}
