// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * Builds JTS geometries from GeoJSON geometry objects (RFC 7946 §3.1): Point, MultiPoint, LineString,
 * MultiLineString, Polygon, MultiPolygon and GeometryCollection. A position has two or three numbers (x, y and an
 * optional height, §3.1.1); further numbers are ignored, as §3.1.1 allows.
 */
final class GeoJsonGeometry {

    private final GeometryFactory factory;
    private final long position;

    /**
     * @param position the 1-based position of the feature, for messages
     */
    GeoJsonGeometry(GeometryFactory factory, long position) {
        this.factory = factory;
        this.position = position;
    }

    /**
     * The geometry of a GeoJSON geometry object, or {@code null} for JSON {@code null}.
     *
     * @throws GeoException {@code geojson.bad-geometry} if the object is not a valid GeoJSON geometry
     */
    @Nullable Geometry read(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        String type = node.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            JsonNode members = node.path("geometries");
            if (!members.isArray()) {
                throw bad("collection-without-geometries", type);
            }
            List<Geometry> geometries = new ArrayList<>(members.size());
            for (JsonNode member : members) {
                Geometry geometry = read(member);
                if (geometry == null) {
                    throw bad("null-in-collection", type);
                }
                geometries.add(geometry);
            }
            return factory.createGeometryCollection(geometries.toArray(Geometry[]::new));
        }
        JsonNode coordinates = node.path("coordinates");
        if (!coordinates.isArray()) {
            throw bad("no-coordinates", type.isEmpty() ? "geometry without a type" : type);
        }
        return switch (type) {
            case "Point" -> coordinates.isEmpty() ? factory.createPoint() : factory.createPoint(position(coordinates));
            case "MultiPoint" -> factory.createMultiPoint(points(coordinates));
            case "LineString" -> factory.createLineString(positions(coordinates));
            case "MultiLineString" -> factory.createMultiLineString(lineStrings(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(coordinates));
            default -> throw bad("unknown-type", type);
        };
    }

    private Point[] points(JsonNode array) {
        Point[] points = new Point[array.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = factory.createPoint(position(array.get(i)));
        }
        return points;
    }

    private LineString[] lineStrings(JsonNode array) {
        LineString[] lines = new LineString[array.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = factory.createLineString(positions(array.get(i)));
        }
        return lines;
    }

    private Polygon[] polygons(JsonNode array) {
        Polygon[] polygons = new Polygon[array.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(array.get(i));
        }
        return polygons;
    }

    private Polygon polygon(JsonNode rings) {
        if (!rings.isArray()) {
            throw bad("rings-not-array", "Polygon");
        }
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring(rings.get(i + 1));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode array) {
        Coordinate[] coordinates = positions(array);
        boolean closed = coordinates.length >= 4 && coordinates[0].equals2D(coordinates[coordinates.length - 1]);
        if (coordinates.length > 0 && !closed) {
            throw bad("ring-not-closed", "Polygon");
        }
        return factory.createLinearRing(coordinates);
    }

    private Coordinate[] positions(JsonNode array) {
        if (!array.isArray()) {
            throw bad("not-positions", "");
        }
        Coordinate[] coordinates = new Coordinate[array.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(array.get(i));
        }
        if (coordinates.length == 1) {
            throw bad("single-position", "");
        }
        return coordinates;
    }

    private Coordinate position(JsonNode array) {
        if (!array.isArray() || array.size() < 2 || !array.get(0).isNumber() || !array.get(1).isNumber()) {
            throw bad("bad-position", "");
        }
        double x = array.get(0).doubleValue();
        double y = array.get(1).doubleValue();
        if (array.size() > 2 && array.get(2).isNumber()) {
            return new Coordinate(x, y, array.get(2).doubleValue());
        }
        return new CoordinateXY(x, y);
    }

    /**
     * @param problem what is wrong, a {@code problem} of {@link GeoCode#GEOJSON_BAD_GEOMETRY}
     * @param type    the geometry type concerned (a GeoJSON type name), or empty
     */
    private GeoException bad(String problem, String type) {
        return new GeoException(GeoCode.GEOJSON_BAD_GEOMETRY, position, Map.of("problem", problem, "type",
                type.length() > 40 ? type.substring(0, 40) + "…" : type));
    }
}
