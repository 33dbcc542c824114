// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static nl.datakraam.lib.geo.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/** GeoPackages: the real Zuid-Holland emission grid and small hand-made files for each rule of the encoding. */
class GeoPackageSourceTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String PZH = "pzh_stikstof_glastuinbouw_rd.gpkg";

    @TempDir
    Path folder;

    @Test
    void readsEveryCellOfTheZuidHollandEmissionGridInRdNew() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoPackage(realData(PZH))) {
            List<Feature> features = Features.all(source);

            assertThat(features).hasSize(7312);
            assertThat(source.crs()).isEqualTo(Reprojection.RD_NEW);
            assertThat(source.geometryTypes()).containsExactly("Polygon");
            assertThat(source.bytesRead()).isBetween(1_000_000L, Files.size(realData(PZH)));
        }
    }

    @Test
    void reprojectsEveryCellIntoTheProvinceOfZuidHolland() throws IOException {
        // Zuid-Holland, with Leerdam and Zederik (to 5.15 E), which the grid covers but which moved to Utrecht in 2019
        Envelope zuidHolland = new Envelope(3.83, 5.16, 51.65, 52.33);
        try (FeatureSource source = FeatureSource.openGeoPackage(realData(PZH))) {
            Reprojection toWgs84 = Reprojection.of(source.crs(), Reprojection.WGS84);

            assertThat(Features.all(source)).allSatisfy(cell ->
                    assertThat(zuidHolland.contains(toWgs84.apply(cell.geometry()).getEnvelopeInternal())).isTrue());
        }
    }

    @Test
    void keepsTextCellsAsStoredAndThePrimaryKeyAsId() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoPackage(realData(PZH))) {
            Feature first = source.next();

            assertThat(first.id()).isEqualTo("8");
            assertThat(first.properties()).containsEntry("ai_code", "09004560").containsEntry("x", "90250")
                    .containsEntry("y", "456250").containsEntry("q", "1.871e-05")
                    .doesNotContainKeys("id", "geom");
            assertThat(first.properties().keySet()).startsWith("ai_code", "x", "y", "q");
            // a 500 m cell in RD New: the grid's x and y are its centre
            assertThat(first.geometry().getArea()).isCloseTo(250_000.0, within(1.0));
            assertThat(first.geometry().getCentroid().getX()).isCloseTo(90250.0, within(0.01));
        }
    }

    @Test
    void listsAndOpensFeatureTablesByNameIgnoringCase() throws IOException {
        assertThat(FeatureSource.geoPackageFeatureTables(realData(PZH))).containsExactly("Glastuinbouw");

        try (FeatureSource source = FeatureSource.openGeoPackage(realData(PZH), "glastuinbouw")) {
            assertThat(source.next()).isNotNull();
        }
    }

    @Test
    void rejectsAnUnknownTableName() {
        Path file = realData(PZH);

        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file, "Kassen"))
                .isInstanceOfSatisfying(GeoException.class, e -> {
                    assertThat(e.code()).isEqualTo("gpkg.table-not-found");
                    assertThat(e.getMessage()).contains("'Kassen'").contains("Glastuinbouw");
                });
    }

    @Test
    void writesIntegerRealBooleanBlobAndNullCellsAsText() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("types.gpkg"), GeoPackageFixture.featureTable("punten",
                28992, ", naam TEXT, aantal INTEGER, aandeel REAL, actief BOOLEAN, data BLOB, leeg TEXT"));
        GeoPackageFixture.insert(file, "INSERT INTO punten (geom, naam, aantal, aandeel, actief, data, leeg)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", new Object[] {point(155000, 463000, 28992), "Onze Lieve Vrouwetoren",
                9_000_000_000L, 2.50, 1, new byte[] {1, 2, 3}, null}, new Object[] {null, "", 0, 0.1, 0, null, null});

        try (FeatureSource source = FeatureSource.openGeoPackage(file)) {
            List<Feature> features = Features.all(source);

            assertThat(features.getFirst().properties()).containsEntry("naam", "Onze Lieve Vrouwetoren")
                    .containsEntry("aantal", "9000000000").containsEntry("aandeel", "2.5")
                    .containsEntry("actief", "true").containsEntry("data", "AQID").containsEntry("leeg", null);
            assertThat(features.getLast().properties()).containsEntry("aantal", "0").containsEntry("aandeel", "0.1")
                    .containsEntry("actief", "false").containsEntry("data", null);
            assertThat(features.getLast().geometry()).isNull();
            assertThat(features).extracting(Feature::id).containsExactly("1", "2");
        }
    }

    @Test
    void decodesHeadersInBothByteOrdersWithEveryEnvelopeSize() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("headers.gpkg"),
                GeoPackageFixture.featureTable("punten", 28992, ""));
        Geometry point = FACTORY.createPoint(new Coordinate(155000, 463000));
        GeoPackageFixture.insert(file, "INSERT INTO punten (geom) VALUES (?)",
                new Object[] {GeoPackageFixture.blob(point, 28992, true, 0, 0)},
                new Object[] {GeoPackageFixture.blob(point, 28992, false, 1, 0)},
                new Object[] {GeoPackageFixture.blob(point, 28992, true, 2, 0)},
                new Object[] {GeoPackageFixture.blob(point, 28992, false, 3, 0)},
                new Object[] {GeoPackageFixture.blob(point, 28992, true, 4, 0)});

        try (FeatureSource source = FeatureSource.openGeoPackage(file)) {
            assertThat(Features.all(source)).hasSize(5).extracting(Feature::geometry)
                    .allSatisfy(geometry -> assertThat(geometry).isEqualTo(point));
        }
    }

    @Test
    void readsAnEmptyPointFlaggedInTheHeader() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("empty.gpkg"),
                GeoPackageFixture.featureTable("punten", 4326, ""));
        Point nan = FACTORY.createPoint(new Coordinate(Double.NaN, Double.NaN));
        GeoPackageFixture.insert(file, "INSERT INTO punten (geom) VALUES (?)",
                new Object[] {GeoPackageFixture.blob(nan, 4326, true, 0, 0x10)});

        try (FeatureSource source = FeatureSource.openGeoPackage(file)) {
            assertThat(source.next().geometry().isEmpty()).isTrue();
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
        }
    }

    @Test
    void rejectsExtendedGeometryTypesWithThePositionOfTheFeature() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("curves.gpkg"),
                GeoPackageFixture.featureTable("lijnen", 28992, ""));
        GeoPackageFixture.insert(file, "INSERT INTO lijnen (geom) VALUES (?)",
                new Object[] {point(155000, 463000, 28992)},
                new Object[] {GeoPackageFixture.blob(FACTORY.createPoint(new Coordinate(1, 2)), 28992, true, 0, 0x20)});

        try (FeatureSource source = FeatureSource.openGeoPackage(file)) {
            source.next();
            assertThatThrownBy(source::next).isInstanceOfSatisfying(GeoException.class, e -> {
                assertThat(e.code()).isEqualTo("gpkg.bad-geometry");
                assertThat(e.position()).isEqualTo(2);
                assertThat(e.getMessage()).contains("extended geometry type");
            });
        }
    }

    @Test
    void rejectsBlobsWithoutTheGeoPackageHeader() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("spatialite.gpkg"),
                GeoPackageFixture.featureTable("punten", 28992, ""));
        GeoPackageFixture.insert(file, "INSERT INTO punten (geom) VALUES (?)", new Object[] {new byte[] {0, 1, 2, 3,
                4, 5, 6, 7, 8}});

        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("gpkg.bad-geometry");
            assertThat(e.getMessage()).contains("'GP'");
        });
    }

    @Test
    void proposesRdNewForAnUndefinedSrsWithMetreCoordinates() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("undefined.gpkg"),
                GeoPackageFixture.featureTable("punten", -1, ""));
        GeoPackageFixture.insert(file, "INSERT INTO punten (geom) VALUES (?)",
                new Object[] {point(233883, 582065, -1)});

        try (FeatureSource source = FeatureSource.openGeoPackage(file)) {
            assertThatThrownBy(source::crs).isInstanceOfSatisfying(GeoException.class,
                    e -> assertThat(e.code()).isEqualTo("crs.undeclared"));
            assertThat(source.crsGuess()).map(CrsGuess::epsg).contains(Reprojection.RD_NEW);
        }
    }

    @Test
    void rejectsAnSrsThisLibraryDoesNotReproject() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("mercator.gpkg"),
                GeoPackageFixture.featureTable("punten", 3857, ""));

        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file)).isInstanceOfSatisfying(GeoException.class,
                e -> assertThat(e.code()).isEqualTo("crs.unsupported"));
    }

    @Test
    void rejectsAGeoPackageWithoutFeatureTables() throws Exception {
        Path file = GeoPackageFixture.create(folder.resolve("tiles.gpkg"),
                "INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('luchtfoto', 'tiles', 28992)");

        assertThat(FeatureSource.geoPackageFeatureTables(file)).isEmpty();
        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("gpkg.no-feature-table");
            assertThat(e.position()).isZero();
            assertThat(e.getMessage()).contains("no feature table").contains("vector layer");
        });
    }

    @Test
    void rejectsAnSqliteDatabaseThatIsNotAGeoPackage() throws Exception {
        Path file = folder.resolve("plain.sqlite");
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var sql = connection.createStatement()) {
            sql.execute("CREATE TABLE t (a TEXT)");
        }

        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file)).isInstanceOfSatisfying(GeoException.class,
                e -> assertThat(e.code()).isEqualTo("gpkg.not-a-geopackage"));
    }

    @Test
    void rejectsAFileThatIsNotAnSqliteDatabase() {
        Path file = realData("utrecht_buurt_wgs84.geojson");

        assertThatThrownBy(() -> FeatureSource.openGeoPackage(file))
                .isInstanceOfSatisfying(GeoException.class,
                        e -> assertThat(e.code()).isEqualTo("gpkg.not-a-geopackage"));
    }

    @Test
    void reportsAMissingFileAsSuch() {
        assertThatThrownBy(() -> FeatureSource.openGeoPackage(folder.resolve("missing.gpkg")))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(folder.resolve("missing.gpkg")).doesNotExist();
    }

    private static byte[] point(double x, double y, int srsId) {
        return GeoPackageFixture.blob(FACTORY.createPoint(new Coordinate(x, y)), srsId, true, 1, 0);
    }

}
