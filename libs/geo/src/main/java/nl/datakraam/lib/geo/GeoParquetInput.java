// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The geometry columns of a GeoParquet file written by others, as its {@code geo} key/value metadata declares them
 * (GeoParquet 1.0.0 and 1.1.0, "File metadata" and "Column metadata"), and the decoding of their WKB values. The
 * Parquet file itself is read by the caller; this class only interprets what it found.
 *
 * <p>A column's CRS, per the specification's {@code crs} member: absent means OGC:CRS84 (WGS 84, longitude first,
 * returned as EPSG:4326); a PROJJSON object is identified by its {@code id} (or {@code ids}), or failing that by its
 * {@code name} (Amersfoort / RD New, WGS 84, ETRS89); an explicit {@code null} means "unknown", and the steward must
 * confirm one. Immutable and thread-safe.
 */
public final class GeoParquetInput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String primaryColumn;
    private final List<Column> columns;

    private GeoParquetInput(String primaryColumn, List<Column> columns) {
        this.primaryColumn = primaryColumn;
        this.columns = List.copyOf(columns);
    }

    /**
     * One geometry column, as the metadata declares it.
     *
     * @param name           the column name
     * @param encoding       {@code WKB}, or a GeoArrow native encoding such as {@code point} (GeoParquet 1.1)
     * @param declaredEpsg   the EPSG code of its CRS (4326 for OGC:CRS84 and for an absent {@code crs}), or null when
     *                       the metadata says {@code "crs": null} (unknown)
     * @param geometryTypes  the declared {@code geometry_types}, possibly empty
     * @param bbox           the declared {@code bbox} of the column (xmin, ymin, xmax, ymax in its CRS), or null
     * @param coveringColumn the bounding-box struct column its {@code covering} names, or null
     */
    public record Column(String name, String encoding, @Nullable Integer declaredEpsg, Set<String> geometryTypes,
                         @Nullable Envelope bbox, @Nullable String coveringColumn) {

        public Column {
            geometryTypes = Set.copyOf(geometryTypes);
            bbox = bbox == null ? null : bbox.copy();
        }

        /** Whether the values are WKB, the only encoding read here. */
        public boolean isWkb() {
            return encoding.equalsIgnoreCase("WKB");
        }

        /**
         * The EPSG code of the column's coordinates, checked against their extent as for GeoJSON: a declared CRS the
         * coordinates cannot be in is refused.
         *
         * @param extent the extent of the values, e.g. {@link #bbox()} or that of the first geometry; null when unknown
         * @throws GeoException {@code crs.undeclared} for {@code "crs": null}, {@code crs.contradicted} when the
         *                      coordinates cannot be in the declared CRS; {@link #crsGuess} may then propose one
         */
        public int crs(@Nullable Envelope extent) {
            return decision(extent).epsg();
        }

        /** A proposal for the CRS when {@link #crs} cannot answer; empty otherwise. */
        public Optional<CrsGuess> crsGuess(@Nullable Envelope extent) {
            return decision(extent).guess();
        }

        private SourceCrs decision(@Nullable Envelope extent) {
            return SourceCrs.decide(declaredEpsg, null, extent, "geoparquet", name);
        }
    }

    /**
     * Reads the {@code geo} metadata JSON.
     *
     * @throws GeoException {@code geoparquet.invalid-metadata} for JSON that is not GeoParquet file metadata (no
     *                      {@code primary_column}, or one not among {@code columns}); {@code crs.unknown} for a
     *                      {@code crs} that names no EPSG code or OGC CRS84; {@code crs.unsupported} for an EPSG code
     *                      other than 28992, 4326 or 4258
     */
    public static GeoParquetInput parse(String geoMetadata) {
        JsonNode root;
        try {
            root = MAPPER.readTree(geoMetadata);
        } catch (JacksonException e) {
            throw invalid("not-json", "", e);
        }
        JsonNode described = root.path("columns");
        String primary = root.path("primary_column").asString("");
        if (!described.isObject() || primary.isEmpty()) {
            throw invalid("no-primary", primary, null);
        }
        List<Column> columns = new ArrayList<>();
        for (var entry : described.properties()) {
            columns.add(column(entry.getKey(), entry.getValue()));
        }
        if (columns.stream().noneMatch(column -> column.name().equals(primary))) {
            throw invalid("primary-not-described", primary, null);
        }
        return new GeoParquetInput(primary, columns);
    }

    /** The column tools should use by default. */
    public Column primary() {
        return columns.stream().filter(column -> column.name().equals(primaryColumn)).findFirst().orElseThrow();
    }

    /** Every declared geometry column, in the order of the metadata. */
    public List<Column> columns() {
        return columns;
    }

    /**
     * A geometry from WKB as GeoParquet stores it (ISO WKB, also with z; EWKB is read as well), in its column's CRS.
     *
     * @param position the 1-based row, for the message
     * @throws GeoException {@code geoparquet.bad-geometry} for bytes that are not WKB
     */
    public static Geometry decode(byte[] wkb, long position) {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException | RuntimeException e) {
            throw new GeoException(GeoCode.GEOPARQUET_BAD_GEOMETRY, position, Map.of(), e);
        }
    }

    /**
     * The GeoParquet {@code geometry_types} name of a geometry: {@code Point}, {@code MultiPolygon},
     * {@code LineString Z} ….
     */
    public static String geometryType(Geometry geometry) {
        return GeometryTypes.name(geometry);
    }

    private static Column column(String name, JsonNode node) {
        String encoding = node.path("encoding").asString("WKB");
        Set<String> types = new LinkedHashSet<>();
        node.path("geometry_types").forEach(type -> types.add(type.asString()));
        Envelope bbox = null;
        JsonNode box = node.path("bbox");
        if (box.isArray() && (box.size() == 4 || box.size() == 6)) {
            int half = box.size() / 2;
            bbox = new Envelope(box.get(0).asDouble(), box.get(half).asDouble(), box.get(1).asDouble(),
                    box.get(half + 1).asDouble());
        }
        JsonNode xmin = node.path("covering").path("bbox").path("xmin");
        String covering = xmin.isArray() && !xmin.isEmpty() ? xmin.get(0).asString() : null;
        Integer epsg = Integer.valueOf(Reprojection.WGS84);
        if (node.has("crs")) {
            epsg = epsg(name, node.get("crs"));
        }
        return new Column(name, encoding, epsg, types, bbox, covering);
    }

    /** The EPSG code of a PROJJSON {@code crs} member, or null for {@code null} (unknown). */
    private static @Nullable Integer epsg(String column, JsonNode crs) {
        if (crs.isNull()) {
            return null;
        }
        List<JsonNode> ids = new ArrayList<>();
        if (crs.has("id")) {
            ids.add(crs.get("id"));
        }
        crs.path("ids").forEach(ids::add);
        for (JsonNode id : ids) {
            String authority = id.path("authority").asString("").toUpperCase(Locale.ROOT);
            String code = id.path("code").asString("");
            if (authority.equals("OGC") && code.equalsIgnoreCase("CRS84")) {
                return Reprojection.WGS84;
            }
            if (authority.equals("EPSG") && code.matches("[0-9]{1,9}")) {
                return CrsNames.supported(Integer.parseInt(code));
            }
        }
        if (crs.isString()) {
            return CrsNames.epsg(crs.asString());
        }
        String name = crs.path("name").asString("");
        return switch (name) {
            case "Amersfoort / RD New" -> Reprojection.RD_NEW;
            case "WGS 84", "WGS 84 (CRS84)" -> Reprojection.WGS84;
            case "ETRS89" -> Reprojection.ETRS89;
            default -> throw new GeoException(GeoCode.CRS_UNKNOWN, 0, Map.of("kind", "projjson", "column", column,
                    "name", CrsNames.quoted(name), "named", !name.isEmpty()));
        };
    }

    /**
     * @param problem as {@link GeoCode#GEOPARQUET_INVALID_METADATA} names it
     * @param primary the primary column's name, or empty
     */
    private static GeoException invalid(String problem, String primary, @Nullable Throwable cause) {
        return new GeoException(GeoCode.GEOPARQUET_INVALID_METADATA, 0, Map.of("problem", problem, "primary",
                primary), cause);
    }
}
