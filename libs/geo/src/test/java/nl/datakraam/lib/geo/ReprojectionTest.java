// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** RD New ↔ WGS 84 against independent reference values. */
class ReprojectionTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final double METRES_PER_DEGREE_LATITUDE = 111_250;

    /**
     * The points inside the correction grid of the Kadaster's RDNAPTRANS™2008 test sheet ("Appendix RDNAPTRANS™2008
     * test sheet", as reproduced by Deltares OpenEarth in convertCoordinates_test_RDNAPTRANS.m): RD x, y in metres
     * and ETRS89 latitude, longitude in degrees, computed with the RD correction grid.
     *
     * <pre>
     *  no  name               RD x         RD y         ETRS89 lat     ETRS89 lon
     *  01  Texel              117380.1200  575040.3400  53.160753042   4.824761912
     *  02  Noord-Groningen    247380.5600  604580.7800  53.419482050   6.776726674
     *  03  Amersfoort         155000.0000  463000.0000  52.155172897   5.387203657
     *  05  Zeeuws-Vlaanderen   16460.9100  377380.2300  51.368607152   3.397588595
     *  06  Zuid-Limburg       182260.4500  311480.6700  50.792584916   5.773795548
     *  07  Maasvlakte          64640.8900  440700.0100  51.947393898   4.072887101
     * </pre>
     */
    static Stream<Arguments> kadasterTestPoints() {
        return Stream.of(
                Arguments.of("Texel", 117380.12, 575040.34, 53.160753042, 4.824761912),
                Arguments.of("Noord-Groningen", 247380.56, 604580.78, 53.419482050, 6.776726674),
                Arguments.of("Amersfoort", 155000.0, 463000.0, 52.155172897, 5.387203657),
                Arguments.of("Zeeuws-Vlaanderen", 16460.91, 377380.23, 51.368607152, 3.397588595),
                Arguments.of("Zuid-Limburg", 182260.45, 311480.67, 50.792584916, 5.773795548),
                Arguments.of("Maasvlakte", 64640.89, 440700.01, 51.947393898, 4.072887101));
    }

    /** The Helmert shift is within 0.25 m of RDNAPTRANS everywhere on land; measured at most 0.17 m here. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("kadasterTestPoints")
    void staysWithinAQuarterMetreOfRdnaptransAtTheKadasterTestPoints(String name, double x, double y, double lat,
                                                                     double lon) {
        Point wgs84 = (Point) Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84).apply(point(x, y));

        assertThat(metresBetween(wgs84.getY(), wgs84.getX(), lat, lon)).isLessThan(0.25);
    }

    /**
     * PROJ 9.1.1 (Debian proj-bin), {@code cs2cs -f %.9f EPSG:28992 EPSG:4326}, which applies the same EPSG
     * transformation 4833; output latitude, longitude.
     */
    static Stream<Arguments> projResults() {
        return Stream.of(
                Arguments.of("Amersfoort, origin of RD", 155000.0, 463000.0, 52.155172301, 5.387203508),
                Arguments.of("Martinitoren, Groningen", 233883.0, 582065.0, 53.219379582, 6.568195738),
                Arguments.of("Texel", 117380.12, 575040.34, 53.160752444, 4.824761751),
                Arguments.of("Zeeuws-Vlaanderen", 16460.91, 377380.23, 51.368606985, 3.397586201),
                Arguments.of("Zuid-Limburg", 182260.45, 311480.67, 50.792585679, 5.773796906));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projResults")
    void agreesWithProjToTheMillimetre(String name, double x, double y, double lat, double lon) {
        Point wgs84 = (Point) Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84).apply(point(x, y));

        assertThat(metresBetween(wgs84.getY(), wgs84.getX(), lat, lon)).isLessThan(0.001);
    }

    @Test
    void placesTheOriginOfRdAndTheMartinitorenWhereMapsShowThem() {
        Reprojection toWgs84 = Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84);

        Point amersfoort = (Point) toWgs84.apply(point(155000, 463000));
        assertThat(amersfoort.getY()).isCloseTo(52.15517, within(0.00001));
        assertThat(amersfoort.getX()).isCloseTo(5.38721, within(0.00001));
        Point martinitoren = (Point) toWgs84.apply(point(233883, 582065));
        assertThat(martinitoren.getY()).isCloseTo(53.2194, within(0.0001));
        assertThat(martinitoren.getX()).isCloseTo(6.5682, within(0.0001));
    }

    @Test
    void returnsToTheSameRdCoordinatesWithinAMillimetreAcrossTheNetherlands() {
        Reprojection there = Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84);
        Reprojection back = Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW);
        for (double x = 0; x <= 300_000; x += 25_000) {
            for (double y = 289_000; y <= 629_000; y += 20_000) {
                Point start = point(x, y);

                Point end = (Point) back.apply(there.apply(start));

                assertThat(end.distance(start)).as("x %s, y %s", x, y).isLessThan(0.001);
            }
        }
    }

    @Test
    void returnsToTheSameLongitudeAndLatitudeWithinAMillimetre() {
        Reprojection there = Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW);
        Reprojection back = Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84);
        Point start = point(6.5682, 53.2194);

        Point end = (Point) back.apply(there.apply(start));

        assertThat(metresBetween(end.getY(), end.getX(), start.getY(), start.getX())).isLessThan(0.001);
    }

    @Test
    void keepsHeightsAndLeavesTheInputUnchanged() {
        Point start = FACTORY.createPoint(new Coordinate(155000, 463000, 12.5));

        Geometry moved = Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84).apply(start);

        assertThat(moved.getCoordinate().getZ()).isEqualTo(12.5);
        assertThat(start.getX()).isEqualTo(155000);
    }

    @Test
    void treatsEtrs89AsWgs84() {
        Point start = point(6.5682, 53.2194);

        assertThat(Reprojection.of(Reprojection.ETRS89, Reprojection.WGS84).apply(start)).isEqualTo(start);
        assertThat(Reprojection.of(Reprojection.ETRS89, Reprojection.RD_NEW).apply(start))
                .isEqualTo(Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW).apply(start));
    }

    @Test
    void rejectsCrsOutsideRdNewWgs84AndEtrs89() {
        assertThatThrownBy(() -> Reprojection.of(3857, Reprojection.WGS84)).isInstanceOfSatisfying(
                GeoException.class, e -> assertThat(e.code()).isEqualTo("crs.unsupported"));
    }

    @ParameterizedTest(name = "x {0}, y {1}")
    @CsvSource({"Infinity, 52", "NaN, 52", "185, 52", "5, 95"})
    void rejectsCoordinatesThatAreNoPositionInWgs84(double x, double y) {
        Reprojection toRd = Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW);

        assertThatThrownBy(() -> toRd.apply(point(x, y))).isInstanceOfSatisfying(
                GeoException.class, e -> assertThat(e.code()).isEqualTo("crs.transform-failed"));
    }

    private static Point point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }

    /** Distance in metres between two nearby latitude/longitude pairs, on a local flat approximation. */
    private static double metresBetween(double lat1, double lon1, double lat2, double lon2) {
        double north = (lat1 - lat2) * METRES_PER_DEGREE_LATITUDE;
        double east = (lon1 - lon2) * METRES_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.hypot(north, east);
    }
}
