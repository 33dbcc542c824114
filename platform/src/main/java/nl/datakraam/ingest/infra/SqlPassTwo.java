// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.lib.tabular.CsvDialect;
import nl.datakraam.lib.tabular.CsvRecord;
import nl.datakraam.lib.tabular.CsvRecordReader;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.storage.BlobStore;
import org.duckdb.DuckDBPreparedStatement;
import org.duckdb.QueryProgress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pass 2 of a delimited text file done by DuckDB alone: one {@code COPY} of {@link CsvToParquetSql}'s query from the
 * raw file to {@code data.parquet} (ZSTD). No staging database and no row through Java, so it takes a fraction of the time
 * of the Java path ({@link TabularWriter}).
 *
 * <p>It never produces other values than the Java path: {@link #write} returns empty, leaving nothing behind, when
 * {@link CsvToParquetSql#unsupported} rules the file out (or the blob store's path holds characters DuckDB would
 * read as a glob pattern), when DuckDB stops (a value that does not convert, a line
 * it cannot read as the Java reader does), when the Parquet file does not hold exactly the rows of the inference
 * (plus those of the previous version), or when the previous version's columns are not the fields; the caller then
 * runs the Java path, which reports bad input by line and field.
 *
 * <p>Runs with the ingest's DuckDB settings ({@code datakraam.ingest.duckdb-memory-limit}, {@code duckdb-threads},
 * time zone UTC) in an in-memory database that spills to a temporary folder in the blob store. The query runs on a
 * thread of its own while the calling thread reports DuckDB's progress ({@link DuckDBPreparedStatement#getQueryProgress},
 * the share of the file read) to the listener every 200 ms, as bytes of the file and rows of the inference. When the
 * listener throws (the job was cancelled) the query is cancelled, the temporary files are removed and the exception
 * is rethrown. The file is written under a temporary name and moved into the version's folder only when complete.
 *
 * <p>One instance per ingest setting; thread-safe (each call opens its own database).
 */
final class SqlPassTwo {

    private static final Logger log = LoggerFactory.getLogger(SqlPassTwo.class);

    private static final long POLL_MILLIS = 200;

    private final BlobStore blobs;
    private final IngestSettings settings;

    SqlPassTwo(BlobStore blobs, IngestSettings settings) {
        this.blobs = blobs;
        this.settings = settings;
    }

    /**
     * @param source    the raw file the inference was made from
     * @param inference its inference, the schema possibly overridden by the steward
     * @param directory the version's folder; receives {@code data.parquet}
     * @param previous  the current version's Parquet file when appending (its rows come first), or null
     * @param writing   progress (bytes of the source, rows of the source); may throw to cancel
     * @return {@code data.parquet}, or empty when the Java path must write it (nothing was written then)
     * @throws IOException if the file cannot be moved into place, or the calling thread is interrupted
     */
    Optional<Path> write(Path source, Inference inference, Path directory, @Nullable Path previous,
            ProgressListener writing) throws IOException {
        Optional<String> unsupported = CsvToParquetSql.unsupported(inference);
        if (unsupported.isPresent()) {
            log.info("DuckDB does not read this file ({}); the Java reader writes it", unsupported.get());
            return Optional.empty();
        }
        List<Field> fields = inference.schema().fields();
        Path parquet = blobs.temporaryFile(".parquet");
        Path spill = blobs.temporaryFile(".duckdb-tmp");
        String query;
        try {
            query = CsvToParquetSql.select(source, inference, width(source, (CsvDialect) inference.layout()));
            CsvToParquetSql.checkedPath(parquet);
            if (previous != null) {
                query = CsvToParquetSql.previousRows(previous, fields) + " UNION ALL " + query;
            }
        } catch (IllegalArgumentException e) {
            log.info("DuckDB does not read this file ({}); the Java reader writes it", e.getMessage());
            return Optional.empty();
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            ParquetStaging.configure(statement, settings);
            statement.execute("SET temp_directory = " + ParquetStaging.literal(spill.toString()));
            statement.execute("SET preserve_insertion_order = true");
            statement.execute("SET enable_progress_bar = true");
            statement.execute("SET enable_progress_bar_print = false");
            long expectedRows = inference.rowCount();
            if (previous != null) {
                Optional<String> mismatch = columnMismatch(statement, previous, fields);
                if (mismatch.isPresent()) {
                    log.info("The previous version's Parquet file {}; the Java path appends", mismatch.get());
                    return Optional.empty();
                }
                expectedRows += count(statement, previous);
            }
            long started = System.nanoTime();
            run(connection, "COPY (" + query + ") TO " + ParquetStaging.literal(parquet.toString())
                    + " (FORMAT parquet, COMPRESSION zstd)", inference, writing);
            long written = count(statement, parquet);
            if (written != expectedRows) {
                log.warn("DuckDB read {} rows where the Java reader reads {}; the Java reader writes this file",
                        written, expectedRows);
                return Optional.empty();
            }
            log.info("DuckDB wrote {} rows of Parquet in {} ms", written, (System.nanoTime() - started) / 1_000_000);
            return Optional.of(ParquetStaging.moveInto(directory, parquet));
        } catch (SQLException e) {
            log.info("DuckDB stopped ({}); the Java reader writes this file", reason(e));
            return Optional.empty();
        } finally {
            Files.deleteIfExists(parquet);
            deleteTree(spill);
        }
    }

