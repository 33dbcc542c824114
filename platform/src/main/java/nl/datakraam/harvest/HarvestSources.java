// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code harvest_source} and {@code harvest_record} (V22). */
@Repository
class HarvestSources {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HarvestSources(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void add(HarvestSource source) {
        jdbc.sql("""
                insert into harvest_source (id, name, kind, url, run_interval, organisation_id, created_by, created_at,
                    next_run_at)
                values (:id, :name, :kind, :url, :interval, :organisation, :createdBy, :createdAt, :nextRunAt)""")
                .param("id", source.id())
                .param("name", source.name())
                .param("kind", source.kind().code())
                .param("url", source.url())
                .param("interval", source.interval().toString())
                .param("organisation", source.organisation())
                .param("createdBy", source.createdBy())
                .param("createdAt", utc(source.createdAt()))
                .param("nextRunAt", utc(source.nextRunAt()))
                .update();
    }

    List<HarvestSource> all() {
        return jdbc.sql("select * from harvest_source order by name, id").query((rs, n) -> source(rs)).list();
    }

    Optional<HarvestSource> find(String id) {
        return jdbc.sql("select * from harvest_source where id = :id").param("id", id)
                .query((rs, n) -> source(rs)).optional();
    }

    List<String> due(Instant now) {
        return jdbc.sql("select id from harvest_source where next_run_at <= :now order by next_run_at")
                .param("now", utc(now)).query(String.class).list();
    }

    void finished(String id, HarvestRun run, Instant nextRunAt) {
        jdbc.sql("update harvest_source set last_run = :run, next_run_at = :next where id = :id")
                .param("run", json.writeValueAsString(run))
                .param("next", utc(nextRunAt))
                .param("id", id)
                .update();
    }

    /** What each record of the source became: original identifier → dataset and fingerprint. */
    Map<String, Imported> records(String sourceId) {
        Map<String, Imported> records = new java.util.HashMap<>();
        jdbc.sql("select original_id, dataset_id, content_hash from harvest_record where source_id = :source")
                .param("source", sourceId)
                .query((rs, n) -> records.put(rs.getString(1), new Imported(new DatasetId(rs.getObject(2,
                        UUID.class)), rs.getString(3))))
                .list();
        return records;
    }

    void saveRecord(String sourceId, String original, DatasetId dataset, String fingerprint) {
        int updated = jdbc.sql("""
                update harvest_record set dataset_id = :dataset, content_hash = :hash
                where source_id = :source and original_id = :original""")
                .param("dataset", dataset.value()).param("hash", fingerprint).param("source", sourceId)
                .param("original", original).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into harvest_record (source_id, original_id, dataset_id, content_hash)
                    values (:source, :original, :dataset, :hash)""")
                    .param("dataset", dataset.value()).param("hash", fingerprint).param("source", sourceId)
                    .param("original", original).update();
        }
    }

    /** A record imported before: its dataset, and the fingerprint of what was imported. */
    record Imported(DatasetId dataset, String fingerprint) {
    }

    private HarvestSource source(ResultSet rs) throws SQLException {
        String run = rs.getString("last_run");
        return new HarvestSource(rs.getString("id"), rs.getString("name"), HarvestKind.fromCode(rs.getString("kind")),
                rs.getString("url"), Duration.parse(rs.getString("run_interval")), rs.getString("organisation_id"),
                rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("next_run_at", OffsetDateTime.class).toInstant(),
                run == null ? null : json.readValue(run, HarvestRun.class));
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
