// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/** Small Parquet files written by DuckDB from a SELECT, as ingest would write them. */
final class ParquetFixtures {

    private ParquetFixtures() {
    }

    /** Writes the rows of {@code select} to {@code name} in {@code directory}, in the order the SELECT gives. */
    static Path parquet(Path directory, String name, String select) {
        return parquet(directory, name, select, null);
    }

    /**
     * Writes the rows of {@code select} to {@code name} in {@code directory}, in the order the SELECT gives, with the
     * GeoParquet {@code geo} key/value metadata given (or none when null).
     */
    static Path parquet(Path directory, String name, String select, @Nullable String geo) {
        Path file = directory.resolve(name);
        String metadata = geo == null ? "" : ", KV_METADATA {geo: " + DuckDb.literal(geo) + "}";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET threads = 1");
            statement.execute("COPY (" + select + ") TO " + DuckDb.literal(file.toString()) + " (FORMAT parquet" + metadata + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the fixture " + name, e);
        }
        return file;
    }
}
