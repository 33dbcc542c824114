// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.PrivacyFinding;
import nl.datakraam.privacy.PrivacyReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored privacy scans and findings, per version (tables {@code privacy_scan} and {@code privacy_finding},
 * migration V29). Holds no value of the data. Thread-safe.
 */
@Repository
public class FindingsStore {

    private final JdbcClient jdbc;

    FindingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a version's scan, replacing one left by an earlier attempt of the same job, in one transaction.
     *
     * @throws org.springframework.dao.DataAccessException when the database refuses it; nothing is stored then
     */
    @Transactional
    public void save(UUID versionId, DatasetId datasetId, Instant scannedAt, long rowsScanned, long rowsInFile,
            List<PrivacyFinding> findings) {
        jdbc.sql("delete from privacy_finding where version_id = :v").param("v", versionId).update();
        jdbc.sql("delete from privacy_scan where version_id = :v").param("v", versionId).update();
        jdbc.sql("""
                insert into privacy_scan (version_id, dataset_id, status, scanned_at, rows_scanned, rows_in_file)
                values (:v, :d, 'done', :at, :scanned, :total)""")
                .param("v", versionId)
                .param("d", datasetId.value())
                .param("at", OffsetDateTime.ofInstant(scannedAt, ZoneOffset.UTC))
                .param("scanned", rowsScanned)
                .param("total", rowsInFile)
                .update();
        int position = 0;
        for (PrivacyFinding finding : findings) {
            jdbc.sql("""
                    insert into privacy_finding (version_id, position, field, detector, confidence, finding_count,
                        rows_scanned, properties)
                    values (:v, :position, :field, :detector, :confidence, :count, :rows, :properties)""")
                    .param("v", versionId)
                    .param("position", position++)
                    .param("field", finding.field())
                    .param("detector", finding.detector())
                    .param("confidence", finding.confidence())
                    .param("count", finding.count())
                    .param("rows", finding.rowsScanned())
                    .param("properties", finding.properties().isEmpty() ? null
                            : String.join(",", finding.properties()))
                    .update();
        }
    }

    /**
     * Records that the version's scan could not finish (replacing an earlier attempt's record): it counts as not
     * scanned, and the page says it failed.
     */
    @Transactional
    public void failed(UUID versionId, DatasetId datasetId, Instant at) {
        jdbc.sql("delete from privacy_finding where version_id = :v").param("v", versionId).update();
        jdbc.sql("delete from privacy_scan where version_id = :v").param("v", versionId).update();
        jdbc.sql("""
                insert into privacy_scan (version_id, dataset_id, status, scanned_at, rows_scanned, rows_in_file)
                values (:v, :d, 'failed', :at, 0, 0)""")
                .param("v", versionId)
                .param("d", datasetId.value())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /** Whether the version's scan has finished. */
    public boolean scanned(UUID versionId) {
        return jdbc.sql("select count(*) from privacy_scan where version_id = :v and status = 'done'")
                .param("v", versionId).query(Long.class).single() > 0;
    }

    /** The findings of a version in stored order; empty when not scanned or nothing found. */
    public List<PrivacyFinding> findings(UUID versionId) {
        return jdbc.sql("""
                select field, detector, confidence, finding_count, rows_scanned, properties
                from privacy_finding where version_id = :v order by position""")
                .param("v", versionId)
                .query((rs, n) -> {
                    String properties = rs.getString("properties");
                    return new PrivacyFinding(rs.getString("field"), rs.getString("detector"),
                            rs.getDouble("confidence"), rs.getLong("finding_count"), rs.getLong("rows_scanned"),
                            properties == null || properties.isEmpty() ? List.of()
                                    : Arrays.asList(properties.split(",")));
                })
                .list();
    }

    /** The scan of a version with its findings, if it has finished or failed. */
    public Optional<PrivacyReport> report(UUID versionId) {
        return jdbc.sql("""
                select status, scanned_at, rows_scanned, rows_in_file from privacy_scan where version_id = :v""")
                .param("v", versionId)
                .query((rs, n) -> {
                    boolean done = rs.getString("status").equals("done");
                    long scanned = rs.getLong("rows_scanned");
                    long total = rs.getLong("rows_in_file");
                    return new PrivacyReport(versionId, done, !done,
                            rs.getObject("scanned_at", OffsetDateTime.class).toInstant(), scanned, total,
                            scanned < total, done ? findings(versionId) : List.of());
                })
                .optional();
    }
}
