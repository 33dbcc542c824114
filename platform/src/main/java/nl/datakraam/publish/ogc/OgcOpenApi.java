// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.0 definition of the OGC API (Part 1 §7.3, conformance class "OpenAPI 3.0"): its paths, with the
 * parameters of the OGC API – Features building blocks ({@code bbox}, {@code datetime}, {@code limit}, as in
 * {@code ogcapi-features-1-oas30.yaml}) and those of Part 2 ({@code crs}, {@code bbox-crs}), and the response types.
 * Property filters ({@code ?<field>=<value>}) are one free-form parameter, as their names differ per collection.
 */
final class OgcOpenApi {

    private static final String PARAMETERS = "#/components/parameters/";

    private OgcOpenApi() {
    }

    /**
     * @param base the absolute base of the OGC API ({@code http://host/ogc}), its server URL
     */
    static Map<String, Object> document(String base, int defaultLimit, int maxLimit, String title,
            String description) {
        Map<String, Object> paths = new LinkedHashMap<>();
        paths.put("/", operation("getLandingPage", "Landing page", List.of("f"),
                responses(OgcController.JSON, "landingPage")));
        paths.put("/conformance", operation("getConformanceDeclaration", "Conformance classes", List.of("f"),
                responses(OgcController.JSON, "confClasses")));
        paths.put("/api", operation("getApiDefinition", "This API definition", List.of("f"),
                responses(OgcController.OPENAPI, null)));
        paths.put("/collections", operation("getCollections", "The feature collections", List.of("f"),
                responses(OgcController.JSON, "collections")));
        paths.put("/collections/{collectionId}", operation("describeCollection", "One feature collection",
                List.of("collectionId", "f"), responses(OgcController.JSON, "collection")));
        paths.put("/collections/{collectionId}/items", operation("getFeatures", "Features of a collection",
                List.of("collectionId", "bbox", "bbox-crs", "datetime", "limit", "offset", "crs", "f", "properties"),
                responses(OgcController.GEOJSON, "featureCollectionGeoJSON")));
        paths.put("/collections/{collectionId}/items/{featureId}", operation("getFeature", "One feature",
                List.of("collectionId", "featureId", "crs", "f"), responses(OgcController.GEOJSON,
                        "featureGeoJSON")));

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("openapi", "3.0.3");
        document.put("info", Map.of("title", title, "description", description, "version", "1.0.0"));
        document.put("servers", List.of(Map.of("url", base)));
        document.put("paths", paths);
        document.put("components", Map.of("parameters", parameters(defaultLimit, maxLimit), "schemas", schemas()));
        return document;
    }

    private static Map<String, Object> operation(String id, String summary, List<String> parameters,
            Map<String, Object> responses) {
        Map<String, Object> get = new LinkedHashMap<>();
        get.put("operationId", id);
        get.put("summary", summary);
        get.put("parameters", parameters.stream().map(p -> Map.of("$ref", PARAMETERS + p)).toList());
        get.put("responses", responses);
        return Map.of("get", get);
    }

    private static Map<String, Object> responses(String type, String schema) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put(type, schema == null ? Map.of() : Map.of("schema", Map.of("$ref", "#/components/schemas/"
                + schema)));
        if (!type.equals(OgcController.OPENAPI)) {
            content.put(OgcController.HTML, Map.of("schema", Map.of("type", "string")));
        }
        Map<String, Object> exception = Map.of("description", "An exception", "content",
                Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/exception"))));
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put("200", Map.of("description", "Success", "content", content));
        responses.put("400", exception);
        responses.put("404", exception);
        return responses;
    }

