// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.datakraam.query.SavedQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code saved_query} table (V25). Plain storage: who may see what is decided by {@code SavedQueries}. */
@Repository
public class SavedQueryStore {

    private final JdbcClient jdbc;

    public SavedQueryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new query, as given. */
    public void insert(SavedQuery query) {
        jdbc.sql("""
                insert into saved_query (id, owner, title, description, sql_text, builder, created_at, modified_at,
                    last_run_at, last_run_rows, last_run_truncated)
                values (:id, :owner, :title, :description, :sql, :builder, :createdAt, :modifiedAt, :lastRunAt,
                    :rows, :truncated)""")
                .param("id", query.id())
                .param("owner", query.owner())
                .param("title", query.title())
                .param("description", query.description())
                .param("sql", query.sql())
                .param("builder", query.builder())
                .param("createdAt", timestamp(query.createdAt()))
                .param("modifiedAt", timestamp(query.modifiedAt()))
                .param("lastRunAt", timestamp(query.lastRunAt()))
                .param("rows", query.lastRunRows())
                .param("truncated", query.lastRunTruncated())
                .update();
    }

    /**
     * Replaces title, description, SQL, builder state, modification and last run of a stored query.
     *
     * @return false when there is no such query
     */
    public boolean update(SavedQuery query) {
        return jdbc.sql("""
                update saved_query set title = :title, description = :description, sql_text = :sql,
                    builder = :builder, modified_at = :modifiedAt, last_run_at = :lastRunAt, last_run_rows = :rows,
                    last_run_truncated = :truncated
                where id = :id""")
                .param("id", query.id())
                .param("title", query.title())
                .param("description", query.description())
                .param("sql", query.sql())
                .param("builder", query.builder())
                .param("modifiedAt", timestamp(query.modifiedAt()))
                .param("lastRunAt", timestamp(query.lastRunAt()))
                .param("rows", query.lastRunRows())
                .param("truncated", query.lastRunTruncated())
                .update() == 1;
    }

    /** @return false when there was no such query */
    public boolean delete(UUID id) {
        return jdbc.sql("delete from saved_query where id = :id").param("id", id).update() == 1;
    }

    public Optional<SavedQuery> find(UUID id) {
        return jdbc.sql("select * from saved_query where id = :id").param("id", id).query((rs, n) -> toQuery(rs))
                .optional();
    }

    /** The queries of one owner, or of everyone when {@code owner} is null; most recently changed first. */
    public List<SavedQuery> list(@Nullable String owner) {
        return jdbc.sql("select * from saved_query" + (owner == null ? "" : " where owner = :owner")
                        + " order by modified_at desc, id")
                .params(owner == null ? java.util.Map.of() : java.util.Map.of("owner", owner))
                .query((rs, n) -> toQuery(rs))
                .list();
    }

    private static SavedQuery toQuery(ResultSet rs) throws SQLException {
        long rows = rs.getLong("last_run_rows");
        Long lastRunRows = rs.wasNull() ? null : rows;
        return new SavedQuery(rs.getObject("id", UUID.class), rs.getString("owner"), rs.getString("title"),
                rs.getString("description"), rs.getString("sql_text"), rs.getString("builder"),
                instant(rs, "created_at"), instant(rs, "modified_at"), nullableInstant(rs, "last_run_at"),
                lastRunRows, rs.getBoolean("last_run_truncated"));
    }

    static @Nullable OffsetDateTime timestamp(@Nullable Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
