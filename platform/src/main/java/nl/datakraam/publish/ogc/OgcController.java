// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.SchemaField;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.lib.geo.GeoException;
import nl.datakraam.lib.geo.GeoJsonOutput;
import nl.datakraam.lib.geo.GeoParquetInput;
import nl.datakraam.lib.geo.Reprojection;
import nl.datakraam.query.FeatureFilter;
import nl.datakraam.query.FeaturePage;
import nl.datakraam.query.FeatureRow;
import nl.datakraam.query.QueryService;
import nl.datakraam.query.ValueRange;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import nl.datakraam.shared.RequestCode;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API – Features at {@code /ogc}: Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) and Part 2 (CRS by reference:
 * CRS84, EPSG:28992, EPSG:4258). Every geodata dataset the caller may read is a collection named by its slug; the
 * catalogue's caller-aware reads decide which, so a collection the caller may not read is a 404 exactly like one
 * that does not exist. Features are read in place from the current version's GeoParquet file
 * ({@link QueryService#features}); a feature's id is its row's position, from 1.
 *
 * <p>Every resource answers JSON ({@code f=json}, the default; GeoJSON for features, OpenAPI 3.0 for the API
 * definition) or HTML ({@code f=html}, or an {@code Accept} that prefers {@code text/html}). Unknown and invalid query
 * parameters are a 400 with an exception document ({@link OgcExceptionHandler}).
 */
@Controller
class OgcController {

    static final String JSON = "application/json";
    static final String GEOJSON = "application/geo+json";
    static final String HTML = "text/html";
    static final String OPENAPI = "application/vnd.oai.openapi+json;version=3.0";

    /** Conformance classes (Part 1 §7.4, Part 2 §6.2). */
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");

    /** Features on a page without {@code limit}. */
    static final int DEFAULT_LIMIT = 10;

    /** The parameters of the items resource besides {@link OgcParameters#COMMON} and the property filters. */
    static final Set<String> ITEMS_PARAMETERS = Set.of("bbox", "bbox-crs", "crs", "datetime", "limit", "offset");

    private static final int LIST_BATCH = 500;
    private static final String TRS = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private final Catalog catalog;
    private final QueryService queries;
    private final Authorization authorization;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;

    OgcController(Catalog catalog, QueryService queries, Authorization authorization, JsonMapper json, Clock clock,
            MessageSource messages) {
        this.catalog = catalog;
        this.queries = queries;
        this.authorization = authorization;
        this.json = json;
        this.clock = clock;
        this.messages = messages;
    }

    /** The landing page (Part 1 §7.2): links to the API definition, the conformance declaration and the data. */
    @GetMapping({"/ogc", "/ogc/"})
    ModelAndView landing(HttpServletRequest request) {
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of(), Set.of());
        boolean html = parameters.html();
        String base = base();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", text("ogc.title"));
        page.put("description", text("ogc.description"));
        List<Map<String, Object>> links = selfLinks(JSON, text("ogc.link.self"));
        links.add(link("service-desc", OPENAPI, base + "/api", text("ogc.link.api")));
        links.add(link("service-doc", HTML, base + "/api?f=html", text("ogc.link.api")));
        links.add(link("conformance", JSON, base + "/conformance", text("ogc.link.conformance")));
        links.add(link("data", JSON, base + "/collections", text("ogc.link.collections")));
        page.put("links", links);
        return answer(html, "publish/ogc/landing", page, JSON);
    }

    /** The conformance declaration (Part 1 §7.4). */
    @GetMapping("/ogc/conformance")
    ModelAndView conformance(HttpServletRequest request) {
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of(), Set.of());
        boolean html = parameters.html();
        return answer(html, "publish/ogc/conformance", Map.of("conformsTo", CONFORMANCE), JSON);
    }

    /**
     * The API definition (Part 1 §7.3): OpenAPI 3.0 JSON ({@code service-desc}), or as HTML a page listing its
     * operations ({@code service-doc}).
     */
    @GetMapping("/ogc/api")
    ModelAndView api(HttpServletRequest request) {
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of(), Set.of());
        boolean html = parameters.html();
        return answer(html, "publish/ogc/api", OgcOpenApi.document(base(), DEFAULT_LIMIT, QueryService.MAX_FEATURES,
                text("ogc.title"), text("ogc.description")), OPENAPI);
    }

    /**
     * The collections (Part 1 §7.13): every geodata dataset the caller may read, by slug, as {@link #collection}
     * describes each.
     */
    @GetMapping("/ogc/collections")
    ModelAndView collections(HttpServletRequest request) {
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of(), Set.of());
        boolean html = parameters.html();
        Caller caller = authorization.currentCaller();
        List<Map<String, Object>> collections = new ArrayList<>();
        for (Dataset dataset : geodata(caller)) {
            collections.add(collection(dataset, temporalExtent(dataset, caller)));
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("links", selfLinks(JSON, text("ogc.link.self")));
        page.put("collections", collections);
        return answer(html, "publish/ogc/collections", page, JSON);
    }

    /**
     * One collection (Part 1 §7.14): id, title, links, spatial extent (CRS84), temporal extent where it has exactly
     * one date or datetime field, {@code crs} and {@code storageCrs} (Part 2).
     */
    @GetMapping("/ogc/collections/{collectionId}")
    ModelAndView collection(@PathVariable String collectionId, HttpServletRequest request) {
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of(), Set.of());
        boolean html = parameters.html();
        Caller caller = authorization.currentCaller();
        Dataset dataset = readable(collectionId, caller);
        return answer(html, "publish/ogc/collection", collection(dataset, temporalExtent(dataset, caller)), JSON);
    }

    /** The least and greatest value of the collection's temporal field; null when it has none. */
    private @Nullable ValueRange temporalExtent(Dataset dataset, Caller caller) {
        SchemaField time = temporalField(version(dataset));
        return time == null ? null : queries.range(dataset.id(), time.name(), caller);
    }

    /**
     * The features of a collection (Part 1 §7.15, Part 2 §6.2): a GeoJSON FeatureCollection with
     * {@code numberMatched}, {@code numberReturned}, {@code timeStamp} and {@code self}/{@code next}/{@code prev}
     * links. Takes {@code bbox} (with {@code bbox-crs}), {@code datetime} (applied to the collection's one date or
     * datetime field; validated and otherwise without effect, as the collection has no temporal property),
     * {@code limit} (1..10000, default 10), {@code offset}, {@code crs}, and {@code <field>=<value>} for any of the
     * collection's fields. Answers with {@code Content-Crs}.
     */
    @GetMapping("/ogc/collections/{collectionId}/items")
    ModelAndView items(@PathVariable String collectionId, HttpServletRequest request, HttpServletResponse response) {
        Caller caller = authorization.currentCaller();
        Dataset dataset = readable(collectionId, caller);
        DatasetVersion version = version(dataset);
        VersionSpatial spatial = spatial(version);
        Map<String, SchemaField> fields = version.schema().fields().stream()
                .collect(Collectors.toMap(SchemaField::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(ITEMS_PARAMETERS, fields.keySet());
        boolean html = parameters.html();
        int limit = parameters.limit(DEFAULT_LIMIT, QueryService.MAX_FEATURES);
        long offset = parameters.offset();
        OgcCrs crs = parameters.crs("crs");
        OgcCrs bboxCrs = parameters.crs("bbox-crs");
        boolean rdBoxes = bboxCrs == OgcCrs.RD_NEW && spatial.keepsRdNew();
        List<Geometry> areas = parameters.bbox(bboxCrs).stream()
                .map(box -> bboxCrs == OgcCrs.RD_NEW && !rdBoxes ? rdToWgs84(box) : GEOMETRIES.toGeometry(box))
                .toList();
        OgcParameters.Interval interval = parameters.datetime();
        SchemaField time = temporalField(version);
        FeatureFilter.Period period = interval == null || time == null ? null : new FeatureFilter.Period(time.name(),
                time.type().equals("date"), interval.start(), interval.end());
        Map<String, Object> equals = new LinkedHashMap<>();
        for (SchemaField field : fields.values()) {
            String value = ITEMS_PARAMETERS.contains(field.name()) || OgcParameters.COMMON.contains(field.name())
                    ? null : parameters.value(field.name());
            if (value != null) {
                equals.put(field.name(), OgcParameters.typed(field.name(), field.type(), value));
            }
        }
        boolean rdGeometry = crs == OgcCrs.RD_NEW && spatial.keepsRdNew();
        FeaturePage page = queries.features(dataset.id(), new FeatureFilter(areas, rdBoxes, period, equals),
                rdGeometry, limit, offset, caller);
        List<Map<String, Object>> features = new ArrayList<>();
        Reprojection reprojection = crs == OgcCrs.RD_NEW && !rdGeometry
                ? Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW) : null;
        for (FeatureRow row : page.features()) {
            features.add(feature(row, crs, reprojection));
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        if (crs != OgcCrs.CRS84) {
            collection.put("crs", Map.of("type", "name", "properties", Map.of("name", crs.urn())));
        }
        collection.put("timeStamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        collection.put("numberMatched", page.matched());
        collection.put("numberReturned", features.size());
        List<Map<String, Object>> links = selfLinks(GEOJSON, text("ogc.link.self"));
        if (offset + features.size() < page.matched()) {
            links.add(link("next", GEOJSON, paged(offset + limit, limit), text("ogc.link.next")));
        }
        if (offset > 0) {
            links.add(link("prev", GEOJSON, paged(Math.max(0, offset - limit), limit), text("ogc.link.prev")));
        }
        links.add(link("collection", JSON, base() + "/collections/" + dataset.slug(), dataset.title()));
        collection.put("links", links);
        collection.put("features", features);
        response.setHeader("Content-Crs", "<" + crs.uri() + ">");
        ModelAndView answer = answer(html, "publish/ogc/items", collection, GEOJSON);
        if (html) {
            answer.addObject("dataset", dataset);
            answer.addObject("fields", fields.keySet());
        }
        return answer;
    }

    /** One feature (Part 1 §7.16), in {@code crs}; a 404 for an id the collection does not have. */
    @GetMapping("/ogc/collections/{collectionId}/items/{featureId}")
    ModelAndView feature(@PathVariable String collectionId, @PathVariable String featureId,
            HttpServletRequest request, HttpServletResponse response) {
        Caller caller = authorization.currentCaller();
        Dataset dataset = readable(collectionId, caller);
        VersionSpatial spatial = spatial(version(dataset));
        OgcParameters parameters = new OgcParameters(request);
        parameters.requireKnown(Set.of("crs"), Set.of());
        boolean html = parameters.html();
        OgcCrs crs = parameters.crs("crs");
        boolean rdGeometry = crs == OgcCrs.RD_NEW && spatial.keepsRdNew();
        long id;
        try {
            id = Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            id = 0;
        }
        FeatureRow row = queries.feature(dataset.id(), id, rdGeometry, caller).orElseThrow(() ->
                new PlatformException(ErrorCode.FEATURE_NOT_FOUND, "No feature " + featureId + " in collection "
                        + collectionId + ".", Map.of("collectionId", collectionId, "featureId", featureId)));
        Map<String, Object> feature = feature(row, crs, crs == OgcCrs.RD_NEW && !rdGeometry
                ? Reprojection.of(Reprojection.WGS84, Reprojection.RD_NEW) : null);
        List<Map<String, Object>> links = selfLinks(GEOJSON, text("ogc.link.self"));
        links.add(link("collection", JSON, base() + "/collections/" + dataset.slug(), dataset.title()));
        feature.put("links", links);
        response.setHeader("Content-Crs", "<" + crs.uri() + ">");
        ModelAndView page = answer(html, "publish/ogc/feature", feature, GEOJSON);
        if (html) {
            page.addObject("dataset", dataset);
        }
        return page;
    }

    /** A GeoJSON feature of a row, its geometry in {@code crs}. */
    private static Map<String, Object> feature(FeatureRow row, OgcCrs crs, @Nullable Reprojection reprojection) {
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("id", row.id());
        Object geometry = null;
        if (row.wkb() != null) {
            Geometry shape = GeoParquetInput.decode(row.wkb(), row.id());
            if (reprojection != null) {
                shape = reprojection.apply(shape);
            }
            geometry = GeoJsonOutput.geometry(shape, crs.latitudeFirst());
        }
        feature.put("geometry", geometry);
        feature.put("properties", row.properties());
        return feature;
    }

    /**
     * A collection's description: id, title, description, links, spatial extent in CRS84, temporal extent when
     * {@code range} is given and has values, item type, the CRSs it is served in and the one it is stored in.
     */
    private Map<String, Object> collection(Dataset dataset, @Nullable ValueRange range) {
        String base = base() + "/collections/" + dataset.slug();
        VersionSpatial data = spatial(version(dataset));
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", dataset.slug());
        collection.put("title", dataset.title());
        if (dataset.description() != null) {
            collection.put("description", dataset.description());
        }
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link("self", JSON, base, dataset.title()));
        links.add(link("alternate", HTML, base + "?f=html", dataset.title()));
        links.add(link("items", GEOJSON, base + "/items", text("ogc.link.items")));
        links.add(link("items", HTML, base + "/items?f=html", text("ogc.link.items")));
        links.add(link("describedby", HTML, ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/datasets/{slug}").buildAndExpand(dataset.slug()).toUriString(), dataset.title()));
        if (dataset.licence() != null && dataset.licence().startsWith("http")) {
            links.add(link("license", HTML, dataset.licence(), dataset.licence()));
        }
        collection.put("links", links);
        Map<String, Object> extent = new LinkedHashMap<>();
        VersionSpatial.Bbox bbox = data.bbox();
        if (bbox != null) {
            Map<String, Object> spatial = new LinkedHashMap<>();
            spatial.put("bbox", List.of(List.of(bbox.west(), bbox.south(), bbox.east(), bbox.north())));
            spatial.put("crs", OgcCrs.CRS84.uri());
            extent.put("spatial", spatial);
        }
        if (range != null && range.min() != null) {
            List<String> interval = new ArrayList<>();
            interval.add(instant(range.min(), false));
            interval.add(instant(range.max(), true));
            Map<String, Object> temporal = new LinkedHashMap<>();
            temporal.put("interval", List.of(interval));
            temporal.put("trs", TRS);
            extent.put("temporal", temporal);
        }
        if (!extent.isEmpty()) {
            collection.put("extent", extent);
        }
        collection.put("itemType", "feature");
        collection.put("crs", OgcCrs.uris());
        collection.put("storageCrs", data.keepsRdNew() ? OgcCrs.RD_NEW.uri() : OgcCrs.CRS84.uri());
        return collection;
    }

    /** A date or date-time value of the rows API as an RFC 3339 UTC date-time; a date as its first or last second. */
    private static String instant(@Nullable Object value, boolean last) {
        String text = String.valueOf(value);
        if (text.length() == 10) {
            return text + (last ? "T23:59:59Z" : "T00:00:00Z");
        }
        return text.endsWith("Z") ? text : text + "Z";
    }

    /**
     * The field {@code datetime} applies to: the only field of type {@code date} or {@code datetime}; null when the
     * collection has none or several.
     */
    private static @Nullable SchemaField temporalField(DatasetVersion version) {
        List<SchemaField> temporal = version.schema().fields().stream()
                .filter(f -> f.type().equals("date") || f.type().equals("datetime")).toList();
        return temporal.size() == 1 ? temporal.getFirst() : null;
    }

    /**
     * An RD New box as a polygon in WGS 84: its outline with a point every 1/64 of the longer side, so that the
     * slight curve of its edges in degrees is followed to well within a metre.
     */
    private static Geometry rdToWgs84(Envelope box) {
        try {
            Geometry outline = Densifier.densify(GEOMETRIES.toGeometry(box),
                    Math.max(1, Math.max(box.getWidth(), box.getHeight()) / 64));
            return Reprojection.of(Reprojection.RD_NEW, Reprojection.WGS84).apply(outline);
        } catch (GeoException e) {
            throw new PlatformException(ErrorCode.INVALID_PARAMETER, RequestCode.BBOX, Map.of("parameter", "bbox"));
        }
    }

    /** Every geodata dataset the caller may read, by slug. */
    private List<Dataset> geodata(Caller caller) {
        List<Dataset> all = new ArrayList<>();
        for (int offset = 0; ; offset += LIST_BATCH) {
            DatasetPage page = catalog.list(caller, LIST_BATCH, offset);
            page.items().stream().filter(OgcController::isCollection).forEach(all::add);
            if (offset + LIST_BATCH >= page.total() || page.items().isEmpty()) {
                break;
            }
        }
        all.sort(Comparator.comparing(Dataset::slug));
        return all;
    }

    private static boolean isCollection(Dataset dataset) {
        return dataset.currentVersion() != null && dataset.currentVersion().spatial() != null;
    }

    /** The collection, if the caller may read it and it has geometry; otherwise 404, as for one that is absent. */
    private Dataset readable(String collectionId, Caller caller) {
        return catalog.findBySlugOrId(collectionId, caller).filter(OgcController::isCollection)
                .orElseThrow(() -> new PlatformException(ErrorCode.DATASET_NOT_FOUND, "No collection " + collectionId
                        + " that you may see.", Map.of("collectionId", collectionId)));
    }

    private static DatasetVersion version(Dataset dataset) {
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new IllegalStateException("Collection " + dataset.slug() + " without a version");
        }
        return version;
    }

    private static VersionSpatial spatial(DatasetVersion version) {
        VersionSpatial spatial = version.spatial();
        if (spatial == null) {
            throw new IllegalStateException("Collection version " + version.id() + " without geometry");
        }
        return spatial;
    }

    /** The HTML page {@code template} with the document as {@code document}, or the document as JSON. */
    private ModelAndView answer(boolean html, String template, Map<String, ?> document, String contentType) {
        if (html) {
            ModelAndView page = new ModelAndView(template);
            page.addObject("document", document);
            page.addObject("jsonHref", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("f", "json")
                    .build().toUriString());
            return page;
        }
        return new ModelAndView(new JsonView(json, document, contentType));
    }

    /** {@code self} (this request) and {@code alternate} (the other format) links. */
    private List<Map<String, Object>> selfLinks(String type, String title) {
        List<Map<String, Object>> links = new ArrayList<>();
        links.add(link("self", type, ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), title));
        links.add(link("alternate", HTML, ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("f", "html").build().toUriString(), text("ogc.link.html")));
        return links;
    }

    /** This request with another page: {@code offset} and {@code limit} replaced, every other parameter kept. */
    private static String paged(long offset, int limit) {
        UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequest();
        return uri.replaceQueryParam("offset", offset).replaceQueryParam("limit", limit).build().toUriString();
    }

    private static Map<String, Object> link(String rel, String type, String href, String title) {
        Map<String, Object> link = new LinkedHashMap<>();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    /** The base of the OGC API, absolute ({@code http://host/ogc}). */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").build().toUriString();
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
