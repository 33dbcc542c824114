// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.privacy.PrivacyFinding;
import nl.datakraam.privacy.PrivacyReport;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the store of privacy scans must do, whichever database holds it: run by {@link FindingsStoreH2IT} (embedded
 * H2) and {@link FindingsStorePostgresIT} (the PostgreSQL server on 127.0.0.1:5432).
 */
abstract class FindingsStoreContract extends PlatformIT {

    private static final Instant T = Instant.parse("2026-11-29T22:15:30.123456Z");

    @Autowired
    Catalog catalog;

    @Autowired
    FindingsStore store;

    @Autowired
    JdbcClient jdbc;

    /** A dataset with one version row written straight into the tables (no file: the store reads none). */
    private UUID aVersion(DatasetId[] dataset) {
        DatasetId id = catalog.register(new NewDataset("Privacy store " + UUID.randomUUID(), null,
                AccessLevel.INTERN, "test"));
        UUID version = UUID.randomUUID();
        jdbc.sql("""
                insert into dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256,
                    raw_size, row_count, table_schema, dialect, issues, created_at)
                values (:id, :dataset, 1, 'personen.xlsx', 'raw', 'sha', 1, 4, '{"fields": [], "missingValues": []}',
                    '{}', '[]', :at)""")
                .param("id", version).param("dataset", id.value())
                .param("at", OffsetDateTime.ofInstant(T, ZoneOffset.UTC)).update();
        dataset[0] = id;
        return version;
    }

    @Test
    void keepsTheFindingsInOrderAndReplacesAnEarlierAttempt() {
        DatasetId[] dataset = new DatasetId[1];
        UUID version = aVersion(dataset);
        assertThat(store.scanned(version)).isFalse();
        assertThat(store.report(version)).isEmpty();

        store.save(version, dataset[0], T, 4, 4, List.of(new PrivacyFinding("bsn", "bsn", 0.3, 0, 4)));
        List<PrivacyFinding> findings = List.of(
                new PrivacyFinding("e-mail adres", "email", 0.95, 3, 1000),
                new PrivacyFinding("opmerking", "free-text", 0.87, 412, 1000),
                new PrivacyFinding(null, "office-metadata", 1.0, 3, 1000,
                        List.of("creator", "lastModifiedBy", "absPath")));
        store.save(version, dataset[0], T, 1000, 250_000, findings);

        assertThat(store.scanned(version)).isTrue();
        assertThat(store.findings(version)).containsExactlyElementsOf(findings);
        PrivacyReport report = store.report(version).orElseThrow();
        assertThat(report.scanned()).isTrue();
        assertThat(report.failed()).isFalse();
        assertThat(report.scannedAt()).isEqualTo(T.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(report.rowsScanned()).isEqualTo(1000);
        assertThat(report.rowsInFile()).isEqualTo(250_000);
        assertThat(report.sampled()).isTrue();
        assertThat(report.findings()).containsExactlyElementsOf(findings);
    }

    @Test
    void aFailedScanCountsAsNotScannedAndKeepsNoFindings() {
        DatasetId[] dataset = new DatasetId[1];
        UUID version = aVersion(dataset);
        store.save(version, dataset[0], T, 4, 4, List.of(new PrivacyFinding("naam", "person-name", 0.9, 4, 4)));

        store.failed(version, dataset[0], T.plusSeconds(60));

        assertThat(store.scanned(version)).isFalse();
        assertThat(store.findings(version)).isEmpty();
        PrivacyReport report = store.report(version).orElseThrow();
        assertThat(report.failed()).isTrue();
        assertThat(report.scanned()).isFalse();
        assertThat(report.findings()).isEmpty();
    }
}
