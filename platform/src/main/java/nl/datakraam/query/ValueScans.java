// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.Collectors;
import nl.datakraam.query.infra.DuckDbSandbox;
import nl.datakraam.query.infra.SandboxTable;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Reads the values of one Parquet file for the platform's own scans (the privacy detectors), never for a user's
 * question: through the DuckDB sandbox ({@link DuckDbSandbox#session}: only that file may be opened, configuration
 * locked, the query time and memory limits, one of the node's query slots), each value as its text form
 * ({@code CAST … AS VARCHAR}: numbers with a decimal point, dates ISO 8601, structs as DuckDB writes them), cut
 * to its first {@value #MAX_VALUE_CHARS} characters.
 * Callers are responsible for reading only files of versions they may read. Thread-safe.
 */
@Service
public class ValueScans {

    /** Characters of one value read at most: a longer text is cut there, so that no huge value reaches this process. */
    public static final int MAX_VALUE_CHARS = 10_000;

    /** The seed of the sample, so that a scan repeated on the same file reads the same rows. */
    private static final int SAMPLE_SEED = 42;

    private final DuckDbSandbox sandbox;

    ValueScans(DuckDbSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Receives one row's values, in the order of the columns asked for; null for SQL NULL. */
    @FunctionalInterface
    public interface RowSink {
        void row(@Nullable String[] values);
    }

    /**
     * Reads the columns of every row when the file has at most {@code maxRows} rows, otherwise of a reservoir sample
     * of exactly {@code maxRows} rows (DuckDB {@code USING SAMPLE reservoir(n ROWS) REPEATABLE (42)}), in one
     * statement.
     *
     * @param parquet absolute path of a version's Parquet file
     * @param columns column names of that file
     * @param maxRows rows read at most, 1 or more
     * @return rows read and rows in the file
     * @throws PlatformException {@link ErrorCode#QUERY_FAILED} when DuckDB cannot read the file or a column,
     *     {@link ErrorCode#QUERY_TIMEOUT} past the query time limit, {@link ErrorCode#QUERY_BUSY} without a free slot
     */
    public Read read(Path parquet, List<String> columns, long maxRows, RowSink sink) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be 1 or more: " + maxRows);
        }
        String table = "scanned";
        return sandbox.session(List.of(new SandboxTable(table, parquet)), session -> {
            long total = session.query("SELECT count(*) FROM " + table, List.of(), rs -> {
                rs.next();
                return rs.getLong(1);
            });
            if (columns.isEmpty()) {
                return new Read(Math.min(total, maxRows), total);
            }
            String select = "SELECT " + columns.stream()
                    .map(c -> "left(CAST(" + DuckDbSandbox.quote(c) + " AS VARCHAR), " + MAX_VALUE_CHARS + ")")
                    .collect(Collectors.joining(", ")) + " FROM " + table
                    + (total > maxRows ? " USING SAMPLE reservoir(" + maxRows + " ROWS) REPEATABLE (" + SAMPLE_SEED
                            + ")" : "");
            long read = session.query(select, List.of(), (ResultSet rs) -> {
                long rows = 0;
                String[] values = new String[columns.size()];
                while (rs.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getString(i + 1);
                    }
                    sink.row(values);
                    rows++;
                }
                return rows;
            });
            return new Read(read, total);
        });
    }

    /**
     * @param rowsRead rows whose values were given to the sink
     * @param rowsInFile rows the file holds
     */
    public record Read(long rowsRead, long rowsInFile) {

        /** Whether a sample was read rather than every row. */
        public boolean sampled() {
            return rowsRead < rowsInFile;
        }
    }
}
