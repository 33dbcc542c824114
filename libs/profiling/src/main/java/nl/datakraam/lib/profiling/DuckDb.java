// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Opening DuckDB for one profile or check run, and quoting for the SQL it is given. */
final class DuckDb {

    private DuckDb() {
    }

    /** A fresh in-memory database with the settings' limits; times render in UTC. */
    static Connection open(ProfilingSettings settings) throws SQLException {
        return open(settings, false);
    }

    /**
     * A fresh in-memory database with the settings' limits; times render in UTC.
     *
     * @param streamResults whether result sets are streamed chunk by chunk (DuckDB's {@code jdbc_stream_results})
     *                      rather than materialised whole before the first row: needed to read a column row by row
     *                      in bounded memory; such a connection can have only one open result set at a time
     */
    static Connection open(ProfilingSettings settings, boolean streamResults) throws SQLException {
        Properties properties = new Properties();
        if (streamResults) {
            properties.setProperty("jdbc_stream_results", "true");
        }
        Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + settings.memoryLimitMegabytes() + "MB'");
            statement.execute("SET threads = " + settings.threads());
            statement.execute("SET TimeZone = 'UTC'");
            if (settings.temporaryDirectory() != null) {
                statement.execute("SET temp_directory = " + literal(settings.temporaryDirectory().toString()));
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** The table function reading a Parquet file; with row numbers ({@code file_row_number}, 0-based) if asked. */
    static String source(Path parquet, boolean rowNumbers) {
        return "read_parquet(" + literal(parquet.toAbsolutePath().toString())
                + (rowNumbers ? ", file_row_number = true)" : ")");
    }

    /** The columns of a Parquet file, in order. */
    static List<Column> columns(Connection connection, Path parquet) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("DESCRIBE SELECT * FROM " + source(parquet, false))) {
            while (rows.next()) {
                columns.add(Column.of(rows.getString("column_name"), rows.getString("column_type")));
            }
        }
        return columns;
    }

    static String identifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
