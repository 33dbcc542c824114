// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON documents read as tables: an array of objects, flattened. */
class JsonReadingTest {

    @TempDir
    Path folder;

    /**
     * Nested objects become dotted fields; arrays stay JSON text; absent members and null are missing.
     * <pre>
     * | naam   | adres.postcode | adres.huisnummer | adres.geo.lat | tags          | actief |
     * | Jansen | 9711 AA        | 12               | 53.2          | ["a","b"]     | true   |
     * | Bakker |                | 7                |               | []            | false  |
     * | Smit   | 9712 BB        |                  | 53.21         |               |        |
     * </pre>
     */
    @Test
    void flattensNestedObjectsIntoDottedFields() throws IOException {
        Path file = write("""
                [
                  {"naam": "Jansen", "adres": {"postcode": "9711 AA", "huisnummer": 12, "geo": {"lat": 53.2}},
                   "tags": ["a", "b"], "actief": true},
                  {"naam": "Bakker", "adres": {"postcode": null, "huisnummer": 7}, "tags": [], "actief": false},
                  {"naam": "Smit", "adres": {"postcode": "9712 BB", "geo": {"lat": 53.21}}}
                ]
                """);

        InferredTable table = InferredTable.read(file);

        assertThat(table.fields()).extracting(Field::title).containsExactly("naam", "adres.postcode",
                "adres.huisnummer", "adres.geo.lat", "tags", "actief");
        assertThat(table.names()).containsExactly("naam", "adres_postcode", "adres_huisnummer", "adres_geo_lat",
                "tags", "actief");
        assertThat(table.values("adres_postcode")).containsExactly("9711 AA", null, "9712 BB");
        assertThat(table.values("adres_huisnummer")).containsExactly(12L, 7L, null);
        assertThat(table.values("adres_geo_lat")).containsExactly(53.2, null, 53.21);
        assertThat(table.values("tags")).containsExactly("[\"a\",\"b\"]", "[]", null);
        assertThat(table.values("actief")).containsExactly(true, false, null);
        assertThat(table.issues("json.flattened")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("adres.postcode"));
        assertThat(table.issues("json.array-as-text")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.INFO);
            assertThat(issue.field()).isEqualTo("tags");
            assertThat(issue.column()).isEqualTo(5);
            assertThat(issue.message()).contains("2 objects", "JSON text");
            assertThat(issue.arguments()).containsEntry("member", "tags").containsEntry("objects", 2L);
        });
        assertThat(table.issues("json.table-path")).isEmpty();
    }

    @Test
    void keepsNumbersAsWrittenAndCodesAsText() throws IOException {
        Path file = write("""
                [{"code": "0014", "bedrag": 1850.00, "groot": 12345678901234567890, "klein": 1.871e-05},
                 {"code": "0053", "bedrag": 0.1, "groot": 1, "klein": -0.5}]
                """);

        InferredTable table = InferredTable.read(file);

        assertThat(table.texts().getFirst()).containsExactly("0014", "1850.00", "12345678901234567890", "1.871e-05");
        assertThat(table.field("code").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("code")).containsExactly("0014", "0053");
        assertThat(table.values("bedrag")).containsExactly(1850.0, 0.1);
        assertThat(table.values("klein")).containsExactly(1.871e-05, -0.5);
    }

    @Test
    void positionsEachRecordOnTheLineWhereItsObjectStarts() throws IOException {
        Path file = write("""
                {"data":
                  [
                    {"a": 1},

                    {"a": 2}
                  ]
                }
                """);

        assertThat(InferredTable.read(file).records()).extracting(CsvRecord::line).containsExactly(3L, 5L);
    }

    /** A Solr-style envelope: the largest array of objects within two levels is the table. */
    @Test
    void findsTheLargestArrayOfObjectsInAnEnvelopeAndSaysWhere() throws IOException {
        Path file = write("""
                {"responseHeader": {"status": 0, "params": [{"q": "x"}]},
                 "response": {"numFound": 3, "docs": [{"id": 1}, {"id": 2}, {"id": 3}]},
                 "spellcheck": {"suggestions": ["x", {"numFound": 1}]},
                 "deep": {"deeper": {"rows": [{"id": 1}, {"id": 2}, {"id": 3}, {"id": 4}]}}}
                """);

        InferredTable table = InferredTable.read(file);

        assertThat(table.inference().layout()).isEqualTo(new JsonLayout(List.of("response", "docs"),
                List.of("id")));
        assertThat(((JsonLayout) table.inference().layout()).pointer()).isEqualTo("/response/docs");
        assertThat(table.values("id")).containsExactly(1L, 2L, 3L);
        assertThat(table.issues("json.table-path")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("3 objects", "response.docs"));
    }

    @Test
    void leavesGeoJsonToTheGeodataReader() throws IOException {
        Path file = write("""
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"naam": "Groningen"},
                   "geometry": {"type": "Point", "coordinates": [6.57, 53.22]}}]}
                """);

        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("json.geojson");
            assertThat(e.getMessage()).contains("FeatureCollection", ".geojson");
        });
    }

    @Test
    void rejectsJsonWithoutAnArrayOfObjects() throws IOException {
        for (String json : List.of("[1, 2, 3]", "[[\"naam\"], [\"Jansen\"]]", "{\"a\": {\"b\": {\"c\": [{}]}}}",
                "\"tekst\"")) {
            Path file = write(json);
            assertThatThrownBy(() -> InferredTable.read(file)).as(json)
                    .isInstanceOfSatisfying(TabularException.class,
                            e -> assertThat(e.code()).isEqualTo("json.no-table"));
        }
        Path empty = write("[]");
        assertThatThrownBy(() -> InferredTable.read(empty)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("file.empty"));
    }

    @Test
    void namesTheLineOfMalformedJsonWithoutQuotingIt() throws IOException {
        Path file = write("""
                [
                  {"naam": "Jansen"},
                  {"naam": "geheim" "plaats": "Assen"}
                ]
                """);

        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("json.invalid");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("line 3").doesNotContain("geheim", "Assen");
        });
    }

    @Test
    void refusesObjectsKeyedByDataRatherThanRows() throws IOException {
        String members = IntStream.range(0, JsonRecordSource.MAX_FIELDS + 1)
                .mapToObj(i -> "\"id" + i + "\": " + i).collect(Collectors.joining(", "));
        Path file = write("[{" + members + "}]");

        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("json.too-many-fields"));
    }

    private Path write(String json) throws IOException {
        return Files.writeString(folder.resolve("data.json"), json);
    }
}
