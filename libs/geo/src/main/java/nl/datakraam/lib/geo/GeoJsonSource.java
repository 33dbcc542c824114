// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the features of a GeoJSON FeatureCollection (RFC 7946): Jackson's streaming parser walks the top-level
 * object to the {@code features} array, and each feature is then read as a tree of its own, so memory stays at one
 * feature whatever the file size.
 *
 * <p>The CRS comes from the legacy top-level {@code crs} member (GeoJSON 2008), wherever it stands: when it does not
 * precede {@code features}, a second streamed pass skips over the features to look for it. Without it, a {@code crs}
 * member on the first geometry counts, and otherwise RFC 7946 §4's default, WGS 84 longitude/latitude, provided the
 * first geometry's coordinates fit it.
 */
final class GeoJsonSource implements FeatureSource {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // one feature at a time is read as a tree from the middle of the stream
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** The {@code source} of this reader's messages. */
    private static final String SOURCE = "geojson";

    private final JsonParser parser;
    private final long size;
    private final GeometryTypes types = new GeometryTypes();
    private long position;
    private boolean ended;
    private @Nullable Feature peeked;
    private @Nullable Integer declared;
    private @Nullable SourceCrs crs;

    private GeoJsonSource(JsonParser parser, long size) {
        this.parser = parser;
        this.size = size;
    }

    /**
     * Opens a file and reads up to and including its first feature.
     *
     * @throws GeoException see {@link FeatureSource#openGeoJson(Path)}
     */
    static GeoJsonSource open(Path file) throws IOException {
        long size = Files.size(file);
        JsonParser parser = MAPPER.createParser(Files.newInputStream(file));
        GeoJsonSource source = new GeoJsonSource(parser, size);
        try {
            Header header = source.guarded(0, () -> Header.read(parser, true));
            JsonNode crsMember = header.crs;
            if (crsMember == null) {
                JsonParser second = MAPPER.createParser(Files.newInputStream(file));
                try (second) {
                    crsMember = source.guarded(0, () -> Header.read(second, false)).crs;
                }
            }
            source.declared = crsMember == null ? null : LegacyCrs.epsg(crsMember);
            Feature first = source.read();
            source.peeked = first;
            Geometry geometry = first == null ? null : first.geometry();
            source.crs = SourceCrs.decide(source.declared, Reprojection.WGS84,
                    geometry == null || geometry.isEmpty() ? null : geometry.getEnvelopeInternal(), SOURCE);
            return source;
        } catch (IOException | RuntimeException e) {
            parser.close();
            throw e;
        }
    }

    @Override
    public @Nullable Feature next() throws IOException {
        Feature feature = peeked != null ? peeked : read();
        peeked = null;
        if (feature != null && feature.geometry() != null) {
            types.add(feature.geometry());
        }
        return feature;
    }

    @Override
    public int crs() {
        return decided().epsg();
    }

    @Override
    public Optional<CrsGuess> crsGuess() {
        return decided().guess();
    }

    @Override
    public Set<String> geometryTypes() {
        return types.seen();
    }

    @Override
    public long bytesRead() {
        return Math.max(0, parser.currentLocation().getByteOffset());
    }

    @Override
    public void close() {
        parser.close();
    }

    private SourceCrs decided() {
        if (crs == null) {
            throw new IllegalStateException("not opened");
        }
        return crs;
    }

