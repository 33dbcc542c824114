// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.query.QueryResult;
import nl.datakraam.shared.DatalabCode;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The source of a chart or key figure: a builder question or SQL, checked when saved (it runs as the one saving;
 * it reads only openbaar datasets if it is to be openbaar) and run as the viewer when shown.
 */
@Component
class Sources {

    /** A checked source: the SQL it runs, the answer it gave its maker, the datasets it reads. */
    record Resolved(@Nullable BuilderQuery builder, String sql, QueryResult answer, List<String> reads) {
    }

    private final Builder builder;

    Sources(Builder builder) {
        this.builder = builder;
    }

    /**
     * Checks a source by running it as the caller.
     *
     * @param what   {@code chart} or {@code figure}, for the message
     * @param level  the level of what shows it: for {@code openbaar}, every dataset read must be openbaar
     * @throws PlatformException {@link ErrorCode#DATALAB_INVALID} ({@link DatalabCode#SOURCE_MISSING}) without a
     *     source, {@link ErrorCode#DATALAB_NOT_PUBLIC} ({@link DatalabCode#NOT_PUBLIC_DATA}) for an openbaar one
     *     reading other data, and as {@link Builder#sql} and {@link Builder#runSql}
     */
    Resolved resolve(@Nullable BuilderQuery question, @Nullable String sql, String what, AccessLevel level,
            Caller caller) {
        String text;
        if (question != null) {
            text = builder.sql(question, caller);
        } else if (sql != null && !sql.isBlank()) {
            text = sql.strip();
        } else {
            throw new PlatformException(ErrorCode.DATALAB_INVALID, DatalabCode.SOURCE_MISSING, Map.of("what", what));
        }
        QueryResult answer = builder.runSql(text, caller);
        List<ReadableTable> reads = builder.reads(text, caller);
        requirePublic(level, reads);
        return new Resolved(question, text, answer, reads.stream().map(ReadableTable::tableName).toList());
    }

    /**
     * @throws PlatformException {@link ErrorCode#DATALAB_NOT_PUBLIC} when {@code level} is openbaar and a table
     *     read is not
     */
    static void requirePublic(AccessLevel level, List<ReadableTable> reads) {
        if (level != AccessLevel.OPENBAAR) {
            return;
        }
        List<String> closed = reads.stream().filter(table -> table.accessLevel() != AccessLevel.OPENBAAR)
                .map(ReadableTable::tableName).toList();
        if (!closed.isEmpty()) {
            throw new PlatformException(ErrorCode.DATALAB_NOT_PUBLIC, DatalabCode.NOT_PUBLIC_DATA,
                    Map.of("tables", String.join(", ", closed)));
        }
    }

    /** The SQL names of the datasets the caller may read. */
    Set<String> readableNames(Caller caller) {
        return builder.readableNames(caller);
    }

    /**
     * Runs a stored source as the viewer.
     *
     * @throws PlatformException {@link ErrorCode#DATALAB_DATA_UNAVAILABLE} when the viewer may not read one of the
     *     datasets it read when saved (the query is not run), and as {@link Builder#runSql}
     */
    QueryResult fetch(String sql, List<String> reads, Caller viewer) {
        Set<String> readable = builder.readableNames(viewer);
        if (!readable.containsAll(reads)) {
            throw new PlatformException(ErrorCode.DATALAB_DATA_UNAVAILABLE, DatalabCode.DATA_UNAVAILABLE, Map.of());
        }
        return builder.runSql(sql, viewer);
    }
}
