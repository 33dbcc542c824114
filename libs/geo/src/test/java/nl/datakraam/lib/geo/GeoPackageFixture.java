// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes small GeoPackages for tests: the three required GeoPackage tables with the SRSs -1, 0, 4326 and 28992,
 * plus whatever SQL a test adds, and geometry blobs with a hand-built GeoPackage header.
 */
final class GeoPackageFixture {

    private GeoPackageFixture() {
    }

    /** A GeoPackage at the path with the required tables, after which each statement runs. */
    static Path create(Path file, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            sql.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1,"
                    + " 'undefined', NULL), ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL),"
                    + " ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS[…]', NULL),"
                    + " ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'PROJCS[…]', NULL),"
                    + " ('WGS 84 / Pseudo-Mercator', 3857, 'EPSG', 3857, 'PROJCS[…]', NULL)");
            sql.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x DOUBLE,"
                    + " min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
            sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name))");
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return file;
    }

    /** A feature table {@code name} with an integer key and a geometry column {@code geom} in an SRS. */
    static String[] featureTable(String name, int srsId, String attributeColumns) {
        return new String[] {
                "CREATE TABLE \"" + name + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY"
                        + attributeColumns + ")",
                "INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('" + name
                        + "', 'features', '" + name + "', " + srsId + ")",
                "INSERT INTO gpkg_geometry_columns VALUES ('" + name + "', 'geom', 'GEOMETRY', " + srsId + ", 0, 0)"};
    }

    /** Inserts rows: each is the geometry blob (or null) followed by the attribute values. */
    static void insert(Path file, String sql, Object[]... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
    }

    /**
     * A GeoPackage geometry blob: header (magic, version 0, flags, srs_id, envelope) and little-endian WKB.
     *
     * @param littleEndian the byte order of the header's srs_id and envelope
     * @param envelope     the envelope contents indicator: 0 none, 1 xy; others are written as 4 doubles per xy pair
     *                     padded with zeros
     * @param extraFlags   bits to set in the flags byte besides byte order and envelope (empty 0x10, extended 0x20)
     */
    static byte[] blob(Geometry geometry, int srsId, boolean littleEndian, int envelope, int extraFlags) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        int envelopeBytes = new int[] {0, 32, 48, 48, 64}[envelope];
        ByteBuffer buffer = ByteBuffer.allocate(8 + envelopeBytes + wkb.length);
        buffer.put((byte) 'G').put((byte) 'P').put((byte) 0)
                .put((byte) (extraFlags | envelope << 1 | (littleEndian ? 1 : 0)));
        buffer.order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).putInt(srsId);
        if (envelope > 0) {
            Envelope extent = geometry.getEnvelopeInternal();
            buffer.putDouble(extent.getMinX()).putDouble(extent.getMaxX()).putDouble(extent.getMinY())
                    .putDouble(extent.getMaxY());
            for (int i = 32; i < envelopeBytes; i += 8) {
                buffer.putDouble(0);
            }
        }
        return buffer.put(wkb).array();
    }
}
