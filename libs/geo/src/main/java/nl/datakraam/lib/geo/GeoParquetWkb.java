// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Encodes geometries as GeoParquet 1.1 requires for its {@code "WKB"} encoding: the ISO / OGC Simple Features WKB,
 * little-endian; two-dimensional, or with z and the type codes 1001–1007 when any coordinate has a height. M values
 * are not written. (JTS's own {@code WKBWriter} marks heights the PostGIS way, with a high bit in the type code, which
 * GeoParquet does not allow; for 2D geometries both give the same bytes.) An empty point is written with NaN
 * coordinates. Thread-safe.
 */
public final class GeoParquetWkb {

    private static final int POINT = 1;
    private static final int LINE_STRING = 2;
    private static final int POLYGON = 3;
    private static final int MULTI_POINT = 4;
    private static final int MULTI_LINE_STRING = 5;
    private static final int MULTI_POLYGON = 6;
    private static final int GEOMETRY_COLLECTION = 7;
    private static final int Z_OFFSET = 1000;
    private static final byte LITTLE_ENDIAN = 1;

    private GeoParquetWkb() {
    }

    /** The WKB of a geometry, for a GeoParquet geometry column. */
    public static byte[] encode(Geometry geometry) {
        boolean z = GeometryTypes.hasHeight(geometry);
        ByteBuffer out = ByteBuffer.allocate(size(geometry, z ? 3 : 2)).order(ByteOrder.LITTLE_ENDIAN);
        write(geometry, z, out);
        return out.array();
    }

    private static void write(Geometry geometry, boolean z, ByteBuffer out) {
        out.put(LITTLE_ENDIAN).putInt(type(geometry) + (z ? Z_OFFSET : 0));
        switch (geometry) {
            case Point point when point.isEmpty() -> {
                for (int i = z ? 3 : 2; i > 0; i--) {
                    out.putDouble(Double.NaN);
                }
            }
            case Point point -> coordinates(point.getCoordinateSequence(), z, out, false);
            case LineString line -> coordinates(line.getCoordinateSequence(), z, out, true);
            case Polygon polygon when polygon.isEmpty() -> out.putInt(0);
            case Polygon polygon -> {
                out.putInt(polygon.getNumInteriorRing() + 1);
                coordinates(polygon.getExteriorRing().getCoordinateSequence(), z, out, true);
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    coordinates(polygon.getInteriorRingN(i).getCoordinateSequence(), z, out, true);
                }
            }
            default -> {
                out.putInt(geometry.getNumGeometries());
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    write(geometry.getGeometryN(i), z, out);
                }
            }
        }
    }

    private static void coordinates(CoordinateSequence sequence, boolean z, ByteBuffer out, boolean counted) {
        if (counted) {
            out.putInt(sequence.size());
        }
        for (int i = 0; i < sequence.size(); i++) {
            out.putDouble(sequence.getX(i)).putDouble(sequence.getY(i));
            if (z) {
                out.putDouble(sequence.hasZ() ? sequence.getZ(i) : Double.NaN);
            }
        }
    }

    private static int type(Geometry geometry) {
        return switch (geometry) {
            case Point ignored -> POINT;
            case LineString ignored -> LINE_STRING;
            case Polygon ignored -> POLYGON;
            case MultiPoint ignored -> MULTI_POINT;
            case MultiLineString ignored -> MULTI_LINE_STRING;
            case MultiPolygon ignored -> MULTI_POLYGON;
            case GeometryCollection ignored -> GEOMETRY_COLLECTION;
            default -> throw new IllegalArgumentException("Not a Simple Features geometry: "
                    + geometry.getGeometryType());
        };
    }

    /** The number of bytes {@link #write} writes. */
    private static int size(Geometry geometry, int dimension) {
        int header = 1 + 4;
        int coordinate = 8 * dimension;
        return switch (geometry) {
            case Point ignored -> header + coordinate;
            case LineString line -> header + 4 + line.getNumPoints() * coordinate;
            case Polygon polygon when polygon.isEmpty() -> header + 4;
            case Polygon polygon -> header + 4 + 4 * (polygon.getNumInteriorRing() + 1)
                    + polygon.getNumPoints() * coordinate;
            default -> {
                int size = header + 4;
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    size += size(geometry.getGeometryN(i), dimension);
                }
                yield size;
            }
        };
    }
}
