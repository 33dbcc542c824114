// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.datakraam.lib.geo.Feature;
import nl.datakraam.lib.geo.FeatureSource;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * Contract tests of the OGC API – Features endpoint ({@code /ogc}) against the OGC Part 1 OpenAPI building blocks in
 * {@code ../shared/standards/ogcapi-features-1}, on real geodata: Utrecht's 111 neighbourhoods (GeoJSON, WGS 84) and
 * Zuid-Holland's 7,312 greenhouse emission cells (GeoPackage, RD New). Counts a filter must give are computed here
 * from the source files with JTS, not taken from the server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcApiIT extends PlatformIT {

    private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    private static final String RD = "http://www.opengis.net/def/crs/EPSG/0/28992";
    private static final String ETRS89 = "http://www.opengis.net/def/crs/EPSG/0/4258";
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    /** Three points with a date each, for {@code datetime} and property filters. */
    private static final String DATED = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature",
               "properties": {"naam": "Dom", "soort": "kerk", "datum": "2024-01-15", "hoogte": "112"},
               "geometry": {"type": "Point", "coordinates": [5.1214, 52.0907]}},
              {"type": "Feature",
               "properties": {"naam": "Neude", "soort": "plein", "datum": "2024-06-01", "hoogte": "0"},
               "geometry": {"type": "Point", "coordinates": [5.1188, 52.0933]}},
              {"type": "Feature",
               "properties": {"naam": "Jacobikerk", "soort": "kerk", "datum": "2025-03-10", "hoogte": "71"},
               "geometry": {"type": "Point", "coordinates": [5.1166, 52.0946]}}
            ]}
            """;

    private final Map<String, String> slugs = new HashMap<>();
    private final OgcBuildingBlocks blocks = OgcBuildingBlocks.load();

    @Test
    void landingPageLinksToTheApiDefinitionTheConformanceDeclarationAndTheData() {
        JsonNode landing = ok("/ogc", "application/json");
        assertThat(blocks.violations("landingPage", landing)).isEmpty();
        Map<String, JsonNode> byRel = new HashMap<>();
        landing.get("links").forEach(link -> byRel.putIfAbsent(link.get("rel").asString(), link));
        assertThat(byRel).containsKeys("self", "alternate", "service-desc", "service-doc", "conformance", "data");
        assertThat(byRel.get("service-desc").get("type").asString())
                .isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        for (String rel : List.of("service-desc", "service-doc", "conformance", "data")) {
            var followed = get(pathOf(byRel.get(rel).get("href").asString()));
            assertThat(followed.statusCode()).as(rel).isEqualTo(200);
        }
    }

    @Test
    void conformanceDeclaresCoreGeoJsonHtmlOpenApiAndCrs() {
        JsonNode conformance = ok("/ogc/conformance", "application/json");
        assertThat(blocks.violations("confClasses", conformance)).isEmpty();
        assertThat(conformance.get("conformsTo").valueStream().map(JsonNode::asString)).contains(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }

    @Test
    void apiDefinitionIsOpenApi30WithTheItemsParameters() {
        var response = get("/ogc/api");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.oai.openapi+json;version=3.0");
        JsonNode api = json(response);
        assertThat(api.get("openapi").asString()).startsWith("3.0");
        assertThat(api.get("paths").propertyNames()).contains("/", "/conformance", "/api", "/collections",
                "/collections/{collectionId}", "/collections/{collectionId}/items",
                "/collections/{collectionId}/items/{featureId}");
        JsonNode limit = api.get("components").get("parameters").get("limit");
        assertThat(limit.get("schema").get("maximum").asInt()).isEqualTo(10000);
        assertThat(limit.get("schema").get("default").asInt()).isEqualTo(10);
        assertThat(api.get("components").get("parameters").propertyNames())
                .contains("bbox", "bbox-crs", "crs", "datetime", "offset", "f");
    }

    @Test
    void everyReadableGeodataDatasetIsACollectionWithExtentAndCrsList() {
        String utrecht = utrecht();
        String rd = stikstof();
        JsonNode collections = ok("/ogc/collections", "application/json");
        assertThat(blocks.violations("collections", collections)).isEmpty();
        List<String> ids = collections.get("collections").valueStream().map(c -> c.get("id").asString()).toList();
        assertThat(ids).contains(utrecht, rd);

        JsonNode collection = ok("/ogc/collections/" + utrecht, "application/json");
        assertThat(blocks.violations("collection", collection)).isEmpty();
        assertThat(collection.get("id").asString()).isEqualTo(utrecht);
        JsonNode bbox = collection.get("extent").get("spatial").get("bbox").get(0);
        assertThat(bbox.get(0).asDouble()).isBetween(4.9, 5.2);
        assertThat(bbox.get(1).asDouble()).isBetween(52.0, 52.1);
        assertThat(collection.get("extent").get("spatial").get("crs").asString()).isEqualTo(CRS84);
        assertThat(collection.get("crs").valueStream().map(JsonNode::asString)).containsExactly(CRS84, RD, ETRS89);
        assertThat(collection.get("storageCrs").asString()).isEqualTo(CRS84);
        assertThat(collection.get("links").valueStream().filter(l -> l.get("rel").asString().equals("items"))
                .map(l -> l.get("type").asString())).contains("application/geo+json", "text/html");
        assertThat(ok("/ogc/collections/" + rd, "application/json").get("storageCrs").asString()).isEqualTo(RD);
    }

    @Test
    void itemsAreAGeoJsonFeatureCollectionAndFeaturesCanBeFetchedById() {
        String utrecht = utrecht();
        var response = get("/ogc/collections/" + utrecht + "/items");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(response.headers().firstValue("Content-Crs").orElseThrow()).isEqualTo("<" + CRS84 + ">");
        JsonNode items = json(response);
        assertThat(blocks.violations("featureCollectionGeoJSON", items)).isEmpty();
        assertThat(items.get("numberMatched").asLong()).isEqualTo(111);
        assertThat(items.get("numberReturned").asInt()).as("default limit").isEqualTo(10);
        assertThat(items.get("features")).hasSize(10);
        assertThat(items.get("timeStamp").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode first = items.get("features").get(0);
        assertThat(first.get("properties").propertyNames()).contains("kode", "naam");
        assertThat(first.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");

        JsonNode one = ok("/ogc/collections/" + utrecht + "/items/" + first.get("id").asLong(), "application/geo+json");
        assertThat(blocks.violations("featureGeoJSON", one)).isEmpty();
        assertThat(one.get("properties")).isEqualTo(first.get("properties"));
        assertThat(one.get("geometry")).isEqualTo(first.get("geometry"));
        assertThat(get("/ogc/collections/" + utrecht + "/items/999999").statusCode()).isEqualTo(404);
        assertThat(get("/ogc/collections/" + utrecht + "/items/abc").statusCode()).isEqualTo(404);
        assertThat(get("/ogc/collections/geen-collectie/items").statusCode()).isEqualTo(404);
    }

    @Test
    void nextLinksWalkThroughEveryFeatureOnce() {
        String utrecht = utrecht();
        String path = "/ogc/collections/" + utrecht + "/items?limit=25";
        Set<Long> seen = new HashSet<>();
        int pages = 0;
        JsonNode page;
        do {
            page = ok(path, "application/geo+json");
            pages++;
            page.get("features").forEach(f -> assertThat(seen.add(f.get("id").asLong())).as("id seen twice").isTrue());
            JsonNode next = link(page, "next");
            if (pages > 1) {
                assertThat(link(page, "prev")).as("prev on page %d", pages).isNotNull();
            }
            path = next == null ? null : pathOf(next.get("href").asString());
        } while (path != null);
        assertThat(pages).isEqualTo(5);
        assertThat(seen).hasSize(111);
        assertThat(link(ok("/ogc/collections/" + utrecht + "/items?limit=25", "application/geo+json"), "prev"))
                .isNull();
    }

    @Test
    void bboxSelectsExactlyTheFeaturesWhoseGeometryIntersectsIt() throws IOException {
        String utrecht = utrecht();
        // a box around the city centre: it cuts through many neighbourhoods' outlines
        Envelope box = new Envelope(5.11, 5.13, 52.085, 52.095);
        Path source = shared("data/real/utrecht_buurt_wgs84.geojson");
        long expected = intersecting(source, box, false);
        assertThat(expected).as("the test box selects some, not all").isBetween(5L, 60L);
        assertThat(envelopesIntersecting(source, box)).as("a bounding-box test alone would select more")
                .isGreaterThan(expected);
        JsonNode items = ok("/ogc/collections/" + utrecht + "/items?limit=200&bbox=5.11,52.085,5.13,52.095",
                "application/geo+json");
        assertThat(items.get("numberMatched").asLong()).isEqualTo(expected);
        assertThat(items.get("numberReturned").asLong()).isEqualTo(expected);
        // six numbers: heights are accepted and do not change the selection
        assertThat(ok("/ogc/collections/" + utrecht + "/items?bbox=5.11,52.085,-10,5.13,52.095,100",
                "application/geo+json").get("numberMatched").asLong()).isEqualTo(expected);
        // EPSG:4258 is latitude first
        assertThat(ok("/ogc/collections/" + utrecht + "/items?bbox=52.085,5.11,52.095,5.13&bbox-crs=" + ETRS89,
                "application/geo+json").get("numberMatched").asLong()).isEqualTo(expected);
    }

    @Test
    void bboxInRdNewSelectsFromTheRdGeometry() throws IOException {
        String rd = stikstof();
        Envelope box = new Envelope(80_000, 85_000, 440_000, 446_000);
        long expected = intersecting(shared("data/real/pzh_stikstof_glastuinbouw_rd.gpkg"), box, true);
        assertThat(expected).isBetween(10L, 7000L);
        JsonNode items = ok("/ogc/collections/" + rd + "/items?limit=1&bbox=80000,440000,85000,446000&bbox-crs="
                + RD, "application/geo+json");
        assertThat(items.get("numberMatched").asLong()).isEqualTo(expected);
    }

    @Test
    void bboxInRdNewOnWgs84DataSelectsWhatIntersectsTheBoxInRd() throws IOException {
        String utrecht = utrecht();
        Envelope box = new Envelope(135_500, 137_000, 455_500, 457_000);
        Geometry rectangle = GEOMETRIES.toGeometry(box);
        Reprojection toRd = Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW);
        long expected = 0;
        try (FeatureSource source = FeatureSource.openGeoJson(shared("data/real/utrecht_buurt_wgs84.geojson"))) {
            for (Feature feature = source.next(); feature != null; feature = source.next()) {
                if (feature.geometry() != null && toRd.apply(feature.geometry()).intersects(rectangle)) {
                    expected++;
                }
            }
        }
        assertThat(expected).isBetween(3L, 60L);
        assertThat(ok("/ogc/collections/" + utrecht + "/items?bbox=135500,455500,137000,457000&bbox-crs=" + RD,
                "application/geo+json").get("numberMatched").asLong()).isEqualTo(expected);
    }

    @Test
    void crsRdNewAnswersInRdMetresAndEtrs89LatitudeFirst() {
        String utrecht = utrecht();
        var rd = get("/ogc/collections/" + utrecht + "/items?limit=50&crs=" + RD);
        assertThat(rd.statusCode()).isEqualTo(200);
        assertThat(rd.headers().firstValue("Content-Crs").orElseThrow()).isEqualTo("<" + RD + ">");
        List<double[]> positions = positions(json(rd));
        assertThat(positions).isNotEmpty().allSatisfy(p -> {
            assertThat(p[0]).as("x").isBetween(130_000.0, 145_000.0);
            assertThat(p[1]).as("y").isBetween(450_000.0, 462_000.0);
        });
        List<double[]> etrs = positions(ok("/ogc/collections/" + utrecht + "/items?limit=50&crs=" + ETRS89,
                "application/geo+json"));
        assertThat(etrs).allSatisfy(p -> {
            assertThat(p[0]).as("latitude first").isBetween(52.0, 52.2);
            assertThat(p[1]).isBetween(5.0, 5.2);
        });
    }

    @Test
    void crsRdNewOfAnRdSourceGivesTheSourceCoordinatesThemselves() throws IOException {
        String stikstof = stikstof();
        List<double[]> served = positions(ok("/ogc/collections/" + stikstof + "/items?limit=20&crs=" + RD,
                "application/geo+json"));
        List<double[]> source = new ArrayList<>();
        Path gpkg = shared("data/real/pzh_stikstof_glastuinbouw_rd.gpkg");
        try (FeatureSource file = FeatureSource.openGeoPackage(gpkg)) {
            for (int i = 0; i < 20; i++) {
                for (var c : file.next().geometry().getCoordinates()) {
                    source.add(new double[] {c.x, c.y});
                }
            }
        }
        assertThat(served).hasSameSizeAs(source);
        for (int i = 0; i < served.size(); i++) {
            // not a round trip through WGS 84, which moves a point by up to 0.6 mm
            assertThat(served.get(i)).as("position %d", i).containsExactly(source.get(i));
        }
    }

    @Test
    void datetimeAndPropertyFiltersSelectOnTheDatasetsFields() {
        String dated = dated();
        assertThat(matched(dated, "")).isEqualTo(3);
        assertThat(matched(dated, "datetime=2024-01-01T00:00:00Z/2024-12-31T23:59:59Z")).isEqualTo(2);
        assertThat(matched(dated, "datetime=../2024-03-01T00:00:00Z")).isEqualTo(1);
        assertThat(matched(dated, "datetime=2024-06-01T00:00:00Z/..")).isEqualTo(2);
        assertThat(matched(dated, "datetime=2024-06-01")).isEqualTo(1);
        assertThat(matched(dated, "soort=kerk")).isEqualTo(2);
        assertThat(matched(dated, "soort=kerk&hoogte=71")).isEqualTo(1);
        JsonNode collection = ok("/ogc/collections/" + dated, "application/json");
        assertThat(collection.get("extent").get("temporal").get("interval").get(0).valueStream()
                .map(JsonNode::asString)).containsExactly("2024-01-15T00:00:00Z", "2025-03-10T23:59:59Z");
        assertThat(ok("/ogc/collections", "application/json").get("collections").valueStream()
                .filter(c -> c.get("id").asString().equals(dated)).findFirst().orElseThrow().get("extent"))
                .as("the same extent in the list").isEqualTo(collection.get("extent"));
        // a collection without a date field: datetime is checked, and selects nothing away
        assertThat(matched(utrecht(), "datetime=2024-06-01T00:00:00Z")).isEqualTo(111);
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown=1", "limit=0", "limit=10001", "limit=tien", "offset=-1", "bbox=1,2,3",
            "bbox=5,52,a,53", "bbox=5,53,6,52", "bbox=5,52,6,53,7", "bbox=200,52,201,53",
            "bbox-crs=EPSG:28992&bbox=1,2,3,4",
            "crs=http://www.opengis.net/def/crs/EPSG/0/4326", "crs=EPSG:28992", "datetime=gisteren",
            "datetime=2024-02-01T00:00:00Z/2024-01-01T00:00:00Z", "datetime=2024-01-01T00:00:00", "f=xml",
            "hoogte=hoog"})
    void unknownAndInvalidParametersAreA400WithAnExceptionDocument(String query) {
        String dated = dated();
        var response = get("/ogc/collections/" + dated + "/items?" + query);
        assertThat(response.statusCode()).as(query).isEqualTo(400);
        JsonNode exception = json(response);
        assertThat(blocks.violations("exception", exception)).isEmpty();
        assertThat(exception.get("code").asString()).isEqualTo("request.invalid-parameter");
        assertThat(exception.get("description").asString()).isNotBlank();
        assertThat(exception.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void otherResourcesRefuseUnknownParametersToo() {
        for (String path : List.of("/ogc?x=1", "/ogc/conformance?bbox=1,2,3,4", "/ogc/collections?limit=5",
                "/ogc/api?f=yaml", "/ogc/collections/" + utrecht() + "?crs=" + RD,
                "/ogc/collections/" + utrecht() + "/items/1?limit=1")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(json(response).get("code").asString()).isEqualTo("request.invalid-parameter");
        }
    }

    @Test
    void errorsAreInDutchUnlessEnglishIsAskedFor() {
        String path = "/ogc/collections/" + utrecht() + "/items?limit=0";
        assertThat(json(get(path)).get("description").asString()).contains("limit moet");
        assertThat(json(get(path + "&lang=en")).get("description").asString()).contains("limit must be 1 to 10");
    }

    @Test
    void anInternDatasetIsNoCollectionForAnonymousCallers() {
        JsonNode job = admin().importFile(shared("data/real/utrecht_buurt_wgs84.geojson"), "OGC buurten intern",
                "intern");
        assertThat(job.get("status").asString()).isEqualTo("succeeded");
        String slug = json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("slug").asString();
        JsonNode collections = ok("/ogc/collections", "application/json");
        assertThat(collections.get("collections").valueStream().map(c -> c.get("id").asString()))
                .doesNotContain(slug).contains(utrecht());
        for (String path : List.of("/ogc/collections/" + slug, "/ogc/collections/" + slug + "/items",
                "/ogc/collections/" + slug + "/items/1", "/ogc/collections/" + job.get("subjectId").asString())) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(json(response).get("code").asString()).isEqualTo("dataset.not-found");
        }
        // the same answer as for a collection that does not exist
        assertThat(json(get("/ogc/collections/" + slug + "/items")).get("description"))
                .isEqualTo(json(get("/ogc/collections/" + slug + "-niet/items")).get("description"));
    }

    @Test
    void htmlPagesForLandingCollectionsAndItems() {
        String utrecht = utrecht();
        var landing = getAccepting("/ogc", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(landing.body()).contains("id=\"ogc-links\"", "/ogc/collections");
        assertThat(get("/ogc/collections?f=html").body()).contains(utrecht);
        var items = get("/ogc/collections/" + utrecht + "/items?f=html&limit=5");
        assertThat(items.statusCode()).isEqualTo(200);
        assertThat(items.body()).contains("id=\"ogc-features\"", "5 van 111 objecten", "f=json", "rel=\"next\"");
        JsonNode first = ok("/ogc/collections/" + utrecht + "/items?limit=1", "application/geo+json").get("features")
                .get(0);
        assertThat(items.body()).as("the features' values in the table")
                .contains("<td>" + HtmlUtils.htmlEscape(first.get("properties").get("naam").asString()) + "</td>");
        assertThat(get("/ogc/collections/" + utrecht + "/items?f=html&limit=5&lang=en").body())
                .contains("5 of 111 features");
        assertThat(get("/ogc/collections/" + utrecht + "/items/" + first.get("id").asLong() + "?f=html").body())
                .contains("id=\"ogc-feature\"",
                        "<td>" + HtmlUtils.htmlEscape(first.get("properties").get("naam").asString()) + "</td>");
        assertThat(get("/ogc/collections/" + utrecht + "?f=html").statusCode()).isEqualTo(200);
        assertThat(get("/ogc/conformance?f=html").body()).contains("conf/core");
        assertThat(get("/ogc/api?f=html").body()).contains("/collections/{collectionId}/items", "getFeatures");
        var missing = getAccepting("/ogc/collections/geen-collectie", "text/html,*/*;q=0.8");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).as("the error page")
                .startsWith("text/html");
        assertThat(missing.body()).contains("data-code=\"dataset.not-found\"");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String utrecht() {
        return slug("utrecht_buurt_wgs84.geojson", "OGC buurten Utrecht");
    }

    private String stikstof() {
        return slug("pzh_stikstof_glastuinbouw_rd.gpkg", "OGC stikstof glastuinbouw");
    }

    private String dated() {
        return slugs.computeIfAbsent("dated", name -> slugOf(admin().importFile(
                Fixtures.file("ogc_dated.geojson", DATED, StandardCharsets.UTF_8), "OGC gedateerde punten",
                "openbaar")));
    }

    private String slug(String realFile, String title) {
        return slugs.computeIfAbsent(realFile, name -> slugOf(admin().importFile(shared("data/real/" + name), title,
                "openbaar")));
    }

    private String slugOf(JsonNode job) {
        assertThat(job.get("status").asString()).as("ingest: %s", job).isEqualTo("succeeded");
        return json(admin().get("/v1/datasets/" + job.get("subjectId").asString())).get("slug").asString();
    }

    private long matched(String collection, String query) {
        return ok("/ogc/collections/" + collection + "/items?limit=100&" + query, "application/geo+json")
                .get("numberMatched").asLong();
    }

    /** Features of the source file whose geometry (in its own CRS) intersects the box. */
    private static long intersecting(Path file, Envelope box, boolean geoPackage) throws IOException {
        Geometry rectangle = GEOMETRIES.toGeometry(box);
        long count = 0;
        try (FeatureSource source = geoPackage ? FeatureSource.openGeoPackage(file)
                : FeatureSource.openGeoJson(file)) {
            for (Feature feature = source.next(); feature != null; feature = source.next()) {
                if (feature.geometry() != null && feature.geometry().intersects(rectangle)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Features of a GeoJSON file whose geometry's bounding box intersects the box. */
    private static long envelopesIntersecting(Path file, Envelope box) throws IOException {
        long count = 0;
        try (FeatureSource source = FeatureSource.openGeoJson(file)) {
            for (Feature feature = source.next(); feature != null; feature = source.next()) {
                if (feature.geometry() != null && feature.geometry().getEnvelopeInternal().intersects(box)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Every position of every feature's geometry. */
    private static List<double[]> positions(JsonNode collection) {
        List<double[]> positions = new ArrayList<>();
        collection.get("features").forEach(f -> collect(f.get("geometry").get("coordinates"), positions));
        return positions;
    }

    private static void collect(JsonNode coordinates, List<double[]> positions) {
        if (coordinates.get(0).isNumber()) {
            positions.add(new double[] {coordinates.get(0).asDouble(), coordinates.get(1).asDouble()});
        } else {
            coordinates.forEach(c -> collect(c, positions));
        }
    }

    private static JsonNode link(JsonNode document, String rel) {
        for (JsonNode link : document.get("links")) {
            if (link.get("rel").asString().equals(rel)) {
                return link;
            }
        }
        return null;
    }

    private static String pathOf(String href) {
        URI uri = URI.create(href);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private JsonNode ok(String path, String contentType) {
        var response = get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith(contentType);
        return json(response);
    }

    private HttpResponse<String> get(String path) {
        return getAccepting(path, null);
    }

    /** A GET without credentials, its query encoded as a client would (a URI value keeps its colons and slashes). */
    private HttpResponse<String> getAccepting(String path, String accept) {
        int question = path.indexOf('?');
        String uri = path;
        if (question >= 0) {
            List<String> encoded = new ArrayList<>();
            for (String pair : path.substring(question + 1).split("&")) {
                int equals = pair.indexOf('=');
                encoded.add(equals < 0 ? pair : pair.substring(0, equals + 1)
                        + URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8)
                                .replace("%3A", ":").replace("%2F", "/").replace("%2C", ","));
            }
            uri = path.substring(0, question + 1) + String.join("&", encoded);
        }
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + uri));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
