// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Map;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Moves geometries between RD New (EPSG:28992, metres), WGS 84 (EPSG:4326, degrees) and ETRS89 (EPSG:4258, degrees),
 * with longitude as x and latitude as y throughout.
 *
 * <p>RD New is the PROJ definition of EPSG:28992 with the 7-parameter Helmert datum shift of EPSG transformation
 * 4833 ("Amersfoort to WGS 84 (4)"): {@code +proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889
 * +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel
 * +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725}.
 * This is not RDNAPTRANS™2018, which adds a correction grid for the distortions of the historical RD network.
 *
 * <p>Accuracy, as this library's tests measure it: against the six test points on land of the Kadaster's
 * RDNAPTRANS™2008 test sheet (ETRS89) the error is 0.02 to 0.17 m (largest in Zeeuws-Vlaanderen), in both directions;
 * the RD distortions the correction grid models stay within about 0.25 m. So the shift lands in ETRS89; as WGS 84
 * and ETRS89 have drifted apart by about 0.9 m (2025), against a current WGS 84 realisation the error is about 1 m,
 * the accuracy EPSG states for this transformation. Enough for maps and analysis at the scale of parcels; not for
 * cadastral or engineering work. The results agree with PROJ 9.1.1
 * ({@code cs2cs EPSG:28992 EPSG:4326}, which picks the same transformation) within 0.2 mm, and a round trip returns
 * within 0.6 mm anywhere in the Netherlands.
 *
 * <p>ETRS89 is treated as identical to WGS 84 (no shift), which is within the same metre in the Netherlands.
 *
 * <p>An instance is cheap to create and not thread-safe: use one per thread. Coordinates far outside the
 * Netherlands are transformed without complaint, with errors growing with the distance.
 */
public final class Reprojection {

    /** WGS 84 as longitude/latitude in degrees (OGC CRS84 axis order). */
    public static final int WGS84 = 4326;

    /** ETRS89 as longitude/latitude in degrees; treated as {@link #WGS84}. */
    public static final int ETRS89 = 4258;

    /** Amersfoort / RD New, the Dutch national grid, in metres. */
    public static final int RD_NEW = 28992;

    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateReferenceSystem RD_NEW_CRS = CRS_FACTORY.createFromParameters("EPSG:28992",
            "+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000"
                    + " +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m"
                    + " +no_defs");
    private static final CoordinateReferenceSystem WGS84_CRS = CRS_FACTORY.createFromParameters("EPSG:4326",
            "+proj=longlat +datum=WGS84 +no_defs");

    private final int source;
    private final int target;
    private final CoordinateTransform transform;
    private final ProjCoordinate from = new ProjCoordinate();
    private final ProjCoordinate to = new ProjCoordinate();

    private Reprojection(int source, int target) {
        this.source = source;
        this.target = target;
        this.transform = new CoordinateTransformFactory().createTransform(crs(source), crs(target));
    }

    /**
     * A reprojection from one supported CRS to another (possibly the same).
     *
     * @param sourceEpsg {@link #RD_NEW}, {@link #WGS84} or {@link #ETRS89}
     * @param targetEpsg {@link #RD_NEW}, {@link #WGS84} or {@link #ETRS89}
     * @throws GeoException {@code crs.unsupported} for any other EPSG code
     */
    public static Reprojection of(int sourceEpsg, int targetEpsg) {
        return new Reprojection(CrsNames.supported(sourceEpsg), CrsNames.supported(targetEpsg));
    }

    /** The EPSG code this reprojection reads. */
    public int source() {
        return source;
    }

    /** The EPSG code this reprojection writes. */
    public int target() {
        return target;
    }

    /**
     * A copy of a geometry with every x and y transformed; z (height) is kept as it is. The argument is not changed.
     *
     * @throws GeoException {@code crs.transform-failed} if a coordinate is not a position in the source CRS: not
     *                      finite, or beyond ±180° longitude or ±90° latitude
     */
    public Geometry apply(Geometry geometry) {
        Geometry copy = geometry.copy();
        if (crs(source) != crs(target)) {
            copy.apply(new Filter());
            copy.geometryChanged();
        }
        return copy;
    }

    private static CoordinateReferenceSystem crs(int epsg) {
        return epsg == RD_NEW ? RD_NEW_CRS : WGS84_CRS;
    }

    /** Transforms each coordinate of a sequence in place. */
    private final class Filter implements CoordinateSequenceFilter {

        @Override
        public void filter(CoordinateSequence sequence, int i) {
            from.x = sequence.getX(i);
            from.y = sequence.getY(i);
            // proj4j answers some impossible input (an infinite or 185° longitude) with a finite position
            boolean valid = Double.isFinite(from.x) && Double.isFinite(from.y)
                    && (source == RD_NEW || Math.abs(from.x) <= 180 && Math.abs(from.y) <= 90);
            try {
                if (valid) {
                    transform.transform(from, to);
                }
            } catch (Proj4jException | IllegalStateException e) {
                valid = false;
            }
            if (!valid || !Double.isFinite(to.x) || !Double.isFinite(to.y)) {
                throw new GeoException(GeoCode.CRS_TRANSFORM_FAILED, 0,
                        Map.of("sourceEpsg", source, "targetEpsg", target));
            }
            sequence.setOrdinate(i, CoordinateSequence.X, to.x);
            sequence.setOrdinate(i, CoordinateSequence.Y, to.y);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
