// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes the rows of a version's Parquet file in another format: CSV, "CSV voor Excel (NL)" and JSON by one DuckDB
 * {@code COPY}, the others ({@link XlsxWriter}, {@link GeoJsonWriter}, {@link GeoPackageWriter}) from a
 * {@link #scan} of the rows. Every writer keeps the Parquet file's row order and holds one row at a time.
 */
public final class ParquetExport {

    /** UTF-8 byte order mark, by which Excel knows the encoding of a CSV file. */
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ParquetExport() {
    }

    /** DuckDB's resources for one export. */
    public record Resources(long memoryLimitMegabytes, int threads) {
    }

    /** A column of the Parquet file: its name and DuckDB type ({@code BIGINT}, {@code DATE} …). */
    public record Column(String name, String type) {
    }

    /** Reads the rows of a {@link #scan}. */
    @FunctionalInterface
    public interface RowReader {
        /**
         * @param attributes the attribute columns, in the result's columns 1…n; with geometry, column n+1 is its WKB
         * @param rows       the result, before its first row
         */
        void read(List<Column> attributes, ResultSet rows) throws SQLException, IOException;
    }

    /**
     * Clean CSV (RFC 4180): UTF-8 without byte order mark, comma, {@code "} quoting where needed, a header with the
     * column names, ISO dates, decimal point, date-times ISO 8601 with {@code T}, those with a zone in UTC with
     * {@code Z}.
     *
     * @throws SQLException when DuckDB cannot read the Parquet file or write the target
     */
    public static void csv(Path parquet, List<String> columns, Path target, Resources resources)
            throws SQLException {
        copy(parquet, columns, target, resources, ParquetExport::isoText, "FORMAT csv, HEADER true, DELIMITER ','");
    }

    /**
     * "CSV voor Excel (NL)", as Excel with Dutch regional settings opens it by a double click: a UTF-8 byte order
     * mark, {@code ;} between fields, decimal comma, dates {@code dd-mm-jjjj}, date-times {@code dd-mm-jjjj uu:mm:ss}
     * (those with a zone in UTC), a header with the column names.
     *
     * @throws SQLException when DuckDB cannot read the Parquet file or write the target
     * @throws IOException  when the byte order mark cannot be put before it
     */
    public static void csvExcelNl(Path parquet, List<String> columns, Path target, Resources resources)
            throws SQLException, IOException {
        Path body = target.resolveSibling(target.getFileName() + ".body");
        try {
            copy(parquet, columns, body, resources, ParquetExport::dutchText,
                    "FORMAT csv, HEADER true, DELIMITER ';'");
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                out.write(BOM);
                Files.copy(body, out);
            }
        } finally {
            Files.deleteIfExists(body);
        }
    }

    /**
     * A JSON array (RFC 8259) of one object per row, keys the column names; numbers and booleans as JSON numbers and
     * booleans, dates and date-times as ISO 8601 strings as in {@link #csv}.
     *
     * @throws SQLException when DuckDB cannot read the Parquet file or write the target
     */
    public static void json(Path parquet, List<String> columns, Path target, Resources resources)
            throws SQLException {
        copy(parquet, columns, target, resources, ParquetExport::isoText, "FORMAT json, ARRAY true");
    }

    /**
     * Runs {@code SELECT attributes[, CAST(geometry AS BLOB)]} on the Parquet file, in its row order, and hands the
     * result to {@code reader}.
     *
     * @param geometry the WKB column to add last; null for none
     * @throws SQLException when DuckDB cannot read the Parquet file
     */
    public static void scan(Path parquet, List<String> attributes, @Nullable String geometry, Resources resources,
            RowReader reader) throws SQLException, IOException {
        try (Connection connection = open(resources); Statement statement = connection.createStatement()) {
            String relation = relation(parquet);
            List<Column> columns = describe(statement, attributes, relation);
            String select = attributes.stream().map(DuckDbSandbox::quote).collect(Collectors.joining(", "))
                    + (geometry == null ? "" : ", CAST(" + DuckDbSandbox.quote(geometry) + " AS BLOB)");
            try (ResultSet rows = statement.executeQuery("SELECT " + select + " FROM " + relation)) {
                reader.read(columns, rows);
            }
        }
    }

    /** A value of the current row as JSON-ready Java (as the rows API serves it), by its column's DuckDB type. */
    public static @Nullable Object value(ResultSet rows, int index, Column column) throws SQLException {
        return DuckDbSandbox.value(rows, index, column.type());
    }

    /** The WKB of the current row's geometry (the column after the attributes of a {@link #scan}); null without one. */
    public static byte @Nullable [] wkb(ResultSet rows, int index) throws SQLException {
        return switch (rows.getObject(index)) {
            case null -> null;
            case byte[] bytes -> bytes;
            case java.sql.Blob blob -> blob.getBytes(1, (int) blob.length());
            case Object other -> throw new SQLException("Geometry column read as " + other.getClass().getName());
        };
    }

    private static void copy(Path parquet, List<String> columns, Path target, Resources resources,
            BiFunction<String, String, String> render, String options) throws SQLException {
        try (Connection connection = open(resources); Statement statement = connection.createStatement()) {
            String relation = relation(parquet);
            List<String> rendered = new ArrayList<>();
            for (Column column : describe(statement, columns, relation)) {
                rendered.add(render.apply(DuckDbSandbox.quote(column.name()), column.type()));
            }
            statement.execute("COPY (SELECT " + String.join(", ", rendered) + " FROM " + relation + ") TO "
                    + DuckDbSandbox.literal(target.toString()) + " (" + options + ")");
        }
    }

    private static Connection open(Resources resources) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + resources.memoryLimitMegabytes() + "MB'");
            statement.execute("SET threads = " + resources.threads());
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("SET preserve_insertion_order = true");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String relation(Path parquet) {
        return "read_parquet(" + DuckDbSandbox.literal(parquet.toString()) + ")";
    }

    private static List<Column> describe(Statement statement, List<String> columns, String relation)
            throws SQLException {
        List<Column> described = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT " + columns.stream()
                .map(DuckDbSandbox::quote).collect(Collectors.joining(", ")) + " FROM " + relation)) {
            while (rs.next()) {
                described.add(new Column(rs.getString("column_name"), rs.getString("column_type")));
            }
        }
        return described;
    }

    /**
     * A column as the CSV and JSON downloads hold it: date-times as the rows API serves them, ISO 8601 with a
     * {@code T} between date and time and the fraction of a second only as far as it goes
     * ({@code 2024-01-02T10:00:00}, {@code 2024-01-02T10:00:00.5}), those with a zone in UTC with {@code Z}
     * (DuckDB's own CSV writes a space and {@code +00} instead); anything else as it is.
     */
    private static String isoText(String column, String type) {
        return switch (type) {
            case "TIMESTAMP" -> "replace(CAST(" + column + " AS VARCHAR), ' ', 'T') AS " + column;
            case "TIMESTAMP WITH TIME ZONE" -> "replace(CAST(timezone('UTC', " + column + ") AS VARCHAR), ' ', 'T')"
                    + " || 'Z' AS " + column;
            default -> column;
        };
    }

    /**
     * A column as Excel with Dutch settings reads it: numbers with a decimal comma (DuckDB's CSV writer has no decimal
     * separator option), dates {@code dd-mm-jjjj}, date-times with the time after it.
     */
    private static String dutchText(String column, String type) {
        if (type.equals("FLOAT") || type.equals("DOUBLE") || type.startsWith("DECIMAL")) {
            return "replace(CAST(" + column + " AS VARCHAR), '.', ',') AS " + column;
        }
        return switch (type) {
            case "DATE" -> "strftime(" + column + ", '%d-%m-%Y') AS " + column;
            case "TIMESTAMP" -> "strftime(" + column + ", '%d-%m-%Y %H:%M:%S') AS " + column;
            case "TIMESTAMP WITH TIME ZONE" -> "strftime(timezone('UTC', " + column + "), '%d-%m-%Y %H:%M:%S') AS "
                    + column;
            default -> column;
        };
    }
}
