// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.datakraam.lib.profiling.FieldProfile.Bbox;
import nl.datakraam.lib.profiling.FieldProfile.GeometrySummary;
import nl.datakraam.lib.profiling.FieldProfile.ValueCount;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The {@link GeometrySummary} of a geometry field: DuckDB (without its spatial extension) streams the column's
 * values as WKB (a GEOMETRY or BLOB column, cast to BLOB) or WKT (a VARCHAR column) to Java, where JTS reads and
 * validates them one at a time.
 *
 * <p>Cost: one scan of the column, with every non-null value passed to Java once; memory holds one chunk of values
 * (DuckDB's vector of 2,048 rows) and one geometry at a time. Reading is cheap; {@link IsValidOp} is about
 * O(n log n) in the vertices of a geometry, so the time grows with the total number of vertices: a few
 * microseconds for a point, milliseconds for a municipality's polygon of thousands of vertices. It runs on one
 * thread.
 */
final class GeometryProfiler {

    /** The CRS GeoParquet means when a column's {@code crs} is left out (OGC:CRS84, WGS 84 longitude/latitude). */
    static final int WGS84 = 4326;

    private static final int EXAMPLES = 5;
    private static final Pattern EPSG_TEXT = Pattern.compile("EPSG:(\\d+)", Pattern.CASE_INSENSITIVE);

    private GeometryProfiler() {
    }

    /**
     * The EPSG code of each geometry column the file's GeoParquet {@code geo} metadata describes: the {@code id} of
     * its PROJJSON {@code crs} when the authority is EPSG, {@value #WGS84} when {@code crs} is left out or is
     * OGC:CRS84. Columns the metadata does not describe, or whose CRS is null (unknown) or has no EPSG code, are
     * absent. Metadata that is not valid JSON counts as absent: it does not stop the profile.
     */
    static Map<String, Integer> epsgCodes(Connection connection, Path parquet) throws SQLException {
        String sql = """
                SELECT c.name, json_exists(cols -> c.name, '$.crs') AS has_crs,
                       json_type(cols -> c.name, '$.crs') AS crs_type,
                       json_extract_string(cols -> c.name, '$.crs') AS crs_text,
                       json_extract_string(cols -> c.name, '$.crs.id.authority') AS authority,
                       json_extract_string(cols -> c.name, '$.crs.id.code') AS code
                FROM (SELECT json_extract(decode(value), '$.columns') AS cols
                      FROM parquet_kv_metadata(%s) WHERE decode(key) = 'geo' AND json_valid(decode(value))),
                     unnest(json_keys(cols)) AS c(name)""".formatted(DuckDb.literal(parquet.toAbsolutePath()
                .toString()));
        Map<String, Integer> codes = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                Integer code = epsg(rows.getBoolean("has_crs"), rows.getString("crs_type"),
                        rows.getString("crs_text"), rows.getString("authority"), rows.getString("code"));
                if (code != null) {
                    codes.put(rows.getString("name"), code);
                }
            }
        }
        return codes;
    }

    private static @Nullable Integer epsg(boolean present, @Nullable String type, @Nullable String text,
            @Nullable String authority, @Nullable String code) {
        if (!present) {
            return WGS84;
        }
        if ("VARCHAR".equals(type) && text != null) {
            Matcher epsg = EPSG_TEXT.matcher(text.strip());
            return epsg.matches() ? parse(epsg.group(1)) : text.strip().equalsIgnoreCase("OGC:CRS84") ? WGS84 : null;
        }
        if (authority == null || code == null) {
            return null;
        }
        return switch (authority.toUpperCase(Locale.ROOT)) {
            case "EPSG" -> parse(code);
            case "OGC" -> code.equalsIgnoreCase("CRS84") ? WGS84 : null;
            default -> null;
        };
    }

    private static @Nullable Integer parse(String code) {
        try {
            return Integer.valueOf(code);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Reads every non-null value of a geometry column.
     *
     * @param connection a connection that streams results ({@link DuckDb#open(ProfilingSettings, boolean)})
     * @param epsg       the column's CRS, or null when unknown
     */
    static GeometrySummary summary(Connection connection, Path parquet, Column column, @Nullable Integer epsg)
            throws SQLException {
        boolean wkt = column.type().equals("VARCHAR");
        String sql = "SELECT file_row_number + 1 AS pos, %s AS g FROM %s WHERE %s IS NOT NULL".formatted(
                wkt ? column.sql() : column.sql() + "::BLOB", DuckDb.source(parquet, true), column.sql());
        var tally = new Tally(wkt);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                long row = rows.getLong(1);
                if (wkt) {
                    tally.addWkt(row, rows.getString(2));
                } else {
                    tally.addWkb(row, rows.getBytes(2));
                }
            }
        }
        return tally.summary(epsg);
    }

    /** What the values seen so far add up to. */
    private static final class Tally {

        private final WKBReader wkbReader;
        private final WKTReader wktReader;
        private final String unreadable;
        private final Map<String, Long> types = new HashMap<>();
        private final Envelope extent = new Envelope();
        private final TreeSet<Long> invalidRows = new TreeSet<>();
        private long empty;
        private long invalid;
        private long firstInvalidRow = Long.MAX_VALUE;
        private @Nullable String firstReason;

        Tally(boolean wkt) {
            GeometryFactory factory = new GeometryFactory();
            this.wkbReader = new WKBReader(factory);
            this.wktReader = new WKTReader(factory);
            this.unreadable = wkt ? "Unreadable WKT" : "Unreadable WKB";
        }

        void addWkb(long row, byte[] wkb) {
            try {
                add(row, wkbReader.read(wkb));
            } catch (ParseException | RuntimeException e) {
                addInvalid(row, unreadable);
            }
        }

        void addWkt(long row, String wkt) {
            try {
                add(row, wktReader.read(wkt));
            } catch (ParseException | RuntimeException e) {
                addInvalid(row, unreadable);
            }
        }

        private void add(long row, Geometry geometry) {
            types.merge(geometry.getGeometryType(), 1L, Long::sum);
            if (geometry.isEmpty()) {
                empty++;
            } else {
                extent.expandToInclude(geometry.getEnvelopeInternal());
            }
            TopologyValidationError error = new IsValidOp(geometry).getValidationError();
            if (error != null) {
                addInvalid(row, error.getMessage());
            }
        }

        private void addInvalid(long row, String reason) {
            invalid++;
            if (row < firstInvalidRow) {
                firstInvalidRow = row;
                firstReason = reason;
            }
            invalidRows.add(row);
            if (invalidRows.size() > EXAMPLES) {
                invalidRows.pollLast();
            }
        }

        GeometrySummary summary(@Nullable Integer epsg) {
            List<ValueCount> counts = new ArrayList<>();
            types.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(type -> counts.add(new ValueCount(type.getKey(), type.getValue())));
            Bbox bbox = extent.isNull() ? null
                    : new Bbox(extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY());
            return new GeometrySummary(counts, bbox, epsg, empty, invalid, firstReason, List.copyOf(invalidRows));
        }
    }
}
