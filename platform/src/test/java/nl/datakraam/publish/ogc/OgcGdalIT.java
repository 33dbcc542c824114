// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import static nl.datakraam.support.ApiClient.json;
import static nl.datakraam.support.SharedFiles.shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Must-show 2 of issue 8: GDAL, the library behind QGIS and most GIS tools, reads every collection of the OGC API
 * ({@code ogrinfo}/{@code ogr2ogr} of Debian's {@code gdal-bin}, which {@code .ci/run} installs): through its OAPIF
 * driver in CRS84, and in EPSG:28992 through its GeoJSON driver on the items with {@code crs} (GDAL 3.6's OAPIF
 * driver has no CRS option; 3.7 added one). Feature counts must equal the collection's and every coordinate must lie
 * in the collection's extent, or in RD New's range.
 */
class OgcGdalIT extends PlatformIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RD = "http://www.opengis.net/def/crs/EPSG/0/28992";

    @Test
    void gdalReadsEveryCollectionInCrs84AndInRdNew() throws Exception {
        requireGdal();
        for (var file : List.of("utrecht_buurt_wgs84.geojson", "pzh_stikstof_glastuinbouw_rd.gpkg")) {
            JsonNode job = admin().importFile(shared("data/real/" + file), "GDAL " + file, "openbaar");
            assertThat(job.get("status").asString()).as("ingest of %s", file).isEqualTo("succeeded");
        }
        String landing = "OAPIF:http://localhost:" + port + "/ogc";
        JsonNode collections = json(anonymous().get("/ogc/collections")).get("collections");
        assertThat(collections.size()).isGreaterThanOrEqualTo(2);

        String summary = run("ogrinfo", "-ro", "-so", landing);
        Path dir = Files.createTempDirectory("ogc-gdal");
        for (JsonNode collection : collections) {
            String id = collection.get("id").asString();
            assertThat(summary).as("ogrinfo lists %s", id).contains(id);
            long matched = json(anonymous().get("/ogc/collections/" + id + "/items?limit=1")).get("numberMatched")
                    .asLong();
            // a collection without any geometry (a test elsewhere may make one) has no extent to check against
            JsonNode spatial = collection.path("extent").path("spatial");
            JsonNode bbox = spatial.isMissingNode() ? null : spatial.get("bbox").get(0);

            Path crs84 = dir.resolve(id + ".geojson");
            // pages of 1000 features, as QGIS asks; GDAL 3.6's default of 10 only makes it slower
            run("ogr2ogr", "-f", "GeoJSON", "-oo", "PAGE_SIZE=1000", crs84.toString(), landing, id);
            JsonNode read = JSON.readTree(crs84.toFile());
            assertThat(read.get("features").size()).as("features of %s through OAPIF", id).isEqualTo(matched);
            double tolerance = 1e-9;
            if (bbox != null) {
                assertThat(positions(read)).as("%s in CRS84 within its extent", id).allSatisfy(p -> {
                    assertThat(p[0]).isBetween(bbox.get(0).asDouble() - tolerance,
                            bbox.get(2).asDouble() + tolerance);
                    assertThat(p[1]).isBetween(bbox.get(1).asDouble() - tolerance,
                            bbox.get(3).asDouble() + tolerance);
                });
            }

            Path rd = dir.resolve(id + "-rd.geojson");
            String items = "http://localhost:" + port + "/ogc/collections/" + id + "/items?limit=10000&crs=" + RD;
            assertThat(run("ogrinfo", "-ro", "-so", "-al", items)).as("GDAL sees RD New for %s", id)
                    .contains("Amersfoort / RD New");
            run("ogr2ogr", "-f", "GeoJSON", rd.toString(), items);
            JsonNode readRd = JSON.readTree(rd.toFile());
            assertThat(readRd.get("features").size()).as("features of %s in RD New", id).isEqualTo(matched);
            boolean inTheNetherlands = bbox != null && bbox.get(0).asDouble() > 3.2 && bbox.get(2).asDouble() < 7.3
                    && bbox.get(1).asDouble() > 50.7 && bbox.get(3).asDouble() < 53.7;
            if (inTheNetherlands) {
                assertThat(positions(readRd)).as("%s in RD New metres", id).allSatisfy(p -> {
                    assertThat(p[0]).isBetween(-7_000.0, 300_000.0);
                    assertThat(p[1]).isBetween(289_000.0, 629_000.0);
                });
            }
        }
    }

    /** Fails (under CI, {@code CI=true}) or skips (elsewhere) when GDAL is missing, saying how to install it. */
    private static void requireGdal() {
        if (Files.isExecutable(Path.of("/usr/bin/ogrinfo")) && Files.isExecutable(Path.of("/usr/bin/ogr2ogr"))) {
            return;
        }
        String message = "The GDAL test needs ogrinfo and ogr2ogr in /usr/bin; install them with: apt-get install -y"
                + " gdal-bin (.ci/run does).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(message);
        }
        Assumptions.abort(message);
    }

    /** Runs a GDAL program; fails with its output when it does not succeed. */
    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("%s finished", List.of(command)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", List.of(command), output).isZero();
        assertThat(output).as("%s: %s", List.of(command), output).doesNotContain("ERROR");
        return output;
    }

    private static List<double[]> positions(JsonNode collection) {
        List<double[]> positions = new ArrayList<>();
        collection.get("features").forEach(f -> {
            if (!f.get("geometry").isNull()) {
                collect(f.get("geometry").get("coordinates"), positions);
            }
        });
        return positions;
    }

    private static void collect(JsonNode coordinates, List<double[]> positions) {
        if (coordinates.get(0).isNumber()) {
            positions.add(new double[] {coordinates.get(0).asDouble(), coordinates.get(1).asDouble()});
        } else {
            coordinates.forEach(c -> collect(c, positions));
        }
    }
}
