// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static nl.datakraam.lib.geo.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** Coordinate columns in tables, from their names and the ranges of their values. */
class CoordinateColumnsTest {

    @Test
    void proposesRdNewForTheTnoGroningenFieldOutline() throws IOException {
        List<List<String>> rows = csv("tno_groningen_field_outline_rd.csv");

        CoordinateColumns columns = CoordinateColumns.detect(rows.getFirst(), rows.subList(1, 101)).orElseThrow();

        assertThat(columns.xColumn()).isZero();
        assertThat(columns.yColumn()).isEqualTo(1);
        assertThat(columns.crs().epsg()).isEqualTo(Reprojection.RD_NEW);
        assertThat(columns.crs().confidence()).isEqualTo(CrsGuess.Confidence.HIGH);
        assertThat(columns.crs().reason().english()).contains("'x' and 'y'").contains("100 of 100");
    }

    @Test
    void theWholeFieldOutlineSpansRdMetresThatFitRdNewAndNoGeographicCrs() throws IOException {
        List<List<String>> rows = csv("tno_groningen_field_outline_rd.csv");
        CoordinateColumns columns = CoordinateColumns.detect(rows.getFirst(), rows.subList(1, 101)).orElseThrow();
        Envelope extent = new Envelope();

        rows.subList(1, rows.size()).forEach(row -> columns.extend(extent, row));

        assertThat(extent.getMinX()).isBetween(230_000.0, 260_000.0);
        assertThat(extent.getMinY()).isBetween(560_000.0, 620_000.0);
        assertThat(CrsGuess.fits(Reprojection.RD_NEW, extent)).isTrue();
        assertThat(CrsGuess.fits(Reprojection.WGS84, extent)).as("metres are not degrees").isFalse();
        assertThat(CrsGuess.fits(4258, extent)).isFalse();
        assertThat(CrsGuess.fitting(extent)).hasValue(Reprojection.RD_NEW);
    }

    @Test
    void lonLatValuesFitTheGeographicCrssButNeverRdNewAndBlankOrTextValuesAreLeftOut() {
        CoordinateColumns columns = CoordinateColumns.detect(List.of("lon", "lat"),
                List.of(List.of("6.57", "53.22"), List.of("4.89", "52.37"))).orElseThrow();
        Envelope extent = new Envelope();

        for (List<String> row : List.of(List.of("6,57", "53,22"), List.of("4.89", "52.37"), List.of("", "52"),
                List.of("onbekend", "1"))) {
            columns.extend(extent, row);
        }

        assertThat(extent).isEqualTo(new Envelope(4.89, 6.57, 52.37, 53.22));
        assertThat(CrsGuess.fits(Reprojection.RD_NEW, extent)).isFalse();
        assertThat(CrsGuess.fits(Reprojection.WGS84, extent)).isTrue();
        assertThat(CrsGuess.fitting(extent)).hasValue(Reprojection.WGS84);
        assertThat(CrsGuess.fitting(new Envelope(-500, 400, 700_000, 900_000))).isEmpty();
    }

