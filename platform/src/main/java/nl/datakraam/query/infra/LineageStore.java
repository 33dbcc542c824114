// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import static nl.datakraam.query.infra.SavedQueryStore.instant;
import static nl.datakraam.query.infra.SavedQueryStore.nullableInstant;
import static nl.datakraam.query.infra.SavedQueryStore.timestamp;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.shared.StoredArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tables {@code derived_dataset}, {@code derived_run} and {@code dataset_lineage} (V25). Plain storage: access
 * decisions are {@code DerivedDatasets}'.
 */
@Repository
public class LineageStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public LineageStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * A derived dataset as stored.
     *
     * @param savedQueryId the saved query it was made of; null once that query is deleted
     * @param errorCode    message code of the last refresh's failure; null after success or before any refresh
     */
    public record Derived(UUID datasetId, @Nullable UUID savedQueryId, String owner, String sql, Instant createdAt,
            @Nullable Instant refreshedAt, @Nullable String errorCode, Map<String, Object> errorArguments,
            @Nullable String errorMessage) {
    }

    /** A run that wrote (or is writing) a derived version; {@code versionId} is null until its ingest commits. */
    public record Run(UUID id, UUID datasetId, UUID jobId, String rawSha256, @Nullable UUID versionId,
            Instant createdAt) {
    }

    /** One source version a run read. */
    public record Source(UUID datasetId, UUID versionId, int versionNumber) {
    }

    public void insertDerived(UUID datasetId, @Nullable UUID savedQueryId, String owner, String sql, Instant now) {
        jdbc.sql("""
                insert into derived_dataset (dataset_id, saved_query_id, owner, sql_text, created_at)
                values (:id, :query, :owner, :sql, :now)""")
                .param("id", datasetId)
                .param("query", savedQueryId)
                .param("owner", owner)
                .param("sql", sql)
                .param("now", timestamp(now))
                .update();
    }

    public Optional<Derived> derived(UUID datasetId) {
        return jdbc.sql("select * from derived_dataset where dataset_id = :id")
                .param("id", datasetId)
                .query((rs, n) -> new Derived(rs.getObject("dataset_id", UUID.class),
                        rs.getObject("saved_query_id", UUID.class), rs.getString("owner"), rs.getString("sql_text"),
                        instant(rs, "created_at"), nullableInstant(rs, "refreshed_at"),
                        rs.getString("refresh_error_code"),
                        StoredArguments.read(json, rs.getString("refresh_error_arguments")),
                        rs.getString("refresh_error_message")))
                .optional();
    }

    /** Which of these datasets are derived. */
    public java.util.Set<UUID> derivedAmong(java.util.Collection<UUID> datasetIds) {
        if (datasetIds.isEmpty()) {
            return java.util.Set.of();
        }
        return java.util.Set.copyOf(jdbc.sql("select dataset_id from derived_dataset where dataset_id in (:ids)")
                .param("ids", datasetIds)
                .query(UUID.class)
                .list());
    }

    /** Records a run and the source versions it read. */
    public void insertRun(Run run, List<Source> sources) {
        jdbc.sql("""
                insert into derived_run (id, dataset_id, job_id, raw_sha256, version_id, created_at)
                values (:id, :dataset, :job, :sha, :version, :now)""")
                .param("id", run.id())
                .param("dataset", run.datasetId())
                .param("job", run.jobId())
                .param("sha", run.rawSha256())
                .param("version", run.versionId())
                .param("now", timestamp(run.createdAt()))
                .update();
        for (Source source : sources) {
            jdbc.sql("""
                    insert into dataset_lineage (run_id, source_dataset_id, source_version_id, source_version_number)
                    values (:run, :dataset, :version, :number)""")
                    .param("run", run.id())
                    .param("dataset", source.datasetId())
                    .param("version", source.versionId())
                    .param("number", source.versionNumber())
                    .update();
        }
    }

    /**
     * Gives the newest run of the dataset that wrote a file with this SHA-256 and has no version yet its version.
     *
     * @return false when there is no such run (not a derived dataset, or a version made otherwise)
     */
    public boolean attachVersion(UUID datasetId, String rawSha256, UUID versionId) {
        Optional<UUID> run = jdbc.sql("""
                select id from derived_run where dataset_id = :dataset and raw_sha256 = :sha and version_id is null
                order by created_at desc, id limit 1""")
                .param("dataset", datasetId)
                .param("sha", rawSha256)
                .query(UUID.class)
                .optional();
        run.ifPresent(id -> jdbc.sql("update derived_run set version_id = :version where id = :id")
                .param("version", versionId).param("id", id).update());
        return run.isPresent();
    }

    /**
     * The run that made this version of the dataset; when none did (its ingest has not committed yet), the newest
     * run.
     */
    public Optional<Run> runOf(UUID datasetId, @Nullable UUID versionId) {
        return jdbc.sql("""
                select * from derived_run where dataset_id = :dataset
                order by case when version_id = :version then 0 else 1 end, created_at desc, id limit 1""")
                .param("dataset", datasetId)
                .param("version", versionId)
                .query((rs, n) -> new Run(rs.getObject("id", UUID.class), rs.getObject("dataset_id", UUID.class),
                        rs.getObject("job_id", UUID.class), rs.getString("raw_sha256"),
                        rs.getObject("version_id", UUID.class), instant(rs, "created_at")))
                .optional();
    }

    /** The source versions a run read, in the order of their dataset ids. */
    public List<Source> sources(UUID runId) {
        return jdbc.sql("""
                select source_dataset_id, source_version_id, source_version_number from dataset_lineage
                where run_id = :run order by source_dataset_id""")
                .param("run", runId)
                .query((rs, n) -> new Source(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3)))
                .list();
    }

    /** The derived datasets any of whose runs read the dataset. */
    public List<UUID> derivedReading(UUID sourceDatasetId) {
        return jdbc.sql("""
                select distinct r.dataset_id from dataset_lineage l join derived_run r on r.id = l.run_id
                join derived_dataset d on d.dataset_id = r.dataset_id
                where l.source_dataset_id = :source""")
                .param("source", sourceDatasetId)
                .query(UUID.class)
                .list();
    }

    /** Records a refresh that queued a new version: clears a previous failure. */
    public void refreshed(UUID datasetId, Instant at) {
        jdbc.sql("""
                update derived_dataset set refreshed_at = :at, refresh_error_code = null,
                    refresh_error_arguments = null, refresh_error_message = null
                where dataset_id = :id""")
                .param("at", timestamp(at))
                .param("id", datasetId)
                .update();
    }

    /** Records why a refresh failed. */
    public void refreshFailed(UUID datasetId, String code, Map<String, ?> arguments, String message, Instant at) {
        jdbc.sql("""
                update derived_dataset set refreshed_at = :at, refresh_error_code = :code,
                    refresh_error_arguments = :arguments, refresh_error_message = :message
                where dataset_id = :id""")
                .param("at", timestamp(at))
                .param("code", code)
                .param("arguments", StoredArguments.write(json, arguments))
                .param("message", message.length() > 2000 ? message.substring(0, 2000) : message)
                .param("id", datasetId)
                .update();
    }

    /** Forgets the saved query of derived datasets made from it (the query was deleted; the datasets stay). */
    public void forgetQuery(UUID savedQueryId) {
        jdbc.sql("update derived_dataset set saved_query_id = null where saved_query_id = :query")
                .param("query", savedQueryId)
                .update();
    }
}
