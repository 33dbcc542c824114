// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.sqlite.SQLiteConfig;

/**
 * Streams the rows of one GeoPackage feature table through sqlite-jdbc, opened read only.
 *
 * <p>Cells become strings without type conversion where they are text (GeoPackages written by some tools store
 * numbers as TEXT); INTEGER cells become decimal integers ({@code 0}/{@code 1} as {@code false}/{@code true} in a
 * BOOLEAN column), REAL cells their shortest plain decimal form, other BLOB cells Base64.
 */
final class GeoPackageSource implements FeatureSource {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** The {@code source} of this reader's messages. */
    private static final String SOURCE = "gpkg";
    private static final int UNDEFINED_CARTESIAN = -1;
    private static final int UNDEFINED_GEOGRAPHIC = 0;

    private final Connection connection;
    private final PreparedStatement statement;
    private final ResultSet rows;
    private final Table table;
    private final GeoPackageBinary binary = new GeoPackageBinary(FACTORY);
    private final GeometryTypes types = new GeometryTypes();
    private long position;
    private long bytes;
    private @Nullable Feature peeked;
    private @Nullable SourceCrs crs;

    private GeoPackageSource(Connection connection, PreparedStatement statement, ResultSet rows, Table table) {
        this.connection = connection;
        this.statement = statement;
        this.rows = rows;
        this.table = table;
    }

    static List<String> featureTables(Path file) throws IOException {
        try (Connection connection = connect(file)) {
            return featureTables(connection);
        } catch (SQLException e) {
            throw unreadable(e, 0);
        }
    }

