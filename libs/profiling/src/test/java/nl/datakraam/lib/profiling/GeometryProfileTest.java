// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static nl.datakraam.lib.profiling.ParquetFixtures.parquet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.datakraam.lib.profiling.FieldProfile.Bbox;
import nl.datakraam.lib.profiling.FieldProfile.GeometrySummary;
import nl.datakraam.lib.profiling.FieldProfile.ValueCount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeometryProfileTest {

    @TempDir
    Path directory;

    private final Profiler profiler = new Profiler(ProfilingSettings.defaults());
    private final Checks checks = new Checks(ProfilingSettings.defaults());

    /*
     *  row | geometry (WKB, EPSG:28992 by the geo metadata) and geometry_wkt (the same as WKT)
     *  ----+-------------------------------------------------------------------------------------------------
     *    1 | POINT (155000 463000)
     *    2 | null
     *    3 | POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))       bow-tie: invalid, Self-intersection at (5 5)
     *    4 | POLYGON ((100000 400000, 100010 400000, 100010 400010, 100000 400010, 100000 400000))   valid
     *    5 | POLYGON EMPTY                                 empty, valid
     *    6 | POINT (200000 500000)
     *    7 | LINESTRING (1 1, 1 1)                         invalid: too few distinct points
     *
     *  count 6, nulls 1; types Polygon 3, Point 2, LineString 1; bbox of the non-empty ones: x 0 to 200000,
     *  y 0 to 500000; empty 1; invalid 2 (rows 3 and 7), the first for Self-intersection
     */
    private static final String ROWS = """
            SELECT geometry_wkt::GEOMETRY::BLOB AS geometry, geometry_wkt FROM (VALUES
                (1, 'POINT (155000 463000)'),
                (2, NULL),
                (3, 'POLYGON ((0 0, 10 10, 10 0, 0 10, 0 0))'),
                (4, 'POLYGON ((100000 400000, 100010 400000, 100010 400010, 100000 400010, 100000 400000))'),
                (5, 'POLYGON EMPTY'),
                (6, 'POINT (200000 500000)'),
                (7, 'LINESTRING (1 1, 1 1)'))
              AS t(n, geometry_wkt) ORDER BY n""";

    /** The geo metadata of ingest, cut down: RD New for {@code geometry}, {@code geometry_wkt} not described. */
    private static final String RD_NEW_GEO = """
            {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": {"encoding": "WKB",
             "geometry_types": [], "crs": {"type": "ProjectedCRS", "name": "Amersfoort / RD New",
             "id": {"authority": "EPSG", "code": 28992}}}}}""";

    private static final List<ValueCount> TYPES = List.of(new ValueCount("Polygon", 3), new ValueCount("Point", 2),
            new ValueCount("LineString", 1));
    private static final Bbox BBOX = new Bbox(0, 0, 200_000, 500_000);

    @Test
    void profilesWkbByTypesExtentCrsAndValidity() {
        Profile profile = profiler.profile(parquet(directory, "geo.parquet", ROWS, RD_NEW_GEO));

        FieldProfile geometry = profile.fields().getFirst();
        assertThat(geometry.kind()).isEqualTo("geometry");
        assertThat(geometry.type()).as("DuckDB reads the described BLOB column as GEOMETRY").startsWith("GEOMETRY");
        assertThat(geometry.count()).isEqualTo(6);
        assertThat(geometry.nulls()).isEqualTo(1);
        assertThat(geometry.geometry()).isEqualTo(new GeometrySummary(TYPES, BBOX, 28992, 1, 2, "Self-intersection",
                List.of(3L, 7L)));
    }

    @Test
    void profilesWktWithoutACrsWhenTheMetadataDoesNotDescribeIt() {
        Profile profile = profiler.profile(parquet(directory, "geo.parquet", ROWS, RD_NEW_GEO));

        FieldProfile wkt = profile.fields().get(1);
        assertThat(wkt.kind()).isEqualTo("geometry");
        assertThat(wkt.type()).isEqualTo("VARCHAR");
        assertThat(wkt.geometry()).isEqualTo(new GeometrySummary(TYPES, BBOX, null, 1, 2, "Self-intersection",
                List.of(3L, 7L)));
    }

    @Test
    void takesWgs84WhenTheMetadataLeavesTheCrsOut() {
        Path file = parquet(directory, "wgs84.parquet", """
                SELECT * FROM (VALUES
                    ('MULTIPOLYGON (((6.5 53.2, 6.6 53.2, 6.6 53.3, 6.5 53.2)))'::GEOMETRY),
                    ('POINT (4.9 52.37)'::GEOMETRY)) AS t(geometry)""");

        FieldProfile geometry = profiler.profile(file).fields().getFirst();

        assertThat(geometry.geometry()).isEqualTo(new GeometrySummary(List.of(new ValueCount("MultiPolygon", 1),
                new ValueCount("Point", 1)), new Bbox(4.9, 52.37, 6.6, 53.3), 4326, 0, 0, null, List.of()));
    }

    @Test
    void countsUnreadableWktAsInvalid() {
        Path file = parquet(directory, "wkt.parquet", """
                SELECT * FROM (VALUES ('POINT (1 2)'), ('no geometry'), (NULL)) AS t(geometry_wkt)""");

        GeometrySummary summary = profiler.profile(file).fields().getFirst().geometry();

        assertThat(summary).isEqualTo(new GeometrySummary(List.of(new ValueCount("Point", 1)), new Bbox(1, 2, 1, 2),
                null, 0, 1, "Unreadable WKT", List.of(2L)));
    }

    @Test
    void leavesTheSummaryOutForAGeometryFieldWithoutValues() {
        Path file = parquet(directory, "none.parquet", "SELECT NULL::BLOB AS geometry, 1 AS id");

        Profile profile = profiler.profile(file);

        assertThat(profile.fields().getFirst().kind()).isEqualTo("geometry");
        assertThat(profile.fields().getFirst().geometry()).isNull();
        assertThat(profile.fields().get(1).geometry()).isNull();
        assertThat(checks.run(file, profile)).extracting(CheckResult::check).doesNotContain("geometry-valid");
    }

    @Test
    void failsTheValidityCheckOnTheInvalidGeometries() {
        Path file = parquet(directory, "geo.parquet", ROWS, RD_NEW_GEO);
        Profile profile = profiler.profile(file);

        List<CheckResult> results = checks.run(file, profile);

        assertThat(results).filteredOn(result -> result.check().equals("geometry-valid")).containsExactly(
                new CheckResult("geometry-valid", List.of("geometry"), CheckResult.FAILED, 6, 2, List.of(3L, 7L),
                        List.of()));
        assertThat(CheckResult.isRule("geometry-valid")).isTrue();
        assertThat(QualitySummary.of(profile, results).validity()).as("2 of 6 invalid, the WKT copy not counted again")
                .isEqualTo(1 - 2.0 / 6);
    }
}
