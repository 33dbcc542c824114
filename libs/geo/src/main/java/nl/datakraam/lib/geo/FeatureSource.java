// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The features of one geodata file, read one at a time and never all at once.
 *
 * <pre>{@code
 * try (FeatureSource source = FeatureSource.openGeoJson(file)) {
 *     int crs = source.crs();                 // throws crs.undeclared: show source.crsGuess() to the steward
 *     for (Feature f = source.next(); f != null; f = source.next()) { … }
 *     Set<String> types = source.geometryTypes();
 * }
 * }</pre>
 *
 * <p>Opening reads the file's header and its first feature, so that {@link #crs()} can be checked against real
 * coordinates. Geometries are returned in the source's CRS, unchanged; use {@link Reprojection} to move them. An
 * instance is not thread-safe. Faults in the input are {@link GeoException}s, with the position of the feature
 * concerned where there is one; {@link IOException} is kept for the file system.
 */
public interface FeatureSource extends AutoCloseable {

    /**
     * Opens a GeoJSON FeatureCollection (RFC 7946 §3.3), UTF-8, optionally with the legacy top-level {@code crs}
     * member of GeoJSON 2008: {@code {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::28992"}}}, also
     * with {@code EPSG:28992} or {@code urn:ogc:def:crs:OGC:1.3:CRS84} as the name. Without it, RFC 7946 §4 applies:
     * WGS 84 longitude/latitude. An empty {@code features} array is a source with no features.
     *
     * @throws GeoException {@code json.malformed} or {@code json.truncated} for broken JSON;
     *                      {@code geojson.not-a-feature-collection} for another top-level object;
     *                      {@code geojson.no-features} if there is no {@code features} array;
     *                      {@code crs.unknown} or {@code crs.unsupported} for a {@code crs} member this library
     *                      cannot use; {@code geojson.bad-feature} or {@code geojson.bad-geometry} if the first
     *                      feature is not valid GeoJSON
     * @throws IOException  if the file cannot be read
     */
    static FeatureSource openGeoJson(Path file) throws IOException {
        return GeoJsonSource.open(file);
    }

    /**
     * Opens the first feature table of a GeoPackage (OGC 12-128r18), the first in {@code gpkg_contents} order, read
     * only. See {@link #openGeoPackage(Path, String)}.
     *
     * @throws GeoException {@code gpkg.no-feature-table} if the GeoPackage has none; and as
     *                      {@link #openGeoPackage(Path, String)}
     * @throws IOException  if the file does not exist or cannot be read
     */
    static FeatureSource openGeoPackage(Path file) throws IOException {
        return GeoPackageSource.open(file, null);
    }

    /**
     * Opens one feature table of a GeoPackage (OGC 12-128r18), read only. The CRS is the table's {@code srs_id} in
     * {@code gpkg_geometry_columns}, looked up in {@code gpkg_spatial_ref_sys}; geometries are decoded from the
     * GeoPackage binary header and the WKB that follows it (§2.1.3). Every other column becomes a property, as
     * {@link Feature#properties()} describes; the integer primary key becomes {@link Feature#id()}.
     *
     * @param table the table name, matched without regard to case
     * @throws GeoException {@code gpkg.not-a-geopackage} for a file that is not a GeoPackage;
     *                      {@code gpkg.table-not-found} if no feature table has that name;
     *                      {@code crs.unsupported} for an SRS other than EPSG:28992, 4326 or 4258;
     *                      {@code gpkg.bad-geometry} if the first geometry cannot be decoded
     * @throws IOException  if the file does not exist or cannot be read
     */
    static FeatureSource openGeoPackage(Path file, String table) throws IOException {
        return GeoPackageSource.open(file, table);
    }

    /**
     * The names of the feature tables of a GeoPackage, in {@code gpkg_contents} order; empty if it has none.
     *
     * @throws GeoException {@code gpkg.not-a-geopackage} for a file that is not a GeoPackage
     * @throws IOException  if the file does not exist or cannot be read
     */
    static List<String> geoPackageFeatureTables(Path file) throws IOException {
        return GeoPackageSource.featureTables(file);
    }

    /**
     * The next feature, or {@code null} after the last one.
     *
     * @throws GeoException for a feature that cannot be read, with its {@link GeoException#position()}:
     *                      {@code json.malformed}, {@code json.truncated}, {@code geojson.bad-feature},
     *                      {@code geojson.bad-geometry}, {@code geojson.crs-mixed}, {@code gpkg.bad-geometry},
     *                      {@code gpkg.unreadable}
     * @throws IOException  if the file cannot be read
     */
    @Nullable Feature next() throws IOException;

    /**
     * The EPSG code of the coordinates of this source's geometries: {@value Reprojection#WGS84} (WGS 84, longitude
     * before latitude, also for {@code CRS84}), {@value Reprojection#RD_NEW} (RD New, metres) or
     * {@value Reprojection#ETRS89} (ETRS89, longitude before latitude).
     *
     * @throws GeoException {@code crs.undeclared} if the source declares no CRS and the format implies none that its
     *                      coordinates fit (e.g. GeoJSON in RD metres without a {@code crs} member);
     *                      {@code crs.contradicted} if the declared CRS cannot hold the coordinates. In both cases
     *                      {@link #crsGuess()} may hold a proposal for the steward to confirm.
     */
    int crs();

    /**
     * A proposal for the CRS when {@link #crs()} cannot answer, made from the coordinate ranges of the first
     * feature's geometry; empty when the CRS is known, or when the coordinates fit no range this library knows.
     * (The check needs a geometry on the first feature: when it has none, the declared or default CRS stands.)
     */
    Optional<CrsGuess> crsGuess();

    /**
     * The geometry types of the features returned so far, in the order first seen, named as GeoParquet 1.1
     * {@code geometry_types} names them ({@code "Polygon"}, {@code "MultiPolygon"}, {@code "Point Z"} …). Complete
     * once {@link #next()} has returned {@code null}.
     */
    Set<String> geometryTypes();

    /**
     * Bytes of input consumed so far, for progress: the position in a GeoJSON file; for a GeoPackage, the size of the
     * cell values read (geometry blobs and attribute text), which ends somewhat below the file size.
     */
    long bytesRead();

    /** Closes the file. */
    @Override
    void close() throws IOException;
}
