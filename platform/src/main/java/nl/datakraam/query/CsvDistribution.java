// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.query.infra.DuckDbSandbox;
import nl.datakraam.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A version's {@code csv} distribution, {@code data.csv}: the same rows as its {@code data.parquet}, as clean CSV
 * (UTF-8 without byte order mark, comma, {@code "} quoting where needed, a header with the field names, ISO dates,
 * decimal point, date-times ISO 8601 with {@code T}, those with a zone in UTC with {@code Z}), for geodata the attributes and {@code geometry_wkt} (WGS 84 as WKT, as
 * QGIS reads it). An ingest writes only the Parquet file and registers this one with an unknown size; the file is made
 * from the Parquet file by DuckDB on its first download, once (concurrent downloads wait for it), kept in the blob
 * store next to the Parquet file, and its size is then recorded in the catalogue. For 5 million rows (577 MB) making
 * it takes about 6 s (docs/benchmarks.md), which an import no longer spends.
 *
 * <p>Thread-safe.
 */
@Service
public class CsvDistribution {

    /** The distribution's format name. */
    public static final String FORMAT = "csv";

    private static final Logger log = LoggerFactory.getLogger(CsvDistribution.class);

    private final BlobStore blobs;
    private final Catalog catalog;
    private final QuerySettings settings;

    CsvDistribution(BlobStore blobs, Catalog catalog, QuerySettings settings) {
        this.blobs = blobs;
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * The version's {@code data.csv}, made from its Parquet file if it is not there yet.
     *
     * @param version a committed version with a {@code parquet} and a {@code csv} distribution
     * @return the complete file
     * @throws IOException when DuckDB cannot write it (nothing is left behind; the next call tries again)
     * @throws IllegalArgumentException when the version has no such distributions
     */
    public Path file(DatasetVersion version) throws IOException {
        Distribution csv = version.distribution(FORMAT)
                .orElseThrow(() -> new IllegalArgumentException("version " + version.id() + " has no CSV"));
        Path parquet = blobs.path(version.distribution("parquet")
                .orElseThrow(() -> new IllegalArgumentException("version " + version.id() + " has no Parquet"))
                .blobKey());
        Path file = blobs.derived(csv.blobKey(), temporary -> {
            long started = System.nanoTime();
            try {
                write(parquet, columns(version), temporary, settings.memoryLimit().toMegabytes(),
                        settings.threads());
            } catch (SQLException e) {
                throw new IOException("DuckDB could not write " + csv.blobKey() + " from " + parquet.getFileName(), e);
            }
            log.info("Wrote {} ({} bytes) from the Parquet file in {} ms", csv.blobKey(), Files.size(temporary),
                    (System.nanoTime() - started) / 1_000_000);
        });
        if (csv.byteSize() == null) {
            catalog.distributionMade(csv.blobKey(), Files.size(file));
        }
        return file;
    }

    /** The CSV's columns: the schema's fields, and for geodata {@code geometry_wkt} after them. */
    static List<String> columns(DatasetVersion version) {
        List<String> columns = new ArrayList<>(version.schema().fields().stream().map(SchemaField::name).toList());
        if (version.spatial() != null) {
            columns.add(VersionSpatial.GEOMETRY_WKT);
        }
        return columns;
    }

    /**
     * Writes the columns of a Parquet file as a version's CSV (see the class comment) in one DuckDB {@code COPY}, in
     * the Parquet file's row order.
     *
     * @param memoryLimitMegabytes DuckDB's memory limit
     * @param threads              DuckDB's threads
     * @throws SQLException when DuckDB cannot read the Parquet file or write the target
     */
    public static void write(Path parquet, List<String> columns, Path target, long memoryLimitMegabytes, int threads)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '" + memoryLimitMegabytes + "MB'");
            statement.execute("SET threads = " + threads);
            statement.execute("SET TimeZone = 'UTC'");
            statement.execute("SET preserve_insertion_order = true");
            String relation = "read_parquet(" + DuckDbSandbox.literal(parquet.toString()) + ")";
            List<String> rendered = new ArrayList<>();
            try (ResultSet described = statement.executeQuery("DESCRIBE SELECT " + columns.stream()
                    .map(DuckDbSandbox::quote).collect(Collectors.joining(", ")) + " FROM " + relation)) {
                while (described.next()) {
                    rendered.add(isoText(DuckDbSandbox.quote(described.getString("column_name")),
                            described.getString("column_type")));
                }
            }
            statement.execute("COPY (SELECT " + String.join(", ", rendered) + " FROM " + relation + ") TO "
                    + DuckDbSandbox.literal(target.toString()) + " (FORMAT csv, HEADER true, DELIMITER ',')");
        }
    }

    /**
     * A column as the CSV holds it: date-times as the rows API serves them, ISO 8601 with a {@code T} between date
     * and time and the fraction of a second only as far as it goes ({@code 2024-01-02T10:00:00},
     * {@code 2024-01-02T10:00:00.5}), those with a zone in UTC with {@code Z} (DuckDB's own CSV writes a space and
     * {@code +00} instead); anything else as it is.
     */
    private static String isoText(String column, String type) {
        return switch (type) {
            case "TIMESTAMP" -> "replace(CAST(" + column + " AS VARCHAR), ' ', 'T') AS " + column;
            case "TIMESTAMP WITH TIME ZONE" -> "replace(CAST(timezone('UTC', " + column + ") AS VARCHAR), ' ', 'T')"
                    + " || 'Z' AS " + column;
            default -> column;
        };
    }
}
