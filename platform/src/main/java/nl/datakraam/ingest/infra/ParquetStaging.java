// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.storage.BlobStore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * A DuckDB staging database on disk (so memory stays bounded by {@code datakraam.ingest.duckdb-memory-limit}) that
 * rows are appended to, and from which DuckDB writes a version's {@code data.parquet} (ZSTD); its {@code data.csv} is
 * made from that file on first download ({@link nl.datakraam.query.DerivedDistributions}). The file is written under a
 * temporary name and moved into the version's folder only when complete; {@link #close()} removes every temporary
 * file. One instance per ingest; not thread-safe.
 */
final class ParquetStaging implements AutoCloseable {

    /** A column of the staging table: a safe name and a DuckDB type ({@code VARCHAR}, {@code BLOB}, …). */
    record Column(String name, String duckDbType) {

        /** The DuckDB type that holds the values {@link nl.datakraam.lib.tabular.RowConverter} gives a field. */
        static String typeOf(Field field) {
            return switch (field.type()) {
                case STRING -> "VARCHAR";
                case INTEGER -> "BIGINT";
                case NUMBER -> "DOUBLE";
                case BOOLEAN -> "BOOLEAN";
                case DATE -> "DATE";
                case DATETIME -> "TIMESTAMP";
                case DATETIME_TZ -> "TIMESTAMPTZ";
            };
        }
    }

    private static final String TABLE = "data";

    private final Path database;
    private final Path parquet;
    private final DuckDBConnection connection;
    private final DuckDBAppender appender;

    ParquetStaging(BlobStore blobs, IngestSettings settings, List<Column> columns) throws SQLException {
        this.database = blobs.temporaryFile(".duckdb");
        this.parquet = blobs.temporaryFile(".parquet");
        this.connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + database);
        try (Statement statement = connection.createStatement()) {
            configure(statement, settings);
            statement.execute("CREATE TABLE " + TABLE + " (" + columns.stream()
                    .map(column -> quote(column.name()) + " " + column.duckDbType())
                    .collect(Collectors.joining(", ")) + ")");
        }
        this.appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, TABLE);
    }

    /**
     * Copies the rows of an earlier version's Parquet file in first (appending a version); columns are matched by
     * name.
     */
    void rowsOf(Path parquetFile) throws SQLException {
        appender.flush();
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO " + TABLE + " BY NAME SELECT * FROM read_parquet("
                    + literal(parquetFile.toAbsolutePath().toString()) + ")");
        }
    }

    /** Appends one row; values in column order, of the types {@link #append(Object)} takes. */
    void row(@Nullable Object[] values) throws SQLException {
        appender.beginRow();
        for (Object value : values) {
            append(value);
        }
        appender.endRow();
    }

    private void append(@Nullable Object value) throws SQLException {
        switch (value) {
            case null -> appender.appendNull();
            case String text -> appender.append(text);
            case Long number -> appender.append(number.longValue());
            case Double number -> appender.append(number.doubleValue());
            case Boolean bool -> appender.append(bool.booleanValue());
            case LocalDate date -> appender.append(date);
            case LocalDateTime dateTime -> appender.append(dateTime);
            case OffsetDateTime instant -> appender.append(instant);
            case byte[] bytes -> appender.append(bytes);
            case BboxValue box -> box.appendTo(appender);
            default -> throw new IllegalStateException("unexpected value type " + value.getClass().getName());
        }
    }

    /**
     * Writes the Parquet file and moves it into {@code directory} as {@code data.parquet}.
     *
     * @param parquetMetadata key/value metadata for the Parquet footer (e.g. GeoParquet's {@code geo}); may be empty
     * @return {@code data.parquet}
     */
    Path written(Path directory, Map<String, String> parquetMetadata) throws SQLException, IOException {
        appender.close();
        try (Statement statement = connection.createStatement()) {
            String metadata = parquetMetadata.isEmpty() ? "" : ", KV_METADATA {" + parquetMetadata.entrySet().stream()
                    .map(e -> quote(e.getKey()) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ")) + "}";
            statement.execute("COPY " + TABLE + " TO " + literal(parquet.toString())
                    + " (FORMAT parquet, COMPRESSION zstd" + metadata + ")");
        }
        return moveInto(directory, parquet);
    }

    /**
     * The session settings of every DuckDB connection that writes a version: {@code datakraam.ingest.duckdb-memory-limit}
     * and {@code duckdb-threads}, and time zone UTC (so {@code TIMESTAMPTZ} values are written and printed in UTC).
     */
    static void configure(Statement statement, IngestSettings settings) throws SQLException {
        statement.execute("SET memory_limit = '" + settings.duckdbMemoryLimit().toMegabytes() + "MB'");
        statement.execute("SET threads = " + settings.duckdbThreads());
        statement.execute("SET TimeZone = 'UTC'");
    }

    /**
     * Moves a complete temporary Parquet file into a version's folder as {@code data.parquet} (atomically, so no
     * reader sees half a file).
     */
    static Path moveInto(Path directory, Path parquet) throws IOException {
        Path target = directory.resolve("data.parquet");
        Files.move(parquet, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            appender.close();
        } finally {
            connection.close();
            for (Path temporary : List.of(database, Path.of(database + ".wal"), parquet)) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** A quoted SQL identifier. */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** A SQL string literal. */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
