// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static nl.datakraam.lib.geo.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** GeoJSON as Dutch governments publish it: the real files of {@code ../shared/data/real} and small inline cases. */
class GeoJsonSourceTest {

    /** A square of about 1.8 × 2 km around the Martinitoren in the city of Groningen, in RD New metres. */
    private static final String GRONINGEN_RD = "[[[233000, 581000], [234800, 581000], [234800, 583000],"
            + " [233000, 583000], [233000, 581000]]]";
    /** The same square in WGS 84 longitude/latitude, to about a metre. */
    private static final String GRONINGEN_CRS84 = "[[[6.5548, 53.2101], [6.5818, 53.2103], [6.5815, 53.2283],"
            + " [6.5545, 53.2281], [6.5548, 53.2101]]]";

    @TempDir
    Path folder;

    @Test
    void readsEveryMunicipalityOfTheCbsMapWithPolygonsAndMultiPolygonsInWgs84() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(realData("cbs_pdok_gemeenten_2022_v1_wgs84.json"))) {
            List<Feature> features = Features.all(source);

            assertThat(features).hasSize(428);
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
            assertThat(source.crsGuess()).isEmpty();
            assertThat(source.geometryTypes()).containsExactlyInAnyOrder("Polygon", "MultiPolygon");
            assertThat(features).extracting(Feature::position).startsWith(1L, 2L, 3L).endsWith(428L);
        }
    }

    @Test
    void placesGroningenMunicipalityAroundItsCity() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(realData("cbs_pdok_gemeenten_2022_v1_wgs84.json"))) {
            Feature groningen = Features.all(source).stream()
                    .filter(f -> "GM0014".equals(f.properties().get("gemeentecode")))
                    .filter(f -> "NEE".equals(f.properties().get("water")))
                    .findFirst().orElseThrow();

            Point centroid = groningen.geometry().getCentroid();
            assertThat(centroid.getY()).isCloseTo(53.2, within(0.1));
            assertThat(centroid.getX()).isCloseTo(6.6, within(0.1));
            assertThat(groningen.properties()).containsEntry("gemeentenaam", "Groningen")
                    .containsEntry("jrstatcode", "2022GM0014").containsEntry("jaar", "2022");
            assertThat(groningen.id()).startsWith("gemeenten.");
        }
    }

    @Test
    void keepsTheCbsSecrecySentinelAsAnExactInteger() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(realData("cbs_pdok_gemeenten_2022_v1_wgs84.json"))) {
            Feature first = source.next();

            assertThat(first.properties()).containsEntry("aantalInwoners", "-99999999");
        }
    }

    @Test
    void reportsBytesReadUpToTheWholeFile() throws IOException {
        Path file = realData("cbs_pdok_gemeenten_2022_v1_wgs84.json");
        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            long afterOpen = source.bytesRead();
            Features.all(source);

            assertThat(afterOpen).isPositive().isLessThan(Files.size(file) / 10);
            assertThat(source.bytesRead()).isCloseTo(Files.size(file), within(16L));
        }
    }

    @Test
    void keepsLeadingZerosOfUtrechtNeighbourhoodCodes() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(realData("utrecht_buurt_wgs84.geojson"))) {
            List<Feature> features = Features.all(source);

            assertThat(features).hasSize(111);
            Feature first = features.getFirst();
            assertThat(first.properties()).containsEntry("KODE", "0111").containsEntry("WIJKKODE", "01")
                    .containsEntry("ID", "113").containsEntry("NAAM", "Welgelegen, Den Homm");
            assertThat(features).extracting(f -> f.properties().get("NAAM")).anyMatch(n -> n.contains("à"));
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
        }
    }

    @Test
    void readsTheNwbRoadSegmentAsMultiLineStringWithItsArrayAsJson() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(realData("nwb_wegvak_600778786_utrecht.json"))) {
            List<Feature> features = Features.all(source);

            assertThat(features).hasSize(1);
            Feature segment = features.getFirst();
            assertThat(segment.geometry().getGeometryType()).isEqualTo("MultiLineString");
            assertThat(source.geometryTypes()).containsExactly("MultiLineString");
            assertThat(segment.properties()).containsEntry("toegepasteCorrecties", "[]")
                    .containsEntry("gemeenteId", "344").containsEntry("hectoletter", "#")
                    .containsEntry("wegvakId", "600778786").containsEntry("administratieveRichting", "");
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"urn:ogc:def:crs:EPSG::28992", "EPSG:28992", "urn:ogc:def:crs:EPSG:6.18:28992",
            "http://www.opengis.net/def/crs/EPSG/0/28992"})
    void c21LegacyCrsInRdNewLandsInGroningen(String name) throws IOException {
        Path file = write("""
                {"type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "%s"}},
                 "features": [{"type": "Feature", "properties": {"naam": "Binnenstad"},
                               "geometry": {"type": "Polygon", "coordinates": %s}}]}
                """.formatted(name, GRONINGEN_RD));

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            assertThat(source.crs()).isEqualTo(Reprojection.RD_NEW);
            Geometry square = source.next().geometry();
            assertLiesInGroningenCity(Reprojection.of(source.crs(), Reprojection.WGS84).apply(square));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "OGC:CRS84"})
    void c21LegacyCrsNamingCrs84LandsInGroningen(String name) throws IOException {
        Path file = write("""
                {"type": "FeatureCollection",
                 "crs": {"type": "name", "properties": {"name": "%s"}},
                 "features": [{"type": "Feature", "properties": {"naam": "Binnenstad"},
                               "geometry": {"type": "Polygon", "coordinates": %s}}]}
                """.formatted(name, GRONINGEN_CRS84));

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
            Geometry square = source.next().geometry();
            assertLiesInGroningenCity(Reprojection.of(source.crs(), Reprojection.WGS84).apply(square));
        }
    }

    @Test
    void findsTheLegacyCrsAfterTheFeatures() throws IOException {
        Path file = write("""
                {"features": [{"type": "Feature", "properties": {},
                               "geometry": {"type": "Polygon", "coordinates": %s}}],
                 "crs": {"type": "name", "properties": {"name": "EPSG:28992"}},
                 "type": "FeatureCollection"}
                """.formatted(GRONINGEN_RD));

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            assertThat(source.crs()).isEqualTo(Reprojection.RD_NEW);
            assertThat(Features.all(source)).hasSize(1);
        }
    }

    @Test
    void proposesRdNewInsteadOfGuessingWhenCrsIsMissingAndCoordinatesAreMetres() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": %s}}]}
                """.formatted(GRONINGEN_RD));

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            assertThatThrownBy(source::crs).isInstanceOfSatisfying(GeoException.class, e -> {
                assertThat(e.code()).isEqualTo("crs.undeclared");
                assertThat(e.arguments()).containsEntry("source", "geojson").containsEntry("guessEpsg", 28992)
                        .containsEntry("lonLatRequired", true).containsKey("reason");
                assertThat(e.getMessage()).isEqualTo("The GeoJSON file declares no CRS, and its coordinates are not"
                        + " longitude/latitude as the format requires. They look like EPSG:28992: The coordinates lie"
                        + " between x 0 and 300,000 and y 289,000 and 629,000: metres in RD New (EPSG:28992), the"
                        + " Dutch national grid. Ask the steward to confirm the CRS before the data is stored.");
            });
            assertThat(source.crsGuess()).hasValueSatisfying(guess -> {
                assertThat(guess.epsg()).isEqualTo(Reprojection.RD_NEW);
                assertThat(guess.confidence()).isEqualTo(CrsGuess.Confidence.HIGH);
                assertThat(guess.reason().english()).contains("RD New");
            });
            assertThat(Features.all(source)).hasSize(1);
        }
    }

    @Test
    void reportsADeclaredCrsTheCoordinatesContradict() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:28992"}},
                 "features": [{"type": "Feature", "properties": {},
                               "geometry": {"type": "Polygon", "coordinates": %s}}]}
                """.formatted(GRONINGEN_CRS84));

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            assertThatThrownBy(source::crs).isInstanceOfSatisfying(GeoException.class,
                    e -> assertThat(e.code()).isEqualTo("crs.contradicted"));
            assertThat(source.crsGuess()).map(CrsGuess::epsg).contains(Reprojection.WGS84);
        }
    }

    @Test
    void writesPropertyValuesAsCanonicalText() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "id": 7.0, "geometry": null,
                  "properties": {"code": "0014", "id": 113.0, "q": 1.871e-05, "tenth": 0.1, "big": 1e25,
                                 "count": 12345678901234567890, "zero": -0.0, "yes": true, "no": false,
                                 "nothing": null, "nested": {"b": [1.50, true, null, "x"], "a": 2E2}}}]}
                """);

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            Feature feature = source.next();

            assertThat(feature.properties().keySet()).containsExactly("code", "id", "q", "tenth", "big", "count",
                    "zero", "yes", "no", "nothing", "nested");
            assertThat(feature.properties()).containsEntry("code", "0014").containsEntry("id", "113")
                    .containsEntry("q", "0.00001871").containsEntry("tenth", "0.1").containsEntry("big", "1E+25")
                    .containsEntry("count", "12345678901234567890").containsEntry("zero", "0")
                    .containsEntry("yes", "true").containsEntry("no", "false").containsEntry("nothing", null)
                    .containsEntry("nested", "{\"b\":[1.5,true,null,\"x\"],\"a\":200}");
            assertThat(feature.id()).isEqualTo("7");
            assertThat(feature.geometry()).isNull();
            assertThat(source.geometryTypes()).isEmpty();
        }
    }

    @Test
    void readsEveryGeometryTypeAndHeights() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {},
                   "geometry": {"type": "Point", "coordinates": [5.1, 52.1, 3.5]}},
                  {"type": "Feature", "properties": {},
                   "geometry": {"type": "MultiPoint", "coordinates": [[5.1, 52.1]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "LineString",
                   "coordinates": [[5.1, 52.1], [5.2, 52.2]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection", "geometries": [
                    {"type": "Point", "coordinates": [5.1, 52.1]}]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": []}}]}
                """);

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            List<Feature> features = Features.all(source);

            assertThat(features.getFirst().geometry().getCoordinate().getZ()).isEqualTo(3.5);
            assertThat(features.getLast().geometry().isEmpty()).isTrue();
            assertThat(source.geometryTypes()).containsExactly("Point Z", "MultiPoint", "LineString",
                    "GeometryCollection", "Polygon");
        }
    }

    @Test
    void readsAnEmptyFeatureCollectionAsNoFeatures() throws IOException {
        try (FeatureSource source = FeatureSource.openGeoJson(write("{\"type\": \"FeatureCollection\","
                + " \"features\": []}"))) {
            assertThat(source.next()).isNull();
            assertThat(source.crs()).isEqualTo(Reprojection.WGS84);
        }
    }

    @Test
    void rejectsATruncatedFileWhenOpeningIfItHasNoCrsBeforeItsFeatures() throws IOException {
        byte[] whole = Files.readAllBytes(realData("cbs_pdok_gemeenten_2022_v1_wgs84.json"));
        Path cut = folder.resolve("cut.json");
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> FeatureSource.openGeoJson(cut)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("json.truncated");
            assertThat(e.position()).isZero();
            assertThat(e.getMessage()).contains("cut off").contains("Upload the complete file again");
        });
    }

    @Test
    void rejectsATruncatedFileWithThePositionOfTheBrokenFeature() throws IOException {
        String whole = Files.readString(realData("cbs_pdok_gemeenten_2022_v1_wgs84.json"));
        String declared = whole.replaceFirst("\"type\": \"FeatureCollection\",", "\"type\": \"FeatureCollection\","
                + " \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:OGC:1.3:CRS84\"}},");
        Path cut = Files.writeString(folder.resolve("cut.json"), declared.substring(0, declared.length() / 2));

        try (FeatureSource source = FeatureSource.openGeoJson(cut)) {
            assertThatThrownBy(() -> Features.all(source)).isInstanceOfSatisfying(GeoException.class, e -> {
                assertThat(e.code()).isEqualTo("json.truncated");
                assertThat(e.position()).isBetween(150L, 300L);
                assertThat(e.getMessage()).contains("feature " + e.position());
            });
        }
    }

    @Test
    void rejectsATruncatedFileWithoutCrsAlreadyWhenOpening() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\",");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class,
                e -> assertThat(e.code()).isEqualTo("json.truncated"));
    }

    @Test
    void rejectsMalformedJson() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\" \"x\"}]}");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("json.malformed");
            assertThat(e.getMessage()).contains("line 1, column");
        });
    }

    @Test
    void rejectsAFeatureCollectionWithoutFeatures() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"EPSG:28992\"}}}");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("geojson.no-features");
            assertThat(e.position()).isZero();
            assertThat(e.getMessage()).contains("no 'features' array");
        });
    }

    @Test
    void rejectsAFileThatIsNotAFeatureCollection() throws IOException {
        Path file = write("{\"type\": \"Feature\", \"properties\": {}, \"geometry\": null}");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class,
                e -> assertThat(e.code()).isEqualTo("geojson.not-a-feature-collection"));
    }

    @Test
    void rejectsAnUnknownCrsName() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"Rijksdriehoek\"}}, \"features\": []}");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("crs.unknown");
            assertThat(e.getMessage()).contains("'Rijksdriehoek'").contains("urn:ogc:def:crs:EPSG::28992");
        });
    }

    @Test
    void rejectsACrsThisLibraryDoesNotReproject() throws IOException {
        Path file = write("{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\":"
                + " {\"name\": \"urn:ogc:def:crs:EPSG::3857\"}}, \"features\": []}");

        assertThatThrownBy(() -> FeatureSource.openGeoJson(file)).isInstanceOfSatisfying(GeoException.class, e -> {
            assertThat(e.code()).isEqualTo("crs.unsupported");
            assertThat(e.getMessage()).contains("EPSG:3857").contains("ogr2ogr");
        });
    }

    @Test
    void rejectsGeometriesDeclaringAnotherCrsThanTheFirst() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [5.1, 52.1],
                   "crs": {"type": "name", "properties": {"name": "EPSG:4326"}}}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [155000, 463000],
                   "crs": {"type": "name", "properties": {"name": "EPSG:28992"}}}}]}
                """);

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            source.next();
            assertThatThrownBy(source::next).isInstanceOfSatisfying(GeoException.class, e -> {
                assertThat(e.code()).isEqualTo("geojson.crs-mixed");
                assertThat(e.position()).isEqualTo(2);
            });
        }
    }

    @Test
    void rejectsAnUnclosedPolygonRingWithItsPosition() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {}, "geometry": null},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon",
                   "coordinates": [[[5.1, 52.1], [5.2, 52.1], [5.2, 52.2], [5.1, 52.2]]]}}]}
                """);

        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            source.next();
            assertThatThrownBy(source::next).isInstanceOfSatisfying(GeoException.class, e -> {
                assertThat(e.code()).isEqualTo("geojson.bad-geometry");
                assertThat(e.position()).isEqualTo(2);
            });
        }
    }

    private static void assertLiesInGroningenCity(Geometry wgs84) {
        Point centroid = wgs84.getCentroid();
        assertThat(centroid.getY()).isCloseTo(53.2, within(0.1));
        assertThat(centroid.getX()).isCloseTo(6.6, within(0.1));
    }

    private Path write(String json) throws IOException {
        Path file = Files.createTempFile(folder, "case", ".geojson");
        return Files.writeString(file, json);
    }
}
