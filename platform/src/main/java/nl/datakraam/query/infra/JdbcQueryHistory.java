// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.datakraam.query.QueryHistoryEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Table {@code query_history} (V24): each caller's last {@value #KEPT} queries. */
@Repository
public class JdbcQueryHistory {

    /** Queries kept per caller; older ones are deleted when a new one is written. */
    public static final int KEPT = 100;

    private final JdbcClient jdbc;

    JdbcQueryHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the entry, and deletes the caller's entries beyond the newest {@value #KEPT}. */
    @Transactional
    public void add(String callerId, QueryHistoryEntry entry) {
        jdbc.sql("""
                insert into query_history (id, caller_id, sql_text, started_at, duration_ms, row_count, succeeded,
                    error_code)
                values (:id, :caller, :sql, :startedAt, :duration, :rows, :succeeded, :errorCode)""")
                .param("id", entry.id())
                .param("caller", callerId)
                .param("sql", entry.sql())
                .param("startedAt", OffsetDateTime.ofInstant(entry.startedAt(), ZoneOffset.UTC))
                .param("duration", entry.durationMs())
                .param("rows", entry.rows())
                .param("succeeded", entry.succeeded())
                .param("errorCode", entry.errorCode())
                .update();
        List<UUID> beyond = jdbc.sql("""
                select id from query_history where caller_id = :caller
                order by started_at desc, id desc offset %d rows""".formatted(KEPT))
                .param("caller", callerId).query(UUID.class).list();
        if (!beyond.isEmpty()) {
            jdbc.sql("delete from query_history where id in (:ids)").param("ids", beyond).update();
        }
    }

    /** The caller's entries, newest first. */
    public List<QueryHistoryEntry> of(String callerId) {
        return jdbc.sql("""
                select id, sql_text, started_at, duration_ms, row_count, succeeded, error_code from query_history
                where caller_id = :caller order by started_at desc, id desc fetch first %d rows only""".formatted(KEPT))
                .param("caller", callerId)
                .query((rs, n) -> new QueryHistoryEntry(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4),
                        rs.getObject(5) == null ? null : rs.getLong(5), rs.getBoolean(6), rs.getString(7)))
                .list();
    }
}
