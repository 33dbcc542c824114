// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.lib.profiling.QualitySummary;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.quality.QualityReport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored quality reports, one per version: profile and checks as JSON text, the summary as columns (table
 * {@code quality_report}, migration V4), stored together with the version's data quality assessment
 * ({@link DataQualityAssessments}). Thread-safe.
 */
@Repository
public class QualityReports {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final DataQualityAssessments assessments;

    QualityReports(JdbcClient jdbc, JsonMapper json, DataQualityAssessments assessments) {
        this.jdbc = jdbc;
        this.json = json;
        this.assessments = assessments;
    }

    /**
     * Stores a version's report, replacing one left by an earlier attempt of the same job, and appends the data
     * quality assessment computed from it: both in one transaction, so that a failure in either leaves neither (and
     * any earlier report of the version as it was).
     *
     * @param assessment the data quality assessment of the version, from the same profile and checks
     * @throws org.springframework.dao.DataAccessException when the database refuses either; nothing is stored then
     */
    @Transactional
    public void save(UUID versionId, DatasetId datasetId, Profile profile, List<CheckResult> checks,
            QualitySummary summary, DataQuality assessment, Instant computedAt) {
        jdbc.sql("delete from quality_report where version_id = :versionId").param("versionId", versionId).update();
        jdbc.sql("""
                insert into quality_report (version_id, dataset_id, computed_at, completeness, validity, checks_passed,
                    checks_failed, findings, profile, checks)
                values (:versionId, :datasetId, :computedAt, :completeness, :validity, :passed, :failed, :findings,
                    :profile, :checks)""")
                .param("versionId", versionId)
                .param("datasetId", datasetId.value())
                .param("computedAt", OffsetDateTime.ofInstant(computedAt, ZoneOffset.UTC))
                .param("completeness", summary.completeness())
                .param("validity", summary.validity())
                .param("passed", summary.passed())
                .param("failed", summary.failed())
                .param("findings", summary.findings())
                .param("profile", json.writeValueAsString(profile))
                .param("checks", json.writeValueAsString(checks))
                .update();
        assessments.save(datasetId, assessment);
    }

    /** The report of a version, if it has been computed. */
    public Optional<QualityReport> find(UUID versionId, int versionNumber) {
        return jdbc.sql("""
                select computed_at, completeness, validity, checks_passed, checks_failed, findings, profile, checks
                from quality_report where version_id = :versionId""")
                .param("versionId", versionId)
                .query((rs, n) -> {
                    List<CheckResult> checks = json.readValue(rs.getString("checks"),
                            new TypeReference<List<CheckResult>>() { });
                    double validity = rs.getDouble("validity");
                    Double validityOrNull = rs.wasNull() ? null : validity;
                    int passed = rs.getInt("checks_passed");
                    int failed = rs.getInt("checks_failed");
                    int findings = rs.getInt("findings");
                    var summary = new QualitySummary(rs.getDouble("completeness"), validityOrNull,
                            passed + failed + findings, passed, failed, findings);
                    return new QualityReport(QualityReport.READY, versionId, versionNumber,
                            rs.getObject("computed_at", OffsetDateTime.class).toInstant(),
                            json.readValue(rs.getString("profile"), Profile.class), checks, summary, null);
                })
                .optional();
    }

    /**
     * The check results of each of the versions whose report has at least one failed check, by version id: one
     * query per call (callers pass a bounded number of ids). Versions without a report or without a failed check are
     * absent.
     */
    public Map<UUID, List<CheckResult>> checksOfFailing(Collection<UUID> versionIds) {
        Map<UUID, List<CheckResult>> checks = new HashMap<>();
        if (versionIds.isEmpty()) {
            return checks;
        }
        jdbc.sql("select version_id, checks from quality_report where version_id in (:ids) and checks_failed > 0")
                .param("ids", versionIds)
                .query((rs, n) -> checks.put(rs.getObject("version_id", UUID.class),
                        json.readValue(rs.getString("checks"), new TypeReference<List<CheckResult>>() { })))
                .list();
        return checks;
    }
}
