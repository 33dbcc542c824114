// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the names by which files identify a CRS into one of the EPSG codes this library supports.
 *
 * <p>Recognised, without regard to case: OGC CRS84 ({@code urn:ogc:def:crs:OGC:1.3:CRS84},
 * {@code urn:ogc:def:crs:OGC::CRS84}, {@code OGC:CRS84}, {@code CRS84} and its
 * {@code http://www.opengis.net/def/crs/OGC/1.3/CRS84} URI) as 4326, and EPSG codes written as
 * {@code urn:ogc:def:crs:EPSG::28992} (with or without a version), {@code urn:x-ogc:def:crs:EPSG:28992},
 * {@code EPSG:28992} or {@code http://www.opengis.net/def/crs/EPSG/0/28992}.
 */
final class CrsNames {

    private static final Pattern CRS84 = Pattern.compile("urn:ogc:def:crs:ogc:(1\\.3)?:crs84|ogc:crs84|crs84"
            + "|https?://www\\.opengis\\.net/def/crs/ogc/1\\.3/crs84");
    private static final Pattern EPSG = Pattern.compile("(?:urn:(?:x-)?ogc:def:crs:epsg:(?:[0-9.]*:)?|epsg:{1,2}"
            + "|https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/)([0-9]{1,9})");
    private static final int MAX_QUOTED = 80;

    private CrsNames() {
    }

    /**
     * The EPSG code a CRS name stands for.
     *
     * @throws GeoException {@code crs.unknown} if the name has none of the recognised forms; {@code crs.unsupported}
     *                      if it names an EPSG code other than 28992, 4326 or 4258
     */
    static int epsg(String name) {
        String normalised = name.strip().toLowerCase(Locale.ROOT);
        if (CRS84.matcher(normalised).matches()) {
            return Reprojection.WGS84;
        }
        Matcher epsg = EPSG.matcher(normalised);
        if (!epsg.matches()) {
            throw new GeoException(GeoCode.CRS_UNKNOWN, 0, Map.of("kind", "name", "name", quoted(name)));
        }
        return supported(Integer.parseInt(epsg.group(1)));
    }

    /**
     * The code itself if this library supports it.
     *
     * @throws GeoException {@code crs.unsupported} otherwise
     */
    static int supported(int epsg) {
        if (epsg == Reprojection.RD_NEW || epsg == Reprojection.WGS84 || epsg == Reprojection.ETRS89) {
            return epsg;
        }
        throw new GeoException(GeoCode.CRS_UNSUPPORTED, 0, Map.of("crs", "EPSG:" + epsg));
    }

    /** A name as a message may quote it: stripped, cut off after {@value #MAX_QUOTED} characters. */
    static String quoted(String name) {
        String stripped = name.strip();
        return stripped.length() <= MAX_QUOTED ? stripped : stripped.substring(0, MAX_QUOTED) + "…";
    }
}
