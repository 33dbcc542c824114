// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/** Small files written on the fly, for tests that need something specific. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Writes {@code text} in {@code charset} to a new temporary file named {@code name}. */
    public static Path file(String name, String text, Charset charset) {
        try {
            Path directory = Files.createTempDirectory("datakraam-fixture");
            return Files.writeString(directory.resolve(name), text, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a GeoPackage (OGC 12-128r18) named {@code name} with one feature table {@code features} in EPSG
     * {@code srsId}: an integer key, a geometry column {@code geom} and TEXT columns {@code columns}.
     *
     * @param rows per feature: the geometry (or null) followed by one value per column
     */
    public static Path geoPackage(String name, int srsId, List<String> columns, List<List<Object>> rows) {
        try {
            Path file = Files.createTempDirectory("datakraam-fixture").resolve(name);
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                    Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                        + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                        + " definition TEXT NOT NULL, description TEXT)");
                sql.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326,"
                        + " 'GEOGCS[...]', NULL), ('Amersfoort / RD New', 28992, 'EPSG', 28992, 'PROJCS[...]', NULL)");
                sql.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT"
                        + " NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME, min_x"
                        + " DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER)");
                sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                        + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                        + " m TINYINT NOT NULL, PRIMARY KEY (table_name, column_name))");
                sql.execute("CREATE TABLE features (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY"
                        + columns.stream().map(c -> ", \"" + c + "\" TEXT").reduce("", String::concat) + ")");
                sql.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES"
                        + " ('features', 'features', 'features', " + srsId + ")");
                sql.execute("INSERT INTO gpkg_geometry_columns VALUES ('features', 'geom', 'GEOMETRY', " + srsId
                        + ", 0, 0)");
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO features VALUES (NULL"
                        + String.join("", Collections.nCopies(columns.size() + 1, ", ?")) + ")")) {
                    for (List<Object> row : rows) {
                        insert.setObject(1, row.getFirst() == null ? null : geoPackageBlob((Geometry) row.getFirst(),
                                srsId));
                        for (int i = 1; i < row.size(); i++) {
                            insert.setObject(i + 1, row.get(i));
                        }
                        insert.executeUpdate();
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GeoPackage geometry blob: the header (magic, version 0, little-endian, no envelope, srs_id) and WKB. */
    private static byte[] geoPackageBlob(Geometry geometry, int srsId) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
        return ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN).put((byte) 'G').put((byte) 'P')
                .put((byte) 0).put((byte) 1).putInt(srsId).put(wkb).array();
    }
}
