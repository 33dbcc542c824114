// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Writes JTS geometries as GeoJSON geometry objects (RFC 7946 §3.1), as maps and lists ready for a JSON writer:
 * {@code {"type": "Polygon", "coordinates": [[[x, y], …]]}}. A position is {@code [x, y]}, or {@code [x, y, z]} where
 * the coordinate has a height. Thread-safe.
 */
public final class GeoJsonOutput {

    private GeoJsonOutput() {
    }

    /**
     * The GeoJSON form of a geometry.
     *
     * @param swapAxes write y before x in every position: for a CRS whose first axis is latitude (EPSG:4258 and
     *                 EPSG:4326 as OGC API – Features Part 2 names them), where the geometry holds longitude as x
     */
    public static Map<String, Object> geometry(Geometry geometry, boolean swapAxes) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection collection && !(geometry instanceof MultiPoint
                || geometry instanceof MultiLineString || geometry instanceof MultiPolygon)) {
            List<Object> members = new ArrayList<>();
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                members.add(geometry(collection.getGeometryN(i), swapAxes));
            }
            object.put("geometries", members);
        } else {
            object.put("coordinates", coordinates(geometry, swapAxes));
        }
        return object;
    }

    private static List<?> coordinates(Geometry geometry, boolean swapAxes) {
        return switch (geometry) {
            case Point point when point.isEmpty() -> List.of();
            case Point point -> position(point.getCoordinateSequence(), 0, swapAxes);
            case LineString line -> positions(line.getCoordinateSequence(), swapAxes);
            case Polygon polygon -> {
                List<Object> rings = new ArrayList<>();
                if (!polygon.isEmpty()) {
                    rings.add(positions(polygon.getExteriorRing().getCoordinateSequence(), swapAxes));
                    for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                        rings.add(positions(polygon.getInteriorRingN(i).getCoordinateSequence(), swapAxes));
                    }
                }
                yield rings;
            }
            default -> {
                List<Object> parts = new ArrayList<>();
                for (int i = 0; i < geometry.getNumGeometries(); i++) {
                    parts.add(coordinates(geometry.getGeometryN(i), swapAxes));
                }
                yield parts;
            }
        };
    }

    private static List<List<Double>> positions(CoordinateSequence sequence, boolean swapAxes) {
        List<List<Double>> positions = new ArrayList<>(sequence.size());
        for (int i = 0; i < sequence.size(); i++) {
            positions.add(position(sequence, i, swapAxes));
        }
        return positions;
    }

    private static List<Double> position(CoordinateSequence sequence, int i, boolean swapAxes) {
        double x = swapAxes ? sequence.getY(i) : sequence.getX(i);
        double y = swapAxes ? sequence.getX(i) : sequence.getY(i);
        double z = sequence.hasZ() ? sequence.getZ(i) : Double.NaN;
        return Double.isNaN(z) ? List.of(x, y) : List.of(x, y, z);
    }
}
