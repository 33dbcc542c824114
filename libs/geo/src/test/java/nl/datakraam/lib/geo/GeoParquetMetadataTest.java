// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import static nl.datakraam.lib.geo.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code geo} metadata, checked against the GeoParquet 1.1.0 and PROJJSON v0.5 JSON schemas. */
class GeoParquetMetadataTest {

    private static final String GEOPARQUET_ID = "https://geoparquet.org/releases/v1.1.0/schema.json";
    private static final String PROJJSON_ID = "https://proj.org/schemas/v0.5/projjson.schema.json";
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                    builder -> builder.schemas(Map.of(GEOPARQUET_ID, resource("geoparquet-1.1.0.schema.json"),
                            PROJJSON_ID, resource("projjson-v0.5.schema.json"))))
            .getSchema(SchemaLocation.of(GEOPARQUET_ID));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void describesTheZuidHollandGridInWgs84WithItsRdNewColumnKept() throws IOException {
        Envelope rd = new Envelope();
        Envelope wgs84 = new Envelope();
        Set<String> types;
        try (FeatureSource source = FeatureSource.openGeoPackage(realData("pzh_stikstof_glastuinbouw_rd.gpkg"))) {
            Reprojection toWgs84 = Reprojection.of(source.crs(), Reprojection.WGS84);
            for (Feature cell = source.next(); cell != null; cell = source.next()) {
                Geometry geometry = cell.geometry();
                rd.expandToInclude(geometry.getEnvelopeInternal());
                wgs84.expandToInclude(toWgs84.apply(geometry).getEnvelopeInternal());
            }
            types = source.geometryTypes();
        }

        String json = GeoParquetMetadata.json("geometry", List.of(
                new GeoParquetMetadata.Column("geometry", Reprojection.WGS84, types, wgs84, "bbox"),
                new GeoParquetMetadata.Column("geometry_rd", Reprojection.RD_NEW, types, rd, "bbox_rd")));

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        JsonNode geo = MAPPER.readTree(json);
        assertThat(geo.path("version").asString()).isEqualTo("1.1.0");
        assertThat(geo.path("primary_column").asString()).isEqualTo("geometry");
        JsonNode primary = geo.path("columns").path("geometry");
        assertThat(primary.has("crs")).as("crs absent means OGC:CRS84").isFalse();
        assertThat(primary.path("encoding").asString()).isEqualTo("WKB");
        assertThat(primary.path("geometry_types").toString()).isEqualTo("[\"Polygon\"]");
        assertThat(primary.path("bbox").get(0).doubleValue()).isBetween(3.8, 3.9);
        assertThat(primary.path("bbox").get(3).doubleValue()).isBetween(52.3, 52.4);
        assertThat(primary.path("covering").toString()).isEqualTo("{\"bbox\":{\"xmin\":[\"bbox\",\"xmin\"],"
                + "\"ymin\":[\"bbox\",\"ymin\"],\"xmax\":[\"bbox\",\"xmax\"],\"ymax\":[\"bbox\",\"ymax\"]}}");
        JsonNode kept = geo.path("columns").path("geometry_rd");
        assertThat(kept.path("crs").path("type").asString()).isEqualTo("ProjectedCRS");
        assertThat(kept.path("crs").path("id").toString()).isEqualTo("{\"authority\":\"EPSG\",\"code\":28992}");
        // the grid's extent in gpkg_contents, to the float precision its cells are stored with
        assertThat(kept.path("bbox").get(0).doubleValue()).isCloseTo(49500, within(0.01));
        assertThat(kept.path("bbox").get(1).doubleValue()).isCloseTo(408000, within(0.01));
        assertThat(kept.path("bbox").get(2).doubleValue()).isCloseTo(138500, within(0.01));
        assertThat(kept.path("bbox").get(3).doubleValue()).isCloseTo(481500, within(0.01));
        assertThat(kept.path("covering").path("bbox").path("xmin").toString()).isEqualTo("[\"bbox_rd\",\"xmin\"]");
    }

    @Test
    void describesAnEtrs89ColumnWithItsProjJsonAndAnEmptyColumnWithoutBbox() {
        String json = GeoParquetMetadata.json("geometry", List.of(
                new GeoParquetMetadata.Column("geometry", Reprojection.ETRS89, Set.of(), null, null)));

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        JsonNode column = MAPPER.readTree(json).path("columns").path("geometry");
        assertThat(column.path("crs").path("id").path("code").intValue()).isEqualTo(4258);
        assertThat(column.has("bbox")).isFalse();
        assertThat(column.has("covering")).isFalse();
        assertThat(column.path("geometry_types").isEmpty()).isTrue();
    }

    @Test
    void listsGeometryTypesInAStableOrder() {
        String json = GeoParquetMetadata.json("geometry", List.of(new GeoParquetMetadata.Column("geometry",
                Reprojection.WGS84, Set.of("Polygon", "MultiPolygon", "Point Z"), new Envelope(3, 7, 50, 54), "bbox")));

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(MAPPER.readTree(json).path("columns").path("geometry").path("geometry_types").toString())
                .isEqualTo("[\"MultiPolygon\",\"Point Z\",\"Polygon\"]");
    }

    @Test
    void refusesMetadataThatWouldNotBeGeoParquet() {
        GeoParquetMetadata.Column geometry = new GeoParquetMetadata.Column("geometry", Reprojection.WGS84, Set.of(),
                null, null);

        assertThatThrownBy(() -> GeoParquetMetadata.json("geometry", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoParquetMetadata.json("geom", List.of(geometry)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GeoParquetMetadata.json("geometry", List.of(geometry, geometry)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoParquetMetadata.Column("geometry", Reprojection.WGS84, Set.of("Curve"), null,
                null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GeoParquetMetadata.Column("geometry", 3857, Set.of(), null, null))
                .isInstanceOfSatisfying(GeoException.class, e -> assertThat(e.code()).isEqualTo("crs.unsupported"));
    }

    /** Guards the guard: the schema check above must be able to fail. */
    @Test
    void theSchemaRejectsACrsGivenAsAString() {
        String named = "{\"version\": \"1.1.0\", \"primary_column\": \"geometry\", \"columns\": {\"geometry\":"
                + " {\"encoding\": \"WKB\", \"geometry_types\": [], \"crs\": \"EPSG:28992\"}}}";

        assertThat(SCHEMA.validate(named, InputFormat.JSON)).isNotEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = GeoParquetMetadataTest.class.getResourceAsStream("/schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
