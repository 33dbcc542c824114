// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Map;
import java.util.OptionalInt;
import nl.datakraam.lib.messages.Message;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Envelope;

/**
 * A proposal, made from the ranges of coordinate values, of the CRS a source uses where the source does not say it
 * (or says something its coordinates contradict). The platform shows it to the steward; nothing in this library
 * applies it.
 *
 * <p>The ranges tested: RD New (EPSG:28992) x 0 to 300,000 m and y 289,000 to 629,000 m; WGS 84 (EPSG:4326) in the
 * Netherlands longitude 3 to 7.5° and latitude 50.5 to 53.8°; anything else within ±180° longitude and ±90° latitude
 * is proposed as WGS 84 with low confidence. ETRS89 and WGS 84 differ by less than a metre and cannot be told apart
 * by their values, so the proposal for degrees is always EPSG:4326.
 *
 * @param epsg       the proposed CRS as an EPSG code: {@value Reprojection#RD_NEW} or {@value Reprojection#WGS84}
 * @param confidence how sure the proposal is
 * @param reason     for the steward: which values fit which range, a message of one of the {@code crs-guess.*}
 *                   codes of {@link GeoCode}; never quotes a coordinate
 */
public record CrsGuess(int epsg, Confidence confidence, Message reason) {

    /** How sure a {@link CrsGuess} is. */
    public enum Confidence {
        /** Every value tested lies inside the CRS's range for the Netherlands. */
        HIGH,
        /** Most values fit the range, or the column names point elsewhere than the values. */
        MEDIUM,
        /** The values fit the CRS, but not inside the Netherlands, or only with swapped axes. */
        LOW
    }

    private static final double RD_MIN_X = 0;
    private static final double RD_MAX_X = 300_000;
    private static final double RD_MIN_Y = 289_000;
    private static final double RD_MAX_Y = 629_000;
    private static final double NL_MIN_LON = 3;
    private static final double NL_MAX_LON = 7.5;
    private static final double NL_MIN_LAT = 50.5;
    private static final double NL_MAX_LAT = 53.8;

    /** The projected bounds of RD New's area of use (EPSG:28992, the Netherlands onshore), in metres. */
    private static final double RD_DOMAIN_MIN_X = -7_000;
    private static final double RD_DOMAIN_MAX_X = 300_000;
    private static final double RD_DOMAIN_MIN_Y = 289_000;
    private static final double RD_DOMAIN_MAX_Y = 629_000;

    /**
     * Whether coordinates spanning an extent can be in a CRS at all, however unlikely: for RD New
     * ({@value Reprojection#RD_NEW}) they lie within the projected bounds of its area of use (x -7,000 to 300,000 m,
     * y 289,000 to 629,000 m, EPSG registry); for the geographic CRSs WGS 84 ({@value Reprojection#WGS84}) and
     * ETRS89 (4258) within longitude ±180° and latitude ±90° (x is longitude). Unlike a guess, this refuses only
     * what cannot be right: lon/lat values read as RD metres lie hundreds of kilometres outside the Netherlands, and RD
     * metres read as degrees lie beyond the poles.
     *
     * @param epsg   28992, 4326 or 4258; any other code fits nothing
     * @param extent the range of the x and y values, in the source's units
     */
    public static boolean fits(int epsg, Envelope extent) {
        return switch (epsg) {
            case Reprojection.RD_NEW -> extent.getMinX() >= RD_DOMAIN_MIN_X && extent.getMaxX() <= RD_DOMAIN_MAX_X
                    && extent.getMinY() >= RD_DOMAIN_MIN_Y && extent.getMaxY() <= RD_DOMAIN_MAX_Y;
            case Reprojection.WGS84, 4258 -> isLonLat(extent);
            default -> false;
        };
    }

    /**
     * The CRS that coordinates spanning an extent would fit ({@link #fits}): {@value Reprojection#RD_NEW} or
     * {@value Reprojection#WGS84}; empty when they fit neither.
     */
    public static OptionalInt fitting(Envelope extent) {
        if (fits(Reprojection.RD_NEW, extent)) {
            return OptionalInt.of(Reprojection.RD_NEW);
        }
        return fits(Reprojection.WGS84, extent) ? OptionalInt.of(Reprojection.WGS84) : OptionalInt.empty();
    }

    /** The proposal for coordinates spanning an extent, or {@code null} if they fit no range this library knows. */
    static @Nullable CrsGuess fromExtent(Envelope extent) {
        if (isDutchLonLat(extent)) {
            return new CrsGuess(Reprojection.WGS84, Confidence.HIGH, Message.of(GeoCode.GUESS_DUTCH_LON_LAT, Map.of()));
        }
        if (isRdNew(extent)) {
            return new CrsGuess(Reprojection.RD_NEW, Confidence.HIGH, Message.of(GeoCode.GUESS_RD_NEW, Map.of()));
        }
        if (isDutchLonLat(new Envelope(extent.getMinY(), extent.getMaxY(), extent.getMinX(), extent.getMaxX()))) {
            return new CrsGuess(Reprojection.WGS84, Confidence.LOW, Message.of(GeoCode.GUESS_SWAPPED, Map.of()));
        }
        if (isLonLat(extent)) {
            return new CrsGuess(Reprojection.WGS84, Confidence.LOW,
                    Message.of(GeoCode.GUESS_LON_LAT_ABROAD, Map.of()));
        }
        return null;
    }

    /** Whether an extent lies within ±180° x and ±90° y, the domain of longitude/latitude. */
    static boolean isLonLat(Envelope extent) {
        return extent.getMinX() >= -180 && extent.getMaxX() <= 180 && extent.getMinY() >= -90
                && extent.getMaxY() <= 90;
    }

    /** Whether an extent lies within WGS 84 longitude/latitude of the Netherlands. */
    static boolean isDutchLonLat(Envelope extent) {
        return isDutchLon(extent.getMinX()) && isDutchLon(extent.getMaxX()) && isDutchLat(extent.getMinY())
                && isDutchLat(extent.getMaxY());
    }

    /** Whether an extent lies within the RD New range of the Netherlands. */
    static boolean isRdNew(Envelope extent) {
        return isRdX(extent.getMinX()) && isRdX(extent.getMaxX()) && isRdY(extent.getMinY())
                && isRdY(extent.getMaxY());
    }

    static boolean isRdX(double x) {
        return x >= RD_MIN_X && x <= RD_MAX_X;
    }

    static boolean isRdY(double y) {
        return y >= RD_MIN_Y && y <= RD_MAX_Y;
    }

    static boolean isDutchLon(double lon) {
        return lon >= NL_MIN_LON && lon <= NL_MAX_LON;
    }

    static boolean isDutchLat(double lat) {
        return lat >= NL_MIN_LAT && lat <= NL_MAX_LAT;
    }
}