    private static Map<String, Object> parameters(int defaultLimit, int maxLimit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("f", query("f", "The format of the answer: json (GeoJSON for features) or html.",
                Map.of("type", "string", "enum", List.of("json", "html"))));
        parameters.put("collectionId", Map.of("name", "collectionId", "in", "path", "required", true,
                "description", "local identifier of a collection", "schema", Map.of("type", "string")));
        parameters.put("featureId", Map.of("name", "featureId", "in", "path", "required", true,
                "description", "local identifier of a feature", "schema", Map.of("type", "string")));
        Map<String, Object> bbox = query("bbox", "Only features that have a geometry that intersects the bounding"
                + " box are selected: four numbers (or six, with heights), lower left then upper right corner, in"
                + " the axis order of bbox-crs (CRS84 by default).", Map.of("type", "array", "oneOf", List.of(
                        Map.of("minItems", 4, "maxItems", 4), Map.of("minItems", 6, "maxItems", 6)),
                        "items", Map.of("type", "number")));
        bbox.put("explode", false);
        parameters.put("bbox", bbox);
        parameters.put("bbox-crs", query("bbox-crs", "The CRS of bbox (OGC API – Features Part 2).",
                Map.of("type", "string", "format", "uri", "enum", OgcCrs.uris(),
                        "default", OgcCrs.CRS84.uri())));
        parameters.put("crs", query("crs", "The CRS of the geometries in the answer (OGC API – Features Part 2).",
                Map.of("type", "string", "format", "uri", "enum", OgcCrs.uris(),
                        "default", OgcCrs.CRS84.uri())));
        parameters.put("datetime", query("datetime", "Either a date-time or an interval, RFC 3339; intervals may"
                + " be half-bounded with '..'. Applied to the collection's date or datetime field where it has"
                + " exactly one.", Map.of("type", "string")));
        parameters.put("limit", query("limit", "The most features on one page. Minimum = 1. Maximum = " + maxLimit
                + ". Default = " + defaultLimit + ".", Map.of("type", "integer", "minimum", 1, "maximum", maxLimit,
                "default", defaultLimit)));
        parameters.put("offset", query("offset", "The number of features to skip; the next and prev links use it.",
                Map.of("type", "integer", "minimum", 0, "default", 0)));
        Map<String, Object> properties = query("properties", "Property filters: <field>=<value> for any field of"
                + " the collection; a feature is selected when the field has exactly that value.",
                Map.of("type", "object", "additionalProperties", Map.of("type", "string")));
        properties.put("explode", true);
        parameters.put("properties", properties);
        return parameters;
    }

    private static Map<String, Object> query(String name, String description, Map<String, Object> schema) {
        Map<String, Object> parameter = new LinkedHashMap<>();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.put("required", false);
        parameter.put("description", description);
        parameter.put("style", "form");
        parameter.put("schema", schema);
        return parameter;
    }

    private static Map<String, Object> schemas() {
        Map<String, Object> link = Map.of("type", "object", "required", List.of("href"), "properties", Map.of(
                "href", string(), "rel", string(), "type", string(), "title", string()));
        Map<String, Object> links = Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/link"));
        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("link", link);
        schemas.put("landingPage", object(List.of("links"), Map.of("title", string(), "description", string(),
                "links", links)));
        schemas.put("confClasses", object(List.of("conformsTo"), Map.of("conformsTo", Map.of("type", "array",
                "items", string()))));
        schemas.put("collection", object(List.of("id", "links"), Map.of("id", string(), "title", string(),
                "description", string(), "links", links, "extent", Map.of("type", "object"), "itemType", string(),
                "crs", Map.of("type", "array", "items", string()), "storageCrs", string())));
        schemas.put("collections", object(List.of("links", "collections"), Map.of("links", links, "collections",
                Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/collection")))));
        schemas.put("featureGeoJSON", object(List.of("type", "geometry", "properties"), Map.of("type",
                Map.of("type", "string", "enum", List.of("Feature")), "geometry", Map.of("type", "object",
                        "nullable", true), "properties", Map.of("type", "object", "nullable", true), "id",
                Map.of("oneOf", List.of(string(), Map.of("type", "integer"))), "links", links)));
        List<Object> required = new ArrayList<>(List.of("type", "features"));
        schemas.put("featureCollectionGeoJSON", Map.of("type", "object", "required", required, "properties",
                Map.of("type", Map.of("type", "string", "enum", List.of("FeatureCollection")), "features",
                        Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/featureGeoJSON")),
                        "links", links, "timeStamp", Map.of("type", "string", "format", "date-time"),
                        "numberMatched", Map.of("type", "integer", "minimum", 0), "numberReturned",
                        Map.of("type", "integer", "minimum", 0))));
        schemas.put("exception", object(List.of("code"), Map.of("code", string(), "description", string(),
                "title", string(), "status", Map.of("type", "integer"), "detail", string())));
        return schemas;
    }

    private static Map<String, Object> object(List<String> required, Map<String, Object> properties) {
        return Map.of("type", "object", "required", required, "properties", properties);
    }

    private static Map<String, Object> string() {
        return Map.of("type", "string");
    }
}
