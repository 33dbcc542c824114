// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import nl.datakraam.ingest.IngestSettings;
import nl.datakraam.lib.tabular.CsvRecord;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.ProgressListener;
import nl.datakraam.lib.tabular.RecordSource;
import nl.datakraam.lib.tabular.RowConverter;
import nl.datakraam.lib.tabular.TabularFormat;
import nl.datakraam.lib.tabular.TabularInference;
import nl.datakraam.storage.BlobStore;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.springframework.stereotype.Component;

/**
 * Turns a tabular file (delimited text, XLSX, ODS or JSON) into a version's data files: infers the schema over the
 * whole file, then reads it again with the layout the inference found and appends typed rows to a DuckDB staging
 * database on disk (so memory stays bounded), from which DuckDB writes Parquet and CSV. Files are written under
 * temporary names and moved into {@code directory} only when complete.
 */
@Component
class TabularWriter {

    private static final String STAGING_TABLE = "data";

    private final BlobStore blobs;
    private final IngestSettings settings;

    TabularWriter(BlobStore blobs, IngestSettings settings) {
        this.blobs = blobs;
        this.settings = settings;
    }

    /**
     * @param source    the raw file
     * @param filename  the name the file was uploaded under; its ending selects the format, and any ending that
     *                  selects none is read as delimited text
     * @param directory the version's folder; receives {@code data.parquet} and {@code data.csv}
     * @param inferring progress of the first pass (bytes read, rows read)
     * @param writing   progress of the second pass (bytes read, rows written)
     * @throws nl.datakraam.lib.tabular.TabularException when the file cannot be read as a table
     */
    TabularWrite write(Path source, String filename, Path directory, ProgressListener inferring,
            ProgressListener writing) throws IOException, SQLException {
        TabularFormat format = TabularFormat.ofFileName(filename).orElse(TabularFormat.DELIMITED_TEXT);
        Inference inference = TabularInference.infer(source, format, null, inferring);
        Path staging = blobs.temporaryFile(".duckdb");
        Path parquet = blobs.temporaryFile(".parquet");
        Path csv = blobs.temporaryFile(".csv");
        Path parquetTarget = directory.resolve("data.parquet");
        Path csvTarget = directory.resolve("data.csv");
        try {
            try (var connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + staging)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET memory_limit = '" + settings.duckdbMemoryLimit().toMegabytes() + "MB'");
                    statement.execute("SET threads = " + settings.duckdbThreads());
                    statement.execute("SET TimeZone = 'UTC'");
                    statement.execute("CREATE TABLE " + STAGING_TABLE + " ("
                            + columnDefinitions(inference.schema().fields()) + ")");
                }
                append(connection, source, inference, writing);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("COPY " + STAGING_TABLE + " TO " + literal(parquet)
                            + " (FORMAT parquet, COMPRESSION zstd)");
                    statement.execute("COPY " + STAGING_TABLE + " TO " + literal(csv)
                            + " (FORMAT csv, HEADER true, DELIMITER ',')");
                }
            }
            Files.move(parquet, parquetTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(csv, csvTarget, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            for (Path temporary : List.of(staging, Path.of(staging + ".wal"), parquet, csv)) {
                Files.deleteIfExists(temporary);
            }
        }
        return new TabularWrite(inference, parquetTarget, csvTarget);
    }

    private static void append(DuckDBConnection connection, Path source, Inference inference,
            ProgressListener writing) throws IOException, SQLException {
        var converter = new RowConverter(inference);
        long rows = 0;
        try (var reader = RecordSource.open(source, inference.layout());
                DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGING_TABLE)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                appender.beginRow();
                for (Object value : converter.convert(record)) {
                    appendValue(appender, value);
                }
                appender.endRow();
                if (++rows % 10_000 == 0) {
                    writing.onProgress(reader.bytesRead(), rows);
                }
            }
            writing.onProgress(reader.bytesRead(), rows);
        }
    }

    private static void appendValue(DuckDBAppender appender, Object value) throws SQLException {
        switch (value) {
            case null -> appender.appendNull();
            case String text -> appender.append(text);
            case Long number -> appender.append(number.longValue());
            case Double number -> appender.append(number.doubleValue());
            case Boolean bool -> appender.append(bool.booleanValue());
            case LocalDate date -> appender.append(date);
            case LocalDateTime dateTime -> appender.append(dateTime);
            case OffsetDateTime instant -> appender.append(instant);
            default -> throw new IllegalStateException("unexpected value type " + value.getClass().getName());
        }
    }

    private static String columnDefinitions(List<Field> fields) {
        return fields.stream()
                .map(field -> quote(field.name()) + " " + switch (field.type()) {
                    case STRING -> "VARCHAR";
                    case INTEGER -> "BIGINT";
                    case NUMBER -> "DOUBLE";
                    case BOOLEAN -> "BOOLEAN";
                    case DATE -> "DATE";
                    case DATETIME -> "TIMESTAMP";
                    case DATETIME_TZ -> "TIMESTAMPTZ";
                })
                .collect(Collectors.joining(", "));
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
