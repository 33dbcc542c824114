// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** Reading the {@code geo} metadata of GeoParquet files that others wrote, and their WKB. */
class GeoParquetInputTest {

    @Test
    void readsItsOwnMetadataBackWithTheRdNewColumn() {
        String written = GeoParquetMetadata.json("geometry", List.of(
                new GeoParquetMetadata.Column("geometry", Reprojection.WGS84, Set.of("Point"),
                        new Envelope(6.5, 6.6, 53.2, 53.3), "bbox"),
                new GeoParquetMetadata.Column("geometry_rd", Reprojection.RD_NEW, Set.of("Point"),
                        new Envelope(233_000, 234_000, 582_000, 583_000), "bbox_rd")));

        GeoParquetInput input = GeoParquetInput.parse(written);

        assertThat(input.primary().name()).isEqualTo("geometry");
        assertThat(input.primary().declaredEpsg()).as("absent crs is OGC:CRS84").isEqualTo(4326);
        assertThat(input.primary().coveringColumn()).isEqualTo("bbox");
        assertThat(input.primary().isWkb()).isTrue();
        GeoParquetInput.Column rd = input.columns().get(1);
        assertThat(rd.declaredEpsg()).as("PROJJSON id").isEqualTo(28992);
        assertThat(rd.crs(rd.bbox())).isEqualTo(28992);
        assertThat(rd.bbox().getMinX()).isEqualTo(233_000);
    }

    @Test
    void anUnknownCrsMustBeConfirmedAndComesWithAProposal() {
        GeoParquetInput input = GeoParquetInput.parse("""
                {"version": "1.0.0", "primary_column": "geom",
                 "columns": {"geom": {"encoding": "WKB", "geometry_types": [], "crs": null}}}""");
        Envelope rdExtent = new Envelope(233_000, 234_000, 582_000, 583_000);

        assertThatThrownBy(() -> input.primary().crs(rdExtent)).isInstanceOfSatisfying(GeoException.class,
                e -> assertThat(e.code()).isEqualTo("crs.undeclared"));
        assertThat(input.primary().crsGuess(rdExtent)).hasValueSatisfying(g -> assertThat(g.epsg()).isEqualTo(28992));
    }

    @Test
    void aDeclaredCrsTheCoordinatesCannotBeInIsContradicted() {
        GeoParquetInput input = GeoParquetInput.parse("""
                {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": {"encoding": "WKB"}}}""");
        assertThatThrownBy(() -> input.primary().crs(new Envelope(233_000, 234_000, 582_000, 583_000)))
                .isInstanceOfSatisfying(GeoException.class, e -> assertThat(e.code()).isEqualTo("crs.contradicted"));
    }

    @Test
    void refusesOtherCrssAndBrokenMetadata() {
        assertThatThrownBy(() -> GeoParquetInput.parse("""
                {"primary_column": "g", "columns": {"g": {"encoding": "WKB",
                 "crs": {"type": "ProjectedCRS", "name": "WGS 84 / Pseudo-Mercator",
                         "id": {"authority": "EPSG", "code": 3857}}}}}"""))
                .isInstanceOfSatisfying(GeoException.class, e -> assertThat(e.code()).isEqualTo("crs.unsupported"));
        assertThatThrownBy(() -> GeoParquetInput.parse("{\"columns\": {}}"))
                .isInstanceOfSatisfying(GeoException.class,
                        e -> assertThat(e.code()).isEqualTo("geoparquet.invalid-metadata"));
        assertThatThrownBy(() -> GeoParquetInput.parse("{nope"))
                .isInstanceOfSatisfying(GeoException.class,
                        e -> assertThat(e.code()).isEqualTo("geoparquet.invalid-metadata"));
    }

    @Test
    void tellsNativeEncodingsApart() {
        GeoParquetInput input = GeoParquetInput.parse("""
                {"primary_column": "g", "columns": {"g": {"encoding": "point", "geometry_types": ["Point"]}}}""");
        assertThat(input.primary().isWkb()).isFalse();
        assertThat(input.primary().encoding()).isEqualTo("point");
    }

    @Test
    void decodesIsoWkbWithHeightAndNamesItsType() {
        var point = new GeometryFactory().createPoint(new Coordinate(6.57, 53.22, 4.5));
        var decoded = GeoParquetInput.decode(GeoParquetWkb.encode(point), 1);
        assertThat(decoded.getCoordinate().getZ()).isEqualTo(4.5);
        assertThat(GeoParquetInput.geometryType(decoded)).isEqualTo("Point Z");
        assertThatThrownBy(() -> GeoParquetInput.decode(new byte[] {1, 2, 3}, 7))
                .isInstanceOfSatisfying(GeoException.class, e -> {
                    assertThat(e.code()).isEqualTo("geoparquet.bad-geometry");
                    assertThat(e.position()).isEqualTo(7);
                });
    }
}
