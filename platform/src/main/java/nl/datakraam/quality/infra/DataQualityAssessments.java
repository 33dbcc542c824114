// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.quality.DataQuality;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored data quality assessments (table {@code data_quality_assessment}, migration V8): the history of a
 * dataset's scores, one row per assessment, never changed afterwards. Thread-safe.
 */
@Repository
public class DataQualityAssessments {

    private final JdbcClient jdbc;

    DataQualityAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Appends an assessment of a version of the dataset. */
    public void save(DatasetId datasetId, DataQuality quality) {
        DataQuality.Dimensions dimensions = quality.dimensions();
        jdbc.sql("""
                insert into data_quality_assessment (id, dataset_id, version_id, version_number, formula_version,
                    assessed_at, completeness, validity, uniqueness, timeliness, total)
                values (:id, :datasetId, :versionId, :version, :formula, :assessedAt, :completeness, :validity,
                    :uniqueness, :timeliness, :total)""")
                .param("id", UUID.randomUUID())
                .param("datasetId", datasetId.value())
                .param("versionId", quality.versionId())
                .param("version", quality.version())
                .param("formula", quality.formulaVersion())
                .param("assessedAt", OffsetDateTime.ofInstant(quality.assessedAt(), ZoneOffset.UTC))
                .param("completeness", dimensions.completeness())
                .param("validity", dimensions.validity())
                .param("uniqueness", dimensions.uniqueness())
                .param("timeliness", dimensions.timeliness())
                .param("total", quality.total())
                .update();
    }

    /** Every assessment of the dataset, newest first (one query). */
    public List<DataQuality> history(DatasetId datasetId) {
        return jdbc.sql("""
                select version_id, version_number, formula_version, assessed_at, completeness, validity, uniqueness,
                    timeliness, total
                from data_quality_assessment where dataset_id = :datasetId
                order by assessed_at desc, version_number desc""")
                .param("datasetId", datasetId.value())
                .query((rs, n) -> toDataQuality(rs))
                .list();
    }

    /**
     * The latest stored assessment of each of the versions that has one, by version id: one query per call (callers
     * pass a bounded number of ids; {@code QualityDashboard} passes at most 500). Of two assessments of one version
     * the later counts, and of two at the same moment the one with the greater id.
     */
    public Map<UUID, DataQuality> latestOfVersions(Collection<UUID> versionIds) {
        Map<UUID, DataQuality> latest = new HashMap<>();
        if (versionIds.isEmpty()) {
            return latest;
        }
        jdbc.sql("""
                select version_id, version_number, formula_version, assessed_at, completeness, validity, uniqueness,
                    timeliness, total
                from data_quality_assessment where version_id in (:ids)
                order by version_id, assessed_at, id""")
                .param("ids", versionIds)
                .query((rs, n) -> toDataQuality(rs))
                .list()
                .forEach(quality -> latest.put(quality.versionId(), quality));
        return latest;
    }

    private static DataQuality toDataQuality(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new DataQuality(rs.getObject("version_id", UUID.class), rs.getInt("version_number"),
                new DataQuality.Dimensions(rs.getDouble("completeness"), nullable(rs, "validity"),
                        nullable(rs, "uniqueness"), nullable(rs, "timeliness")),
                rs.getDouble("total"), rs.getInt("formula_version"),
                rs.getObject("assessed_at", OffsetDateTime.class).toInstant());
    }

    private static @Nullable Double nullable(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
