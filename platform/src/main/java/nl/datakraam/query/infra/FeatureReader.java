// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.datakraam.lib.geo.GeoException;
import nl.datakraam.lib.geo.GeoParquetInput;
import nl.datakraam.query.FeatureFilter;
import nl.datakraam.query.FeaturePage;
import nl.datakraam.query.FeatureRow;
import nl.datakraam.query.ValueRange;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * Reads the features of a geodata version's GeoParquet file in place with DuckDB, in the sandbox's lock-down
 * ({@link DuckDbSandbox#session}), with statements of our own whose values are bound as parameters. A feature's id is
 * its row's position in the file, from 1 ({@code file_row_number + 1}).
 *
 * <p>An area filter runs in two steps, as the sandbox has no spatial extension: the bounding-box columns
 * ({@code bbox}, {@code bbox_rd}) select the candidates, whose bounding box overlaps an area's; those whose bounding
 * box lies wholly inside a rectangular area are selected; the geometries of the others are decoded and tested with
 * JTS for a true intersection, and those that miss are left out of both the page and the count.
 */
@Component
public class FeatureReader {

    private static final String ROW = "file_row_number";

    private final DuckDbSandbox sandbox;

    FeatureReader(DuckDbSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /**
     * A page of the selected features and how many there are.
     *
     * @param table          the version's Parquet file (read through {@code read_parquet}, with row numbers)
     * @param attributes     the attribute fields to return, in order
     * @param geometry       the geometry column to return ({@code geometry} or {@code geometry_rd})
     * @param filterBbox     the bounding-box column the filter's boxes are compared with ({@code bbox} or
     *                       {@code bbox_rd})
     * @param filterGeometry the geometry column in the same CRS, for the exact test
     * @param limit          features on the page at most
     * @param offset         features skipped before the page
     */
    public FeaturePage page(SandboxTable table, List<String> attributes, String geometry, FeatureFilter filter,
            String filterBbox, String filterGeometry, int limit, long offset) {
        return sandbox.session(List.of(table), session -> {
            Condition condition = condition(filter, filterBbox);
            if (!filter.areas().isEmpty()) {
                condition = condition.and(ROW + " NOT IN (" + misses(session, table, filter, condition, filterBbox,
                        filterGeometry) + ")", List.of());
            }
            String from = " FROM " + source(table) + " WHERE " + condition.sql();
            long matched = session.query("SELECT count(*)" + from, condition.parameters(), rs -> {
                rs.next();
                return rs.getLong(1);
            });
            List<FeatureRow> rows = session.query(select(attributes, geometry) + from + " ORDER BY " + ROW
                    + " LIMIT " + limit + " OFFSET " + offset, condition.parameters(),
                    rs -> rows(rs, attributes));
            return new FeaturePage(rows, matched);
        });
    }

    /** One feature by its id; empty when the version has no such row. */
    public Optional<FeatureRow> feature(SandboxTable table, List<String> attributes, String geometry, long id) {
        if (id < 1) {
            return Optional.empty();
        }
        return sandbox.session(List.of(table), session -> session.query(select(attributes, geometry) + " FROM "
                + source(table) + " WHERE " + ROW + " = ?", List.of(id - 1), rs -> rows(rs, attributes))
                .stream().findFirst());
    }

    /** The least and greatest value of one field. */
    public ValueRange range(SandboxTable table, String field) {
        String column = DuckDbSandbox.quote(field);
        return sandbox.session(List.of(table), session -> session.query("SELECT min(" + column + "), max(" + column
                + ") FROM " + source(table), List.of(), rs -> {
                    rs.next();
                    String type = rs.getMetaData().getColumnTypeName(1);
                    return new ValueRange(DuckDbSandbox.value(rs, 1, type), DuckDbSandbox.value(rs, 2, type));
                }));
    }

    /**
     * The rows among the candidates (bounding box overlapping a box, but not wholly inside one) whose geometry
     * misses every box: a list of row numbers for {@code NOT IN}, {@code -1} when there are none.
     */
    private String misses(DuckDbSandbox.Session session, SandboxTable table, FeatureFilter filter,
            Condition condition, String bbox, String geometry) throws SQLException {
        List<Object> parameters = new ArrayList<>(condition.parameters());
        List<String> inside = new ArrayList<>();
        for (Geometry area : filter.areas()) {
            if (area.isRectangle()) {
                Envelope box = area.getEnvelopeInternal();
                inside.add(inside(bbox));
                parameters.addAll(List.of(box.getMinX(), box.getMaxX(), box.getMinY(), box.getMaxY()));
            }
        }
        List<Long> missing = session.query("SELECT " + ROW + ", CAST(" + DuckDbSandbox.quote(geometry)
                + " AS BLOB) FROM " + source(table) + " WHERE " + condition.sql()
                + (inside.isEmpty() ? "" : " AND NOT (" + String.join(" OR ", inside) + ")"), parameters, rs -> {
                    List<Long> rows = new ArrayList<>();
                    while (rs.next()) {
                        byte[] wkb = bytes(rs.getObject(2));
                        if (wkb == null || !intersectsAny(wkb, rs.getLong(1), filter.areas())) {
                            rows.add(rs.getLong(1));
                        }
                    }
                    return rows;
                });
        return missing.isEmpty() ? "-1" : missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static boolean intersectsAny(byte[] wkb, long row, List<Geometry> areas) {
        try {
            Geometry geometry = GeoParquetInput.decode(wkb, row + 1);
            return areas.stream().anyMatch(geometry::intersects);
        } catch (GeoException e) {
            return false;
        }
    }

    private static Condition condition(FeatureFilter filter, String bbox) {
        List<String> parts = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (!filter.areas().isEmpty()) {
            List<String> overlaps = new ArrayList<>();
            for (Geometry area : filter.areas()) {
                Envelope box = area.getEnvelopeInternal();
                String b = DuckDbSandbox.quote(bbox);
                overlaps.add("(" + b + ".xmax >= ? AND " + b + ".xmin <= ? AND " + b + ".ymax >= ? AND " + b
                        + ".ymin <= ?)");
                parameters.addAll(List.of(box.getMinX(), box.getMaxX(), box.getMinY(), box.getMaxY()));
            }
            parts.add("(" + String.join(" OR ", overlaps) + ")");
        }
        FeatureFilter.Period period = filter.period();
        if (period != null) {
            String type = period.dateField() ? "DATE" : "TIMESTAMP";
            String column = "CAST(" + DuckDbSandbox.quote(period.field()) + " AS " + type + ")";
            if (period.start() != null) {
                parts.add(column + " >= CAST(CAST(? AS TIMESTAMP) AS " + type + ")");
                parameters.add(period.start());
            }
            if (period.end() != null) {
                parts.add(column + " <= CAST(CAST(? AS TIMESTAMP) AS " + type + ")");
                parameters.add(period.end());
            }
        }
        filter.properties().forEach((field, value) -> {
            String column = DuckDbSandbox.quote(field);
            parts.add((value instanceof String ? "CAST(" + column + " AS VARCHAR)" : column) + " = ?");
            parameters.add(value);
        });
        return new Condition(parts.isEmpty() ? "TRUE" : String.join(" AND ", parts), parameters);
    }

    private static String inside(String bbox) {
        String b = DuckDbSandbox.quote(bbox);
        return "(" + b + ".xmin >= ? AND " + b + ".xmax <= ? AND " + b + ".ymin >= ? AND " + b + ".ymax <= ?)";
    }

    private static String source(SandboxTable table) {
        return "read_parquet(" + DuckDbSandbox.literal(table.parquet().toString()) + ", file_row_number = true)";
    }

    private static String select(List<String> attributes, String geometry) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ROW);
        for (String attribute : attributes) {
            sql.append(", ").append(DuckDbSandbox.quote(attribute));
        }
        return sql.append(", CAST(").append(DuckDbSandbox.quote(geometry)).append(" AS BLOB)").toString();
    }

    private static List<FeatureRow> rows(ResultSet rs, List<String> attributes) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<FeatureRow> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, @Nullable Object> properties = new LinkedHashMap<>();
            for (int i = 0; i < attributes.size(); i++) {
                properties.put(attributes.get(i), DuckDbSandbox.value(rs, i + 2, meta.getColumnTypeName(i + 2)));
            }
            rows.add(new FeatureRow(rs.getLong(1) + 1, properties, bytes(rs.getObject(attributes.size() + 2))));
        }
        return rows;
    }

    private static byte @Nullable [] bytes(@Nullable Object raw) throws SQLException {
        return switch (raw) {
            case null -> null;
            case byte[] bytes -> bytes;
            case Blob blob -> blob.getBytes(1, (int) blob.length());
            default -> throw new SQLException("Geometry column read as " + raw.getClass().getName());
        };
    }

    /** A SQL condition with its parameters in order. */
    private record Condition(String sql, List<Object> parameters) {

        Condition and(String more, List<Object> moreParameters) {
            List<Object> all = new ArrayList<>(parameters);
            all.addAll(moreParameters);
            return new Condition(sql + " AND " + more, all);
        }
    }
}
