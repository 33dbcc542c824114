// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the data of a geodata version lies and what it holds, as ingest found it; {@code null} on a version without
 * geometry. The version's Parquet file says the same in its GeoParquet {@code geo} metadata; this copy lets the
 * catalogue answer without opening the file.
 *
 * <p>A geodata version's data carries, after the attribute fields, the geometry columns named by the constants here,
 * in this order: {@value #GEOMETRY}, {@value #BBOX}, for a source in RD New {@value #GEOMETRY_RD} and
 * {@value #BBOX_RD}, and {@value #GEOMETRY_WKT}. The CSV download holds only {@value #GEOMETRY_WKT} of them.
 *
 * @param sourceCrs     EPSG code of the coordinates in the uploaded file (28992 for RD New, 4326 for WGS 84, 4258 for
 *                      ETRS89), as declared by the file or confirmed by the steward
 * @param bbox          the extent of all geometries in WGS 84, or null when no feature has a geometry
 * @param geometryTypes the geometry types present, as GeoParquet names them ({@code Point}, {@code MultiPolygon},
 *                      {@code LineString Z} …), in the order first seen
 */
public record VersionSpatial(int sourceCrs, @Nullable Bbox bbox, List<String> geometryTypes) {

    /** The primary geometry column: ISO WKB in WGS 84 (OGC:CRS84, longitude first). */
    public static final String GEOMETRY = "geometry";
    /** The bounding box of {@value #GEOMETRY}: its GeoParquet 1.1 covering struct. */
    public static final String BBOX = "bbox";
    /** For a source in RD New: the geometry as the source has it, ISO WKB in EPSG:28992. */
    public static final String GEOMETRY_RD = "geometry_rd";
    /** The bounding box of {@value #GEOMETRY_RD}, in RD metres. */
    public static final String BBOX_RD = "bbox_rd";
    /** {@value #GEOMETRY} as WKT, for SQL without a spatial extension and for the CSV download. */
    public static final String GEOMETRY_WKT = "geometry_wkt";

    /** EPSG code of RD New. */
    private static final int RD_NEW = 28992;

    public VersionSpatial {
        geometryTypes = List.copyOf(geometryTypes);
    }

    /** Whether the data keeps the source geometry in RD New ({@value #GEOMETRY_RD}, {@value #BBOX_RD}). */
    public boolean keepsRdNew() {
        return sourceCrs == RD_NEW;
    }

    /**
     * The Table Schema descriptors of the geometry columns, in the order the data carries them (see the class
     * description). Frictionless Table Schema v2 has no type for WKB or WKT: WKB is {@code string} with format
     * {@code binary} (base64 in the rows API, §"string"; raw bytes in Parquet), a bounding box is an {@code object}
     * (§"object"), WKT a plain {@code string}. Its {@code geojson} type would claim GeoJSON objects, which these
     * columns do not hold.
     */
    public List<SchemaField> servedFields() {
        List<SchemaField> fields = new ArrayList<>();
        fields.add(added(GEOMETRY, "Geometry (WGS 84)", "string", "binary", "The geometry in WGS 84 (OGC:CRS84,"
                + " longitude before latitude, degrees) as ISO WKB: base64 in the rows API, binary in the Parquet"
                + " download, where it is the GeoParquet 1.1 primary column. Not in the CSV download; see "
                + GEOMETRY_WKT + "."));
        fields.add(added(BBOX, "Bounding box (WGS 84)", "object", "default", "The bounding box of " + GEOMETRY
                + " in degrees: an object {xmin, ymin, xmax, ymax} (west, south, east, north), the GeoParquet 1.1"
                + " covering column; null without geometry. Not in the CSV download."));
        if (keepsRdNew()) {
            fields.add(added(GEOMETRY_RD, "Geometry (RD New)", "string", "binary", "The geometry exactly as the"
                    + " source has it, in RD New (EPSG:28992, metres) as ISO WKB: base64 in the rows API, binary in"
                    + " the Parquet download. Not in the CSV download."));
            fields.add(added(BBOX_RD, "Bounding box (RD New)", "object", "default", "The bounding box of "
                    + GEOMETRY_RD + " in RD metres: an object {xmin, ymin, xmax, ymax}. Not in the CSV download."));
        }
        fields.add(added(GEOMETRY_WKT, "Geometry as WKT (WGS 84)", "string", "default", "The geometry of "
                + GEOMETRY + " as WKT (longitude latitude), in every download; QGIS reads it as a WKT geometry"
                + " column with CRS EPSG:4326."));
        return fields;
    }

    private static SchemaField added(String name, String title, String type, String format, String description) {
        return new SchemaField(name, title, type, format, null, null, List.of(), List.of(), List.of(), description);
    }

    /**
     * A bounding box in WGS 84 degrees.
     *
     * @param west  least longitude
     * @param south least latitude
     * @param east  greatest longitude
     * @param north greatest latitude
     */
    public record Bbox(double west, double south, double east, double north) {
    }
}