    @Test
    void placesEveryVertexOfTheFieldOutlineInTheProvinceOfGroningen() throws IOException {
        List<List<String>> rows = csv("tno_groningen_field_outline_rd.csv");
        CoordinateColumns columns = CoordinateColumns.detect(rows.getFirst(), rows.subList(1, 101)).orElseThrow();
        Reprojection toWgs84 = Reprojection.of(columns.crs().epsg(), Reprojection.WGS84);
        Envelope groningen = new Envelope(6.1, 7.25, 53.0, 53.6);

        List<List<String>> vertices = rows.subList(1, rows.size());

        assertThat(vertices).hasSize(9977);
        for (int i = 0; i < vertices.size(); i++) {
            Point vertex = (Point) toWgs84.apply(columns.point(vertices.get(i), i + 2));
            assertThat(groningen.contains(vertex.getCoordinate())).as("vertex %d", i + 1).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource(delimiter = '|', value = {
            "x          | y          | 245652.04 | 610612.48 | 28992",
            "x_coord    | y_coord    | 245652.04 | 610612.48 | 28992",
            "rd_x       | rd_y       | 245652.04 | 610612.48 | 28992",
            "X-coördinaat | Y-coördinaat | 245652,04 | 610612,48 | 28992",
            "XCOORD     | YCOORD     | 245652    | 610612    | 28992",
            "lon        | lat        | 6.77      | 53.42     | 4326",
            "lng        | lat        | 6.77      | 53.42     | 4326",
            "longitude  | latitude   | 6.77      | 53.42     | 4326",
            "Lengtegraad | Breedtegraad | 6,77    | 53,42     | 4326"})
    void recognisesCoordinateColumnNames(String xName, String yName, String x, String y, int epsg) {
        List<String> headers = List.of("naam", xName, yName);

        CoordinateColumns columns = CoordinateColumns.detect(headers, List.of(List.of("Loppersum", x, y)))
                .orElseThrow();

        assertThat(columns.xName()).isEqualTo(xName);
        assertThat(columns.yName()).isEqualTo(yName);
        assertThat(columns.crs().epsg()).isEqualTo(epsg);
        assertThat(columns.crs().confidence()).isEqualTo(CrsGuess.Confidence.HIGH);
    }

    @Test
    void prefersRdNewColumnsWhenATableHasBoth() {
        List<String> headers = List.of("lat", "lon", "x", "y");

        CoordinateColumns columns = CoordinateColumns.detect(headers,
                List.of(List.of("52.30607057", "5.04040667", "131347.551", "479845.751"))).orElseThrow();

        assertThat(columns.xColumn()).isEqualTo(2);
        assertThat(columns.crs().epsg()).isEqualTo(Reprojection.RD_NEW);
    }

    @Test
    void trustsTheValuesOverTheNamesWithLessConfidence() {
        CoordinateColumns columns = CoordinateColumns.detect(List.of("x", "y"), List.of(List.of("5.04", "52.31")))
                .orElseThrow();

        assertThat(columns.crs().epsg()).isEqualTo(Reprojection.WGS84);
        assertThat(columns.crs().confidence()).isEqualTo(CrsGuess.Confidence.MEDIUM);
        assertThat(columns.crs().reason().english()).contains("names suggest metres");
    }

    @Test
    void proposesSwappedColumnsWithLowConfidenceWhenLatitudeComesFirst() {
        CoordinateColumns columns = CoordinateColumns.detect(List.of("lon", "lat"), List.of(List.of("52.31", "5.04")))
                .orElseThrow();

        assertThat(columns.xName()).isEqualTo("lat");
        assertThat(columns.yName()).isEqualTo("lon");
        assertThat(columns.crs().confidence()).isEqualTo(CrsGuess.Confidence.LOW);
    }

    @Test
    void lowersConfidenceForOutliersAndIgnoresBlanks() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 19; i++) {
            rows.add(List.of("245652", "610612"));
        }
        rows.add(List.of("0", "0"));
        rows.add(List.of("", ""));

        CoordinateColumns columns = CoordinateColumns.detect(List.of("x", "y"), rows).orElseThrow();

        assertThat(columns.crs().confidence()).isEqualTo(CrsGuess.Confidence.MEDIUM);
        assertThat(columns.crs().reason().english()).contains("19 of 20");
    }

    @Test
    void proposesNothingWithoutCoordinateNamesOrFittingValues() {
        assertThat(CoordinateColumns.detect(List.of("postcode", "vs30"), List.of(List.of("9901", "307,33"))))
                .isEmpty();
        assertThat(CoordinateColumns.detect(List.of("x", "y"), List.of(List.of("5000000", "-3")))).isEmpty();
        assertThat(CoordinateColumns.detect(List.of("x", "y"), List.of(List.of("", "")))).isEmpty();
    }

    @Test
    void givesNoPointForBlankCoordinatesAndRejectsText() {
        CoordinateColumns columns = CoordinateColumns.detect(List.of("x", "y"), List.of(List.of("155000", "463000")))
                .orElseThrow();

        assertThat(columns.point(List.of("", "463000"), 7)).isNull();
        assertThat(columns.point(List.of("155000"), 8)).isNull();
        assertThatThrownBy(() -> columns.point(List.of("onbekend", "463000"), 9))
                .isInstanceOfSatisfying(GeoException.class, e -> {
                    assertThat(e.code()).isEqualTo("csv.bad-coordinate");
                    assertThat(e.position()).isEqualTo(9);
                    assertThat(e.getMessage()).contains("column 'x'").doesNotContain("onbekend");
                });
    }

    /** A simple comma-separated file without quotes, as the TNO outline is. */
    private static List<List<String>> csv(String name) throws IOException {
        return Files.readAllLines(realData(name)).stream().map(line -> Arrays.asList(line.split(",", -1))).toList();
    }
}
