// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import nl.datakraam.catalog.VersionSpatial;
import nl.datakraam.lib.geo.GeoJsonOutput;
import nl.datakraam.lib.geo.GeoParquetInput;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a geodata version as one GeoJSON FeatureCollection (RFC 7946), streamed: per row a Feature with its
 * geometry from {@value VersionSpatial#GEOMETRY} (WGS 84, longitude first, §4) and its attributes as properties,
 * valued as the rows API serves them; a row without geometry has {@code "geometry": null} (§3.2).
 */
final class GeoJsonWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoJsonWriter() {
    }

    /**
     * @param attributes the attribute columns, as properties
     * @throws SQLException when DuckDB cannot read the Parquet file
     * @throws IOException  when the target cannot be written
     */
    static void write(Path parquet, List<String> attributes, Path target, ParquetExport.Resources resources)
            throws SQLException, IOException {
        try (OutputStream out = Files.newOutputStream(target);
                JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            ParquetExport.scan(parquet, attributes, VersionSpatial.GEOMETRY, resources, (columns, rows) -> {
                long position = 0;
                while (rows.next()) {
                    position++;
                    json.writeStartObject();
                    json.writeStringProperty("type", "Feature");
                    byte[] wkb = ParquetExport.wkb(rows, columns.size() + 1);
                    json.writeName("geometry");
                    if (wkb == null) {
                        json.writeNull();
                    } else {
                        json.writePOJO(GeoJsonOutput.geometry(GeoParquetInput.decode(wkb, position), false));
                    }
                    json.writeObjectPropertyStart("properties");
                    for (int i = 0; i < columns.size(); i++) {
                        json.writeName(columns.get(i).name());
                        json.writePOJO(ParquetExport.value(rows, i + 1, columns.get(i)));
                    }
                    json.writeEndObject();
                    json.writeEndObject();
                }
            });
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
