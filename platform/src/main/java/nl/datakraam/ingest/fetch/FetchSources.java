// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.StoredArguments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The {@code fetch_source} table. */
@Repository
class FetchSources {

    private static final int MESSAGE_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FetchSources(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(FetchSource source, String createdBy, Instant now) {
        jdbc.sql("""
                insert into fetch_source (dataset_id, url, schedule, review, etag, last_modified, last_fetched_at,
                    last_status, last_message, last_message_code, last_message_arguments, last_job_id, created_by,
                    created_at)
                values (:id, :url, :schedule, :review, :etag, :lastModified, :fetchedAt, :status, :message,
                    :messageCode, :messageArguments, :jobId, :createdBy, :now)""")
                .param("id", source.datasetId().value())
                .param("url", source.url().toString())
                .param("schedule", source.schedule().code())
                .param("review", source.review())
                .param("etag", source.etag())
                .param("lastModified", source.lastModified())
                .param("fetchedAt", time(source.lastFetchedAt()))
                .param("status", source.lastStatus() == null ? null : source.lastStatus().code())
                .param("message", cut(source.lastMessage()))
                .param("messageCode", source.lastMessageCode())
                .param("messageArguments", StoredArguments.write(json, source.lastMessageArguments()))
                .param("jobId", source.lastJobId())
                .param("createdBy", createdBy)
                .param("now", time(now))
                .update();
    }

    Optional<FetchSource> find(DatasetId id) {
        return jdbc.sql("select * from fetch_source where dataset_id = :id").param("id", id.value())
                .query(this::row).optional();
    }

    /** Every source with a schedule; few enough to choose the due ones in Java ({@link DueSelection}). */
    List<FetchSource> scheduled() {
        return jdbc.sql("select * from fetch_source where schedule <> 'none'").query(this::row).list();
    }

    /** A file was received and queued as a new version: its validators replace the old ones. */
    void recordFetched(DatasetId id, Instant at, Message message, UUID jobId, @Nullable String etag,
            @Nullable String lastModified) {
        jdbc.sql("""
                update fetch_source set last_fetched_at = :at, last_status = :status, last_message = :message,
                    last_message_code = :messageCode, last_message_arguments = :messageArguments,
                    last_job_id = :jobId, etag = :etag, last_modified = :lastModified
                where dataset_id = :id""")
                .param("at", time(at))
                .param("status", FetchStatus.FETCHED.code())
                .param("message", cut(message.english()))
                .param("messageCode", message.code())
                .param("messageArguments", StoredArguments.write(json, message.arguments()))
                .param("jobId", jobId)
                .param("etag", etag)
                .param("lastModified", lastModified)
                .param("id", id.value())
                .update();
    }

    /** Not modified, or failed: the validators and the last job stay. */
    void record(DatasetId id, Instant at, FetchStatus status, Message message) {
        jdbc.sql("""
                update fetch_source set last_fetched_at = :at, last_status = :status, last_message = :message,
                    last_message_code = :messageCode, last_message_arguments = :messageArguments
                where dataset_id = :id""")
                .param("at", time(at))
                .param("status", status.code())
                .param("message", cut(message.english()))
                .param("messageCode", message.code())
                .param("messageArguments", StoredArguments.write(json, message.arguments()))
                .param("id", id.value())
                .update();
    }

    private FetchSource row(ResultSet rs, int row) throws SQLException {
        OffsetDateTime fetchedAt = rs.getObject("last_fetched_at", OffsetDateTime.class);
        String status = rs.getString("last_status");
        return new FetchSource(new DatasetId(rs.getObject("dataset_id", UUID.class)), URI.create(rs.getString("url")),
                FetchSchedule.fromCode(rs.getString("schedule")), rs.getBoolean("review"), rs.getString("etag"),
                rs.getString("last_modified"), fetchedAt == null ? null : fetchedAt.toInstant(),
                status == null ? null : FetchStatus.fromCode(status), rs.getString("last_message"),
                rs.getObject("last_job_id", UUID.class), rs.getString("last_message_code"),
                StoredArguments.read(json, rs.getString("last_message_arguments")));
    }

    private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** A message's English as stored, cut to the column's size. */
    private static @Nullable String cut(@Nullable String english) {
        return english == null || english.length() <= MESSAGE_LENGTH ? english
                : english.substring(0, MESSAGE_LENGTH - 1) + "…";
    }
}