    /** Values in the header record, or in the first record of a file without one: the columns of every record. */
    private static int width(Path source, CsvDialect dialect) throws IOException {
        try (CsvRecordReader reader = CsvRecordReader.open(source, dialect)) {
            CsvRecord first = reader.header() != null ? reader.header() : reader.next();
            return first == null ? 0 : first.values().size();
        }
    }

    /**
     * Runs one statement that reads the source on a thread of its own, reporting DuckDB's progress (the share of the
     * source read) while it runs and the whole source when it has finished; cancels it when this thread stops waiting
     * for any reason (the listener throws, an interrupt).
     */
    private static void run(Connection connection, String sql, Inference inference,
            ProgressListener writing) throws SQLException, IOException {
        try (DuckDBPreparedStatement statement = connection.prepareStatement(sql)
                .unwrap(DuckDBPreparedStatement.class)) {
            FutureTask<Boolean> execution = new FutureTask<>(statement::execute);
            Thread.ofPlatform().name("ingest-duckdb").daemon().start(execution);
            try {
                double done = 0;
                while (true) {
                    try {
                        execution.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                        // the whole source is read: said once more, so that even a run shorter than one poll reports
                        writing.onProgress(inference.byteCount(), inference.rowCount());
                        return;
                    } catch (TimeoutException stillRunning) {
                        done = Math.max(done, Math.min(percentage(statement), 100) / 100);
                        writing.onProgress((long) (done * inference.byteCount()),
                                (long) (done * inference.rowCount()));
                    }
                }
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException failure) {
                    throw failure;
                }
                throw new IllegalStateException("DuckDB failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while DuckDB wrote the version");
            } finally {
                if (!execution.isDone()) {
                    cancel(statement, execution);
                }
            }
        }
    }

    /** DuckDB's estimate of the share of the work done, in percent; -1 when it has none. */
    private static double percentage(DuckDBPreparedStatement statement) {
        try {
            QueryProgress progress = statement.getQueryProgress();
            return progress.getPercentage();
        } catch (SQLException e) {
            return -1;
        }
    }

    /** Cancels a running statement and waits until its thread has let go of it. */
    private static void cancel(DuckDBPreparedStatement statement, FutureTask<Boolean> execution) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            log.warn("Could not cancel a DuckDB statement", e);
        }
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                execution.get();
                break;
            } catch (ExecutionException e) {
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Why the previous version's columns are not exactly the fields (then {@code INSERT … BY NAME} decides). */
    private static Optional<String> columnMismatch(Statement statement, Path previous, List<Field> fields)
            throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet result = statement.executeQuery("DESCRIBE SELECT * FROM read_parquet("
                + ParquetStaging.literal(CsvToParquetSql.checkedPath(previous)) + ")")) {
            while (result.next()) {
                columns.add(result.getString("column_name"));
            }
        }
        Set<String> names = new HashSet<>(fields.stream().map(Field::name).toList());
        return columns.equals(names) ? Optional.empty()
                : Optional.of("has columns " + new ArrayList<>(columns) + " where the fields are " + names);
    }

    private static long count(Statement statement, Path parquet) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT count(*) FROM read_parquet("
                + ParquetStaging.literal(CsvToParquetSql.checkedPath(parquet)) + ")")) {
            result.next();
            return result.getLong(1);
        }
    }

    /**
     * The first line of DuckDB's message, for the log; cut at the first quote, since DuckDB quotes values in some
     * messages and values are never logged.
     */
    static String reason(SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String first = message.lines().findFirst().orElse("").strip();
        int quote = first.indexOf('\'');
        int doubleQuote = first.indexOf('"');
        int cut = quote < 0 ? doubleQuote : doubleQuote < 0 ? quote : Math.min(quote, doubleQuote);
        return cut < 0 ? first : first.substring(0, cut) + "…";
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