    private @Nullable Feature read() throws IOException {
        if (ended) {
            return null;
        }
        JsonNode node = guarded(position + 1, () -> {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                skipToEnd();
                return null;
            }
            if (token != JsonToken.START_OBJECT) {
                throw badFeature(position + 1, "not-an-object", "");
            }
            return MAPPER.readTree(parser);
        });
        if (node == null) {
            ended = true;
            return null;
        }
        position++;
        return feature(node);
    }

    private Feature feature(JsonNode node) {
        String type = node.path("type").asString("Feature");
        if (!type.equals("Feature")) {
            throw badFeature(position, "wrong-type", type);
        }
        JsonNode properties = node.path("properties");
        if (!properties.isObject() && !properties.isNull() && !properties.isMissingNode()) {
            throw badFeature(position, "properties", "");
        }
        Map<String, @Nullable String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            values.put(property.getKey(), JsonValues.text(property.getValue(), MAPPER));
        }
        JsonNode geometryNode = node.path("geometry");
        Geometry geometry = geometryNode.isMissingNode() ? null
                : new GeoJsonGeometry(FACTORY, position).read(geometryNode);
        checkGeometryCrs(geometryNode.path("crs"));
        JsonNode id = node.path("id");
        return new Feature(position, values, geometry, id.isString() || id.isNumber() ? JsonValues.text(id, MAPPER)
                : null);
    }

    /** A geometry-level {@code crs} member (allowed by GeoJSON 2008) must agree with the file's. */
    private void checkGeometryCrs(JsonNode member) {
        if (member.isMissingNode() || member.isNull()) {
            return;
        }
        int epsg = LegacyCrs.epsg(member);
        if (declared == null && position == 1) {
            declared = epsg;
        } else if (epsg != (declared == null ? Reprojection.WGS84 : declared)) {
            throw new GeoException(GeoCode.GEOJSON_CRS_MIXED, position, Map.of("epsg", epsg));
        }
    }

    private void skipToEnd() {
        while (parser.nextToken() != null) {
            parser.skipChildren();
        }
    }

    /**
     * Runs a parsing step, translating Jackson's exceptions.
     *
     * @param at the 1-based position of the feature being read, or 0 outside the features
     */
    private <T> T guarded(long at, JsonStep<T> step) throws IOException {
        try {
            return step.run();
        } catch (JacksonIOException e) {
            throw e.getCause();
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            if (e instanceof UnexpectedEndOfInputException || location != null && location.getByteOffset() >= size) {
                throw new GeoException(GeoCode.JSON_TRUNCATED, at, where(location), e);
            }
            throw new GeoException(GeoCode.JSON_MALFORMED, at, where(location), e);
        }
    }

    /** The arguments {@code textLine} and {@code textColumn} of a place in the JSON text; 0 when unknown. */
    private static Map<String, Object> where(@Nullable TokenStreamLocation location) {
        if (location == null) {
            return Map.of("textLine", 0, "textColumn", 0);
        }
        return Map.of("textLine", Math.max(0, location.getLineNr()), "textColumn",
                Math.max(0, location.getColumnNr()));
    }

    /**
     * @param problem a {@code problem} of {@link GeoCode#GEOJSON_BAD_FEATURE}
     * @param type    the type the member declares, or empty
     */
    private static GeoException badFeature(long position, String problem, String type) {
        return new GeoException(GeoCode.GEOJSON_BAD_FEATURE, position, Map.of("problem", problem, "type",
                type.length() > 40 ? type.substring(0, 40) + "…" : type));
    }

    /** One step of parsing, whose Jackson exceptions {@link #guarded} translates. */
    @FunctionalInterface
    private interface JsonStep<T> {
        T run() throws IOException;
    }

    /** The top-level members of a FeatureCollection that matter before its features are read. */
    private record Header(@Nullable JsonNode crs) {

        /**
         * Walks the top-level object: to the start of the {@code features} array ({@code stopAtFeatures}), or over
         * it to the end of the object, collecting the {@code crs} member.
         *
         * @throws GeoException {@code geojson.not-a-feature-collection}, {@code geojson.no-features}
         */
        static Header read(JsonParser parser, boolean stopAtFeatures) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw notAFeatureCollection("not-an-object", "");
            }
            JsonNode crs = null;
            boolean features = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "type" -> {
                        String type = value == JsonToken.VALUE_STRING ? parser.getString() : "";
                        if (!type.equals("FeatureCollection")) {
                            throw notAFeatureCollection("wrong-type", type);
                        }
                    }
                    case "crs" -> crs = MAPPER.readTree(parser);
                    case "features" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw new GeoException(GeoCode.GEOJSON_NO_FEATURES, 0, Map.of("problem", "not-an-array"));
                        }
                        if (stopAtFeatures) {
                            return new Header(crs);
                        }
                        features = true;
                        parser.skipChildren();
                    }
                    default -> parser.skipChildren();
                }
            }
            if (!features) {
                throw new GeoException(GeoCode.GEOJSON_NO_FEATURES, 0, Map.of("problem", "missing"));
            }
            return new Header(crs);
        }

        private static GeoException notAFeatureCollection(String problem, String type) {
            return new GeoException(GeoCode.GEOJSON_NOT_A_FEATURE_COLLECTION, 0, Map.of("problem", problem, "type",
                    type.length() > 40 ? type.substring(0, 40) + "…" : type));
        }
    }
}
