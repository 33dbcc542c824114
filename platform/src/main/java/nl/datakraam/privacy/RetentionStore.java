// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code dataset_retention} and {@code retention_deletion} (V33). */
@Repository
class RetentionStore {

    private static final TypeReference<List<RetentionDeletion.File>> FILES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RetentionStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Period> periodOf(DatasetId dataset) {
        return jdbc.sql("select retention_period from dataset_retention where dataset_id = :id")
                .param("id", dataset.value()).query(String.class).optional().map(Period::parse);
    }

    List<DatasetId> datasetsWithPeriod() {
        return jdbc.sql("select dataset_id from dataset_retention")
                .query((rs, n) -> new DatasetId(rs.getObject(1, UUID.class))).list();
    }

    void setPeriod(DatasetId dataset, @Nullable Period period, String by, java.time.Instant at) {
        jdbc.sql("delete from dataset_retention where dataset_id = :id").param("id", dataset.value()).update();
        if (period != null) {
            jdbc.sql("""
                    insert into dataset_retention (dataset_id, retention_period, set_by, set_at)
                    values (:id, :period, :by, :at)""")
                    .param("id", dataset.value()).param("period", period.toString()).param("by", by)
                    .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        }
    }

    void insert(RetentionDeletion d) {
        jdbc.sql("""
                insert into retention_deletion (id, dataset_id, version_id, version_number, was_current,
                    retention_period, expired_at, deleted_by, deleted_at, files)
                values (:id, :dataset, :version, :number, :current, :period, :expiredAt, :by, :at, :files)""")
                .param("id", d.id()).param("dataset", d.datasetId().value()).param("version", d.versionId())
                .param("number", d.versionNumber()).param("current", d.wasCurrent()).param("period", d.period())
                .param("expiredAt", OffsetDateTime.ofInstant(d.expiredAt(), ZoneOffset.UTC))
                .param("by", d.deletedBy()).param("at", OffsetDateTime.ofInstant(d.deletedAt(), ZoneOffset.UTC))
                .param("files", json.writeValueAsString(d.files()))
                .update();
    }

    /** The deletion log, newest first, optionally of one dataset. */
    List<RetentionDeletion> deletions(@Nullable DatasetId dataset) {
        return jdbc.sql("select * from retention_deletion"
                + (dataset == null ? "" : " where dataset_id = :dataset") + " order by deleted_at desc, id")
                .params(dataset == null ? Map.of() : Map.of("dataset", dataset.value()))
                .query((rs, n) -> new RetentionDeletion(rs.getObject("id", UUID.class),
                        new DatasetId(rs.getObject("dataset_id", UUID.class)), rs.getObject("version_id", UUID.class),
                        rs.getInt("version_number"), rs.getBoolean("was_current"), rs.getString("retention_period"),
                        rs.getObject("expired_at", OffsetDateTime.class).toInstant(), rs.getString("deleted_by"),
                        rs.getObject("deleted_at", OffsetDateTime.class).toInstant(),
                        json.readValue(rs.getString("files"), FILES)))
                .list();
    }
}
