// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;

/**
 * The coordinate reference systems the OGC API serves (OGC API – Features Part 2, "CRS by reference"), by their OGC
 * CRS URIs. Axis order is that of the URI's definition: CRS84 longitude first, EPSG:4258 latitude first (as the
 * EPSG register defines it), EPSG:28992 x (east) first.
 */
enum OgcCrs {

    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", Reprojection.WGS84, false),
    RD_NEW("http://www.opengis.net/def/crs/EPSG/0/28992", Reprojection.RD_NEW, false),
    ETRS89("http://www.opengis.net/def/crs/EPSG/0/4258", Reprojection.ETRS89, true);

    private final String uri;
    private final int epsg;
    private final boolean latitudeFirst;

    OgcCrs(String uri, int epsg, boolean latitudeFirst) {
        this.uri = uri;
        this.epsg = epsg;
        this.latitudeFirst = latitudeFirst;
    }

    String uri() {
        return uri;
    }

    /** The EPSG code of the datum and projection, for {@link Reprojection}; ETRS89 counts as WGS 84 there. */
    int epsg() {
        return epsg;
    }

    /** Whether positions are written latitude first. */
    boolean latitudeFirst() {
        return latitudeFirst;
    }

    /** Whether coordinates are in degrees (longitude, latitude) rather than RD metres. */
    boolean geographic() {
        return this != RD_NEW;
    }

    /** The URIs of every supported CRS, CRS84 first, for a collection's {@code crs} list. */
    static List<String> uris() {
        return Arrays.stream(values()).map(OgcCrs::uri).toList();
    }

    /** The legacy GeoJSON {@code crs} name (GeoJSON 2008 §3.1) for clients that read no {@code Content-Crs}. */
    String urn() {
        return this == CRS84 ? "urn:ogc:def:crs:OGC:1.3:CRS84" : "urn:ogc:def:crs:EPSG::" + epsg;
    }

    /**
     * The CRS a request parameter names.
     *
     * @throws PlatformException {@link ErrorCode#INVALID_PARAMETER} ({@link RequestCode#CHOICE}) for any other value
     */
    static OgcCrs of(String parameter, String value) {
        String wanted = value.strip();
        for (OgcCrs crs : values()) {
            if (crs.uri.equals(wanted) || crs.uri.replace("http://", "https://").equals(wanted)) {
                return crs;
            }
        }
        throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.CHOICE,
                Map.of("parameter", parameter, "allowed", uris()));
    }
}
