// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeoJsonOutputTest {

    @Test
    void writesEachSimpleFeatureTypeAsRfc7946Says() throws ParseException {
        assertThat(GeoJsonOutput.geometry(wkt("POINT (5.1 52.1)"), false))
                .isEqualTo(Map.of("type", "Point", "coordinates", List.of(5.1, 52.1)));
        assertThat(GeoJsonOutput.geometry(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0), (0.2 0.1, 0.3 0.1, 0.3 0.2, 0.2 0.1))"),
                false).get("coordinates")).isEqualTo(List.of(
                        List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0), List.of(0.0, 0.0)),
                        List.of(List.of(0.2, 0.1), List.of(0.3, 0.1), List.of(0.3, 0.2), List.of(0.2, 0.1))));
        assertThat(GeoJsonOutput.geometry(wkt("MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))"), false))
                .isEqualTo(Map.of("type", "MultiLineString", "coordinates", List.of(
                        List.of(List.of(0.0, 0.0), List.of(1.0, 1.0)), List.of(List.of(2.0, 2.0), List.of(3.0, 3.0)))));
        assertThat(GeoJsonOutput.geometry(wkt("GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))"), false))
                .isEqualTo(Map.of("type", "GeometryCollection", "geometries", List.of(
                        Map.of("type", "Point", "coordinates", List.of(1.0, 2.0)),
                        Map.of("type", "LineString", "coordinates", List.of(List.of(0.0, 0.0), List.of(1.0, 1.0))))));
    }

    @Test
    void keepsHeightsAndSwapsAxesForLatitudeFirstCrss() throws ParseException {
        assertThat(GeoJsonOutput.geometry(wkt("POINT Z (5.1 52.1 3)"), false).get("coordinates"))
                .isEqualTo(List.of(5.1, 52.1, 3.0));
        assertThat(GeoJsonOutput.geometry(wkt("MULTIPOINT ((5.1 52.1), (6 53))"), true).get("coordinates"))
                .isEqualTo(List.of(List.of(52.1, 5.1), List.of(53.0, 6.0)));
    }

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader().read(text);
    }
}
