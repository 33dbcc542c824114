// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.Arrays;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes the GeoPackage geometry encoding (OGC 12-128r18 §2.1.3): a header of the magic {@code GP}, a version byte
 * (0 for version 1), a flags byte, a 4-byte {@code srs_id} and an optional envelope of 0, 32, 48 or 64 bytes, followed
 * by standard WKB (ISO 13249-3) of the geometry. Not thread-safe.
 */
final class GeoPackageBinary {

    private static final int HEADER_BYTES = 8;
    private static final int EXTENDED_TYPE_FLAG = 0b0010_0000;
    private static final int[] ENVELOPE_BYTES = {0, 32, 48, 48, 64};

    private final WKBReader wkb;

    GeoPackageBinary(GeometryFactory factory) {
        this.wkb = new WKBReader(factory);
    }

    /**
     * The geometry a GeoPackage geometry blob encodes.
     *
     * @param position the 1-based position of the feature, for messages
     * @throws GeoException {@code gpkg.bad-geometry} if the blob is not a GeoPackage geometry this library can read
     */
    Geometry read(byte[] blob, long position) {
        if (blob.length < HEADER_BYTES || blob[0] != 'G' || blob[1] != 'P') {
            throw bad(position, Map.of("problem", "no-header"));
        }
        if (blob[2] != 0) {
            throw bad(position, Map.of("problem", "version", "version", (int) blob[2]));
        }
        int flags = blob[3];
        if ((flags & EXTENDED_TYPE_FLAG) != 0) {
            throw bad(position, Map.of("problem", "extended-type"));
        }
        int envelope = (flags >> 1) & 0b111;
        if (envelope >= ENVELOPE_BYTES.length) {
            throw bad(position, Map.of("problem", "envelope", "envelope", envelope));
        }
        int start = HEADER_BYTES + ENVELOPE_BYTES[envelope];
        if (start >= blob.length) {
            throw bad(position, Map.of("problem", "cut-off"));
        }
        try {
            // JTS reads the NaN coordinates GeoPackage writes for an empty point (§2.1.3.1.1) as an empty point
            return wkb.read(Arrays.copyOfRange(blob, start, blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new GeoException(GeoCode.GPKG_BAD_GEOMETRY, position, Map.of("problem", "not-wkb"), e);
        }
    }

    /** @param arguments the {@code problem} of {@link GeoCode#GPKG_BAD_GEOMETRY} and its facts */
    private static GeoException bad(long position, Map<String, ?> arguments) {
        return new GeoException(GeoCode.GPKG_BAD_GEOMETRY, position, arguments);
    }
}