    static GeoPackageSource open(Path file, @Nullable String name) throws IOException {
        Connection connection = connect(file);
        try {
            Table table = Table.describe(connection, name);
            PreparedStatement statement = connection.prepareStatement(table.select());
            ResultSet rows = statement.executeQuery();
            GeoPackageSource source = new GeoPackageSource(connection, statement, rows, table);
            Feature first = source.read();
            source.peeked = first;
            Geometry geometry = first == null ? null : first.geometry();
            source.crs = SourceCrs.decide(table.epsg, null,
                    geometry == null || geometry.isEmpty() ? null : geometry.getEnvelopeInternal(), SOURCE);
            return source;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw unreadable(e, 0);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public @Nullable Feature next() {
        Feature feature;
        try {
            feature = peeked != null ? peeked : read();
        } catch (SQLException e) {
            throw unreadable(e, position + 1);
        }
        peeked = null;
        if (feature != null && feature.geometry() != null) {
            types.add(feature.geometry());
        }
        return feature;
    }

    @Override
    public int crs() {
        return decided().epsg();
    }

    @Override
    public Optional<CrsGuess> crsGuess() {
        return decided().guess();
    }

    @Override
    public Set<String> geometryTypes() {
        return types.seen();
    }

    @Override
    public long bytesRead() {
        return bytes;
    }

    @Override
    public void close() throws IOException {
        try (connection; statement; rows) {
            // closes all three, the result set first
        } catch (SQLException e) {
            throw new IOException("Closing the GeoPackage failed", e);
        }
    }

    private SourceCrs decided() {
        if (crs == null) {
            throw new IllegalStateException("not opened");
        }
        return crs;
    }

    private @Nullable Feature read() throws SQLException {
        if (!rows.next()) {
            return null;
        }
        position++;
        String id = null;
        int column = 1;
        if (table.primaryKey != null) {
            id = Long.toString(rows.getLong(column++));
        }
        byte[] blob = rows.getBytes(column++);
        Geometry geometry = null;
        if (blob != null) {
            bytes += blob.length;
            geometry = binary.read(blob, position);
        }
        Map<String, @Nullable String> properties = new LinkedHashMap<>();
        for (Attribute attribute : table.attributes) {
            String value = text(rows.getObject(column++), attribute.bool);
            if (value != null) {
                bytes += value.length();
            }
            properties.put(attribute.name, value);
        }
        return new Feature(position, properties, geometry, id);
    }

    private static @Nullable String text(@Nullable Object cell, boolean bool) {
        return switch (cell) {
            case null -> null;
            case String text -> text;
            case Integer n when bool -> n == 0 ? "false" : "true";
            case Long n when bool -> n == 0 ? "false" : "true";
            case Double d when Double.isFinite(d) -> JsonValues.decimal(BigDecimal.valueOf(d));
            case byte[] blob -> Base64.getEncoder().encodeToString(blob);
            default -> cell.toString();
        };
    }

    private static Connection connect(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw notAGeoPackage("unopenable", e);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('gpkg_contents',"
                        + " 'gpkg_geometry_columns', 'gpkg_spatial_ref_sys')");
             ResultSet result = statement.executeQuery()) {
            if (!result.next() || result.getInt(1) < 3) {
                throw notAGeoPackage("no-gpkg-tables", null);
            }
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw notAGeoPackage("not-sqlite", e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static List<String> featureTables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid");
             ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }

    /** @param problem a {@code problem} of {@link GeoCode#GPKG_NOT_A_GEOPACKAGE} */
    private static GeoException notAGeoPackage(String problem, @Nullable Throwable cause) {
        return new GeoException(GeoCode.GPKG_NOT_A_GEOPACKAGE, 0, Map.of("problem", problem), cause);
    }

    private static GeoException unreadable(SQLException e, long position) {
        return new GeoException(GeoCode.GPKG_UNREADABLE, position, Map.of(), e);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the first fault is the one to report
        }
    }

    /** An attribute column: its name, and whether its declared type is BOOLEAN. */
    private record Attribute(String name, boolean bool) {
    }

    /** The feature table to read: its columns and CRS, from the GeoPackage's own tables. */
    private record Table(String name, String geometryColumn, @Nullable String primaryKey, List<Attribute> attributes,
                         @Nullable Integer epsg) {

        static Table describe(Connection connection, @Nullable String wanted) throws SQLException {
            List<String> tables = featureTables(connection);
            if (tables.isEmpty()) {
                throw new GeoException(GeoCode.GPKG_NO_FEATURE_TABLE, 0, Map.of());
            }
            String name = wanted == null ? tables.getFirst() : tables.stream()
                    .filter(table -> table.equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new GeoException(GeoCode.GPKG_TABLE_NOT_FOUND, 0,
                            Map.of("table", wanted, "tables", tables)));
            String geometryColumn;
            int srsId;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?")) {
                statement.setString(1, name);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new GeoException(GeoCode.GPKG_NO_GEOMETRY_COLUMN, 0, Map.of("table", name));
                    }
                    geometryColumn = result.getString(1);
                    srsId = result.getInt(2);
                }
            }
            String primaryKey = null;
            List<Attribute> attributes = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, type, pk FROM pragma_table_info(?)")) {
                statement.setString(1, name);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        String column = result.getString(1);
                        String type = result.getString(2).toUpperCase(Locale.ROOT);
                        if (result.getInt(3) == 1 && type.equals("INTEGER")) {
                            primaryKey = column;
                        } else if (!column.equalsIgnoreCase(geometryColumn)) {
                            attributes.add(new Attribute(column, type.equals("BOOLEAN")));
                        }
                    }
                }
            }
            return new Table(name, geometryColumn, primaryKey, List.copyOf(attributes), epsg(connection, srsId));
        }

        /** The SELECT that reads the table in primary-key order: the key (if any), the geometry, the attributes. */
        String select() {
            StringBuilder sql = new StringBuilder("SELECT ");
            if (primaryKey != null) {
                sql.append(quoted(primaryKey)).append(", ");
            }
            sql.append(quoted(geometryColumn));
            for (Attribute attribute : attributes) {
                sql.append(", ").append(quoted(attribute.name));
            }
            sql.append(" FROM ").append(quoted(name));
            if (primaryKey != null) {
                sql.append(" ORDER BY ").append(quoted(primaryKey));
            }
            return sql.toString();
        }

        /**
         * The EPSG code of an {@code srs_id}, or {@code null} for the undefined SRSs -1 and 0.
         *
         * @throws GeoException {@code crs.unsupported}
         */
        private static @Nullable Integer epsg(Connection connection, int srsId) throws SQLException {
            if (srsId == UNDEFINED_CARTESIAN || srsId == UNDEFINED_GEOGRAPHIC) {
                return null;
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
                statement.setInt(1, srsId);
                try (ResultSet result = statement.executeQuery()) {
                    if (!result.next()) {
                        throw new GeoException(GeoCode.CRS_UNKNOWN, 0, Map.of("kind", "srs-id", "srsId", srsId));
                    }
                    String organization = result.getString(1);
                    int code = result.getInt(2);
                    if (!organization.equalsIgnoreCase("EPSG")) {
                        throw new GeoException(GeoCode.CRS_UNSUPPORTED, 0, Map.of("crs", organization + ":" + code));
                    }
                    return CrsNames.supported(code);
                }
            }
        }

        private static String quoted(String identifier) {
            return '"' + identifier.replace("\"", "\"\"") + '"';
        }
    }
}
