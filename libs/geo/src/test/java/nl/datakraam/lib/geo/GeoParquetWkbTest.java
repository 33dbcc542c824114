// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

/** ISO WKB for GeoParquet columns. */
class GeoParquetWkbTest {

    private static final WKTReader WKT = new WKTReader();

    @Test
    void writesTwoDimensionalGeometriesAsJtsDoes() throws ParseException {
        for (String wkt : new String[] {"POINT (155000 463000)", "LINESTRING (1 2, 3 4)",
                "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 3 2, 3 3, 2 2))", "MULTIPOINT ((1 2), (3 4))",
                "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))", "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))",
                "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (1 2, 3 4))", "POLYGON EMPTY"}) {
            Geometry geometry = WKT.read(wkt);

            assertThat(GeoParquetWkb.encode(geometry)).as(wkt)
                    .isEqualTo(new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry));
        }
    }

    @Test
    void marksHeightsWithIsoTypeCodes() throws ParseException {
        Geometry point = WKT.read("POINT Z (155000 463000 12.5)");

        byte[] wkb = GeoParquetWkb.encode(point);

        assertThat(WKBWriter.toHex(wkb)).startsWith("01E9030000");
        assertThat(new WKBReader().read(wkb).getCoordinate().getZ()).isEqualTo(12.5);
        assertThat(WKBWriter.toHex(GeoParquetWkb.encode(WKT.read("MULTIPOLYGON Z (((0 0 1, 1 0 1, 1 1 1, 0 0 1)))"))))
                .startsWith("01EE03000001000000" + "01EB030000");
    }

    @Test
    void writesAnEmptyPointWithNanCoordinates() throws ParseException {
        byte[] wkb = GeoParquetWkb.encode(WKT.read("POINT EMPTY"));

        assertThat(WKBWriter.toHex(wkb)).isEqualTo("0101000000000000000000F87F000000000000F87F");
        assertThat(new WKBReader().read(wkb).isEmpty()).isTrue();
    }
}
