// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.access.infra;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import nl.datakraam.access.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log's tables ({@code audit_entry}, {@code audit_head}; migration V21). Appends lock the one
 * {@code audit_head} row ({@code select ... for update}) in the transaction that inserts the entry, so that appends
 * from any thread or node are serialised: {@code seq} has no gaps and every entry links to the one before. Nothing
 * here updates or deletes an entry. Reads stream in {@code seq} order with a fetch size, in constant memory.
 */
@Repository
public class AuditStore {

    /** Rows fetched per round trip when streaming; PostgreSQL uses a cursor only inside a transaction. */
    private static final int FETCH_SIZE = 1000;

    private static final String COLUMNS = "seq, at, actor, actor_roles, origin, action, dataset_id, version_id,"
            + " channel, outcome, details, prev_hash, hash";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    AuditStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        var template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
    }

    /** The end of the chain: the last entry's {@code seq} and hash ({@code 0} and 64 zeros when empty). */
    public record Head(long seq, String hash) {
    }

    /**
     * Appends an entry after the current head, in the caller's transaction when there is one (so that the entry and
     * the change it records commit or roll back together), else in its own. The head row stays locked until that
     * transaction ends.
     *
     * @param draft the entry's fields; {@code seq}, {@code prevHash} and {@code hash} are ignored and set here
     * @return the entry as stored
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry append(AuditEntry draft) {
        return appendAfterHead(draft);
    }

    /**
     * As {@link #append}, but always in a transaction of its own, committed before this returns: for a record made
     * inside a read-only transaction (a read of non-public data), which cannot insert.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public AuditEntry appendInOwnTransaction(AuditEntry draft) {
        return appendAfterHead(draft);
    }

    private AuditEntry appendAfterHead(AuditEntry draft) {
        Head head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
        AuditEntry entry = new AuditEntry(head.seq() + 1, draft.at(), draft.actor(), draft.actorRoles(),
                draft.origin(), draft.action(), draft.datasetId(), draft.versionId(), draft.channel(),
                draft.outcome(), draft.details(), head.hash(), "").sealed();
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (:seq, :at, :actor, :roles, :origin, :action,"
                        + " :dataset, :version, :channel, :outcome, :details, :prev, :hash)")
                .param("seq", entry.seq())
                .param("at", OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("roles", entry.actorRoles())
                .param("origin", entry.origin())
                .param("action", entry.action())
                .param("dataset", entry.datasetId())
                .param("version", entry.versionId())
                .param("channel", entry.channel())
                .param("outcome", entry.outcome())
                .param("details", entry.details())
                .param("prev", entry.prevHash())
                .param("hash", entry.hash())
                .update();
        jdbc.sql("update audit_head set seq = :seq, hash = :hash where id = 1")
                .param("seq", entry.seq())
                .param("hash", entry.hash())
                .update();
        return entry;
    }

    public Head head() {
        return jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2))).single();
    }

    /**
     * Streams the entries with {@code seq <= upTo} in {@code seq} order, in one read-only transaction.
     */
    @Transactional(readOnly = true)
    public void forEachUpTo(long upTo, Consumer<AuditEntry> consumer) {
        streaming.sql("select " + COLUMNS + " from audit_entry where seq <= :upTo order by seq")
                .param("upTo", upTo)
                .query(rs -> {
                    consumer.accept(entry(rs));
                });
    }

    /**
     * Streams the entries recorded at or after {@code from} and before {@code to} (either may be absent) in
     * {@code seq} order, in one read-only transaction.
     */
    @Transactional(readOnly = true)
    public void forEachBetween(@Nullable Instant from, @Nullable Instant to, Consumer<AuditEntry> consumer) {
        streaming.sql("select " + COLUMNS + " from audit_entry where (cast(:from as timestamp with time zone) is null"
                        + " or at >= :from) and (cast(:to as timestamp with time zone) is null or at < :to)"
                        + " order by seq")
                .param("from", from == null ? null : OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
                .param("to", to == null ? null : OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
                .query(rs -> {
                    consumer.accept(entry(rs));
                });
    }

    /**
     * The lowest {@code seq} beyond the head, or null: an entry there was not appended through {@link #append}.
     * One statement, so that it sees the head and the entries at the same moment.
     */
    public @Nullable Long firstBeyondHead() {
        return jdbc.sql("select min(seq) from audit_entry where seq > (select seq from audit_head where id = 1)")
                .query((rs, row) -> {
                    long seq = rs.getLong(1);
                    return rs.wasNull() ? null : seq;
                }).optional().orElse(null);
    }

    /**
     * The newest entries first, optionally only those of one actor and/or one dataset.
     *
     * @param limit  entries on the page
     * @param offset entries skipped
     */
    public List<AuditEntry> latest(@Nullable String actor, @Nullable UUID datasetId, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where (cast(:actor as varchar) is null or actor ="
                        + " :actor) and (cast(:dataset as uuid) is null or dataset_id = :dataset)"
                        + " order by seq desc limit :limit offset :offset")
                .param("actor", actor)
                .param("dataset", datasetId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> entry(rs)).list();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("actor_roles"), rs.getString("origin"), rs.getString("action"),
                rs.getObject("dataset_id", UUID.class), rs.getObject("version_id", UUID.class),
                rs.getString("channel"), rs.getString("outcome"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }
}
