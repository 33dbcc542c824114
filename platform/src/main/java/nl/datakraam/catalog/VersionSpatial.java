// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the data of a geodata version lies and what it holds, as ingest found it; {@code null} on a version without
 * geometry. The version's Parquet file says the same in its GeoParquet {@code geo} metadata; this copy lets the
 * catalogue answer without opening the file.
 *
 * @param sourceCrs     EPSG code of the coordinates in the uploaded file (28992 for RD New, 4326 for WGS 84, 4258 for
 *                      ETRS89), as declared by the file or confirmed by the steward
 * @param bbox          the extent of all geometries in WGS 84, or null when no feature has a geometry
 * @param geometryTypes the geometry types present, as GeoParquet names them ({@code Point}, {@code MultiPolygon},
 *                      {@code LineString Z} …), in the order first seen
 */
public record VersionSpatial(int sourceCrs, @Nullable Bbox bbox, List<String> geometryTypes) {

    public VersionSpatial {
        geometryTypes = List.copyOf(geometryTypes);
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
