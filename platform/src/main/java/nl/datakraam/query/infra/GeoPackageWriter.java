// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.lib.geo.GeoParquetInput;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a geodata version as an OGC GeoPackage 1.3 (OGC 12-128r18) with one feature table in WGS 84 (EPSG:4326):
 * the required {@code gpkg_spatial_ref_sys} (§1.1.2), {@code gpkg_contents} (§1.1.3) and
 * {@code gpkg_geometry_columns} (§2.1.5) tables, {@code application_id} {@code GPKG} and {@code user_version} 10300
 * (§1.1.1.1.1), and the feature table: {@code fid}, the geometry in the GeoPackage binary encoding (§2.1.3: header
 * with a little-endian xy envelope, then the ISO WKB from {@value VersionSpatial#GEOMETRY}) and the attributes
 * (integers as {@code INTEGER}, other numbers as {@code REAL}, {@code BOOLEAN}, {@code DATE}, {@code DATETIME} in UTC,
 * anything else as {@code TEXT}; lists and structs as JSON text).
 */
final class GeoPackageWriter {

    private static final int WGS84 = 4326;
    private static final int BATCH = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,"
            + "298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,"
            + "AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],"
            + "AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    private GeoPackageWriter() {
    }

    /**
     * @param table   the feature table's name (the layer name GIS programs show)
     * @param spatial the version's geometry types and extent, for {@code gpkg_contents} and
     *                {@code gpkg_geometry_columns}
     * @throws SQLException when DuckDB cannot read the Parquet file or SQLite cannot write the target
     */
    static void write(Path parquet, List<String> attributes, String table, VersionSpatial spatial, Path target,
            ParquetExport.Resources resources) throws SQLException, IOException {
        try (Connection gpkg = DriverManager.getConnection("jdbc:sqlite:" + target)) {
            gpkg.setAutoCommit(false);
            try (Statement statement = gpkg.createStatement()) {
                statement.execute("PRAGMA application_id = 1196444487"); // 'GPKG'
                statement.execute("PRAGMA user_version = 10300");
                metadataTables(statement, table, spatial);
            }
            Set<String> taken = new HashSet<>();
            attributes.forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
            String fid = free("fid", taken);
            String geom = free("geom", taken);
            try (PreparedStatement register = gpkg.prepareStatement(
                    "INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, ?, 0)")) {
                register.setString(1, table);
                register.setString(2, geom);
                register.setString(3, geometryTypeName(spatial.geometryTypes()));
                register.setInt(4, WGS84);
                register.setInt(5, spatial.geometryTypes().stream().anyMatch(t -> t.endsWith(" Z")) ? 2 : 0);
                register.executeUpdate();
            }
            ParquetExport.scan(parquet, attributes, VersionSpatial.GEOMETRY, resources, (columns, rows) -> {
                List<String> definitions = new ArrayList<>();
                definitions.add(quote(fid) + " INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
                definitions.add(quote(geom) + " " + geometryTypeName(spatial.geometryTypes()));
                columns.forEach(c -> definitions.add(quote(c.name()) + " " + sqliteType(c.type())));
                try (Statement statement = gpkg.createStatement()) {
                    statement.execute("CREATE TABLE " + quote(table) + " (" + String.join(", ", definitions) + ")");
                }
                String insert = "INSERT INTO " + quote(table) + " (" + quote(geom)
                        + columns.stream().map(c -> ", " + quote(c.name())).collect(Collectors.joining())
                        + ") VALUES (?" + ", ?".repeat(columns.size()) + ")";
                try (PreparedStatement statement = gpkg.prepareStatement(insert)) {
                    long position = 0;
                    while (rows.next()) {
                        position++;
                        byte[] wkb = ParquetExport.wkb(rows, columns.size() + 1);
                        statement.setBytes(1, wkb == null ? null : binary(wkb, position));
                        for (int i = 0; i < columns.size(); i++) {
                            statement.setObject(i + 2, sqliteValue(ParquetExport.value(rows, i + 1, columns.get(i))));
                        }
                        statement.addBatch();
                        if (position % BATCH == 0) {
                            statement.executeBatch();
                        }
                    }
                    statement.executeBatch();
                }
            });
            gpkg.commit();
        }
    }

    private static void metadataTables(Statement statement, String table, VersionSpatial spatial)
            throws SQLException {
        statement.execute("""
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
                  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL,
                  description TEXT)""");
        statement.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1,"
                + " 'undefined', 'undefined cartesian coordinate reference system')");
        statement.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0,"
                + " 'undefined', 'undefined geographic coordinate reference system')");
        statement.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, '"
                + WGS84_WKT.replace("'", "''") + "', 'longitude/latitude coordinates in decimal degrees on the WGS 84"
                + " spheroid')");
        statement.execute("""
                CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
                  identifier TEXT UNIQUE, description TEXT DEFAULT '',
                  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
                  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""");
        statement.execute("""
                CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
                  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
                  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
                  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
                  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
                  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""");
        VersionSpatial.Bbox bbox = spatial.bbox();
        statement.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y, max_x, max_y,"
                + " srs_id) VALUES (" + literal(table) + ", 'features', " + literal(table) + ", "
                + (bbox == null ? "NULL, NULL, NULL, NULL" : bbox.west() + ", " + bbox.south() + ", " + bbox.east()
                        + ", " + bbox.north()) + ", " + WGS84 + ")");
    }

    /**
     * The GeoPackage binary of a geometry (§2.1.3): {@code GP}, version 0, flags (little-endian header, xy envelope,
     * or no envelope and the empty bit for an empty geometry), srs_id, envelope (minx, maxx, miny, maxy), the WKB.
     */
    static byte[] binary(byte[] wkb, long position) {
        Geometry geometry = GeoParquetInput.decode(wkb, position);
        boolean empty = geometry.isEmpty();
        ByteBuffer buffer = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0);
        buffer.put((byte) (empty ? 0b0001_0001 : 0b0000_0011));
        buffer.putInt(WGS84);
        if (!empty) {
            Envelope envelope = geometry.getEnvelopeInternal();
            buffer.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX())
                    .putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
        }
        buffer.put(wkb);
        return buffer.array();
    }

    /** The one geometry type of the version ({@code POINT}, {@code MULTIPOLYGON} …), or {@code GEOMETRY}. */
    private static String geometryTypeName(List<String> types) {
        Set<String> names = types.stream().map(t -> t.replace(" Z", "").toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        return names.size() == 1 ? names.iterator().next() : "GEOMETRY";
    }

    private static String sqliteType(String duckType) {
        return switch (duckType) {
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER" -> "INTEGER";
            case "FLOAT", "DOUBLE" -> "REAL";
            case "BOOLEAN" -> "BOOLEAN";
            case "DATE" -> "DATE";
            case "TIMESTAMP", "TIMESTAMP WITH TIME ZONE" -> "DATETIME";
            default -> duckType.startsWith("DECIMAL") ? "REAL" : "TEXT";
        };
    }

    private static @Nullable Object sqliteValue(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Boolean b -> b ? 1 : 0;
            case java.math.BigDecimal d -> d.doubleValue();
            case java.math.BigInteger i -> i.toString();
            case Number n -> n;
            case String s -> s;
            default -> JSON.writeValueAsString(value);
        };
    }

    /** A name not among {@code taken} (lowercase): {@code name}, else with underscores after it. */
    private static String free(String name, Set<String> taken) {
        String candidate = name;
        while (taken.contains(candidate)) {
            candidate += "_";
        }
        taken.add(candidate);
        return candidate;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
