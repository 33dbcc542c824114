// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GeoParquet 1.1.0 file metadata: the JSON to store under the key {@value #KEY} in a Parquet file's key/value
 * metadata, describing its WKB geometry columns.
 *
 * <p>Written per the GeoParquet 1.1.0 specification and its JSON schema: {@code version}, {@code primary_column}, and
 * per column {@code encoding} {@code "WKB"}, {@code geometry_types}, {@code crs}, {@code bbox} and a {@code covering}
 * that names the column's bounding-box struct column (with fields {@code xmin}, {@code ymin}, {@code xmax},
 * {@code ymax}). For WGS 84 the {@code crs} key is left out, which the specification defines as OGC:CRS84
 * (longitude/latitude; an explicit {@code null} would mean "unknown"). For RD New and ETRS89 it is the full PROJJSON
 * (v0.5) of EPSG:28992 or EPSG:4258 as PROJ 9.1.1 ({@code projinfo -o PROJJSON}, EPSG database v10.076) writes it,
 * because the schema requires a complete PROJJSON object, not just an identifier. Coordinates are x/y (easting,
 * northing or longitude, latitude) whatever axis order the CRS definition states, as GeoParquet prescribes.
 *
 * <p>Typical use for a source in RD New: a primary column {@code geometry} in WGS 84 plus {@code geometry_rd} kept in
 * EPSG:28992, each with its own bounding-box column.
 */
public final class GeoParquetMetadata {

    /** The Parquet key/value metadata key. */
    public static final String KEY = "geo";

    /** The GeoParquet version written. */
    public static final String VERSION = "1.1.0";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern GEOMETRY_TYPE = Pattern.compile(
            "(GeometryCollection|(Multi)?(Point|LineString|Polygon))( Z)?");
    private static final JsonNode RD_NEW_PROJJSON = projJson("EPSG-28992.projjson");
    private static final JsonNode ETRS89_PROJJSON = projJson("EPSG-4258.projjson");

    private GeoParquetMetadata() {
    }

    /**
     * One WKB geometry column of the Parquet file.
     *
     * @param name           the column name
     * @param epsg           the CRS of its coordinates: {@value Reprojection#WGS84}, {@value Reprojection#RD_NEW} or
     *                       {@value Reprojection#ETRS89}
     * @param geometryTypes  the types present, as {@link FeatureSource#geometryTypes()} names them; empty if unknown
     * @param bbox           the extent of all its geometries in its own CRS, or {@code null} if it has none
     * @param coveringColumn the name of its bounding-box struct column, or {@code null} if the file has none
     */
    public record Column(String name, int epsg, Set<String> geometryTypes, @Nullable Envelope bbox,
                         @Nullable String coveringColumn) {

        /**
         * @throws IllegalArgumentException for a geometry type GeoParquet does not name
         * @throws GeoException             {@code crs.unsupported} for another EPSG code
         */
        public Column {
            CrsNames.supported(epsg);
            for (String type : geometryTypes) {
                if (!GEOMETRY_TYPE.matcher(type).matches()) {
                    throw new IllegalArgumentException("Not a GeoParquet geometry type: " + type);
                }
            }
            geometryTypes = Set.copyOf(geometryTypes);
            bbox = bbox == null || bbox.isNull() ? null : bbox.copy();
        }
    }

    /**
     * The {@value #KEY} metadata JSON for the given geometry columns.
     *
     * @param primaryColumn the column tools should use by default; one of the columns
     * @param columns       one or more geometry columns with distinct names
     * @throws IllegalArgumentException if there is no column, a name repeats, or the primary column is not among them
     */
    public static String json(String primaryColumn, List<Column> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A GeoParquet file has at least one geometry column");
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("primary_column", primaryColumn);
        ObjectNode described = root.putObject("columns");
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Geometry column named twice: " + column.name());
            }
            described.set(column.name(), describe(column));
        }
        if (!names.contains(primaryColumn)) {
            throw new IllegalArgumentException("The primary column " + primaryColumn + " is not among the columns");
        }
        return MAPPER.writeValueAsString(root);
    }

    private static ObjectNode describe(Column column) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("encoding", "WKB");
        ArrayNode types = node.putArray("geometry_types");
        column.geometryTypes().stream().sorted().forEach(types::add);
        if (column.epsg() == Reprojection.RD_NEW) {
            node.set("crs", RD_NEW_PROJJSON.deepCopy());
        } else if (column.epsg() == Reprojection.ETRS89) {
            node.set("crs", ETRS89_PROJJSON.deepCopy());
        }
        Envelope bbox = column.bbox();
        if (bbox != null) {
            node.putArray("bbox").add(bbox.getMinX()).add(bbox.getMinY()).add(bbox.getMaxX()).add(bbox.getMaxY());
        }
        String covering = column.coveringColumn();
        if (covering != null) {
            ObjectNode fields = node.putObject("covering").putObject("bbox");
            for (String field : List.of("xmin", "ymin", "xmax", "ymax")) {
                fields.putArray(field).add(covering).add(field);
            }
        }
        return node;
    }

    private static JsonNode projJson(String resource) {
        try (InputStream in = GeoParquetMetadata.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
