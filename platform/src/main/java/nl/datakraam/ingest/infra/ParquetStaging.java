// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
 * rows are appended to, and from which DuckDB writes a version's {@code data.parquet} (ZSTD) and {@code data.csv}
 * (UTF-8, comma, header). Files are written under temporary names and moved into the version's folder only when
 * complete; {@link #close()} removes every temporary file. One instance per ingest; not thread-safe.
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
    private final Path csv;
    private final DuckDBConnection connection;
    private final DuckDBAppender appender;

    ParquetStaging(BlobStore blobs, IngestSettings settings, List<Column> columns) throws SQLException {
        this.database = blobs.temporaryFile(".duckdb");
        this.parquet = blobs.temporaryFile(".parquet");
        this.csv = blobs.temporaryFile(".csv");
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
     * Writes the files and moves them into {@code directory} as {@code data.parquet} and {@code data.csv}.
     *
     * @param parquetMetadata key/value metadata for the Parquet footer (e.g. GeoParquet's {@code geo}); may be empty
     * @param csvColumns      the columns the CSV holds, in order (e.g. without binary geometry)
     */
    DataFiles written(Path directory, Map<String, String> parquetMetadata, List<String> csvColumns)
            throws SQLException, IOException {
        appender.close();
        try (Statement statement = connection.createStatement()) {
            String metadata = parquetMetadata.isEmpty() ? "" : ", KV_METADATA {" + parquetMetadata.entrySet().stream()
                    .map(e -> quote(e.getKey()) + ": " + literal(e.getValue()))
                    .collect(Collectors.joining(", ")) + "}";
            statement.execute("COPY " + TABLE + " TO " + literal(parquet.toString())
                    + " (FORMAT parquet, COMPRESSION zstd" + metadata + ")");
            statement.execute(csvCopy(connection, TABLE, csvColumns, csv));
        }
        return DataFiles.moveInto(directory, parquet, csv);
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
     * The statement that writes a version's {@code data.csv}: UTF-8, comma, a header with the column names, the
     * columns in the order given. Date-times are written as the rows API serves them, ISO 8601 with a {@code T}
     * between date and time and the fraction of a second only as far as it goes ({@code 2024-01-02T10:00:00},
     * {@code 2024-01-02T10:00:00.5}), those with a zone in UTC with {@code Z}; DuckDB's own CSV writes a space and
     * {@code +00} instead.
     *
     * @param connection the connection that will run the statement; asked for the columns' types
     * @param relation   a table name or a table function such as {@code read_parquet('…')}
     */
    static String csvCopy(Connection connection, String relation, List<String> columns, Path target)
            throws SQLException {
        String selected = columns.stream().map(ParquetStaging::quote).collect(Collectors.joining(", "));
        List<String> rendered = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet described = statement.executeQuery("DESCRIBE SELECT " + selected + " FROM " + relation)) {
            while (described.next()) {
                rendered.add(isoText(quote(described.getString("column_name")), described.getString("column_type")));
            }
        }
        return "COPY (SELECT " + String.join(", ", rendered) + " FROM " + relation + ") TO "
                + literal(target.toString()) + " (FORMAT csv, HEADER true, DELIMITER ',')";
    }

    /** A column as the CSV holds it: date-times as ISO 8601 text (see {@link #csvCopy}), anything else as it is. */
    private static String isoText(String column, String type) {
        return switch (type) {
            case "TIMESTAMP" -> "replace(CAST(" + column + " AS VARCHAR), ' ', 'T') AS " + column;
            case "TIMESTAMP WITH TIME ZONE" -> "replace(CAST(timezone('UTC', " + column + ") AS VARCHAR), ' ', 'T')"
                    + " || 'Z' AS " + column;
            default -> column;
        };
    }

    /** The two data files of a version. */
    record DataFiles(Path parquet, Path csv) {

        /**
         * Moves complete temporary files into a version's folder as {@code data.parquet} and {@code data.csv}
         * (atomically, so no reader sees half a file).
         */
        static DataFiles moveInto(Path directory, Path parquet, Path csv) throws IOException {
            Path parquetTarget = directory.resolve("data.parquet");
            Path csvTarget = directory.resolve("data.csv");
            Files.move(parquet, parquetTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(csv, csvTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new DataFiles(parquetTarget, csvTarget);
        }
    }

    @Override
    public void close() throws SQLException, IOException {
        try {
            appender.close();
        } finally {
            connection.close();
            for (Path temporary : List.of(database, Path.of(database + ".wal"), parquet, csv)) {
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
