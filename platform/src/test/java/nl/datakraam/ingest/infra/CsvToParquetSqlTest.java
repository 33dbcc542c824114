// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.datakraam.lib.tabular.CsvDialect;
import nl.datakraam.lib.tabular.Field;
import nl.datakraam.lib.tabular.FieldType;
import nl.datakraam.lib.tabular.Inference;
import nl.datakraam.lib.tabular.Issue;
import nl.datakraam.lib.tabular.JsonLayout;
import nl.datakraam.lib.tabular.Severity;
import nl.datakraam.lib.tabular.TableSchema;
import org.junit.jupiter.api.Test;

/**
 * What {@link CsvToParquetSql} leaves to the Java path, decided from the inference alone. That the SQL it writes
 * gives the Java path's values is {@link SqlPassTwoMatchesJavaIT}'s part.
 */
class CsvToParquetSqlTest {

    private static final CsvDialect UTF8_SEMICOLON = new CsvDialect(StandardCharsets.UTF_8, false, ';', '"', 0, true);

    @Test
    void takesUtf8TextWithEveryFieldType() {
        Inference inference = inference(UTF8_SEMICOLON, List.of(), List.of(
                field("code", FieldType.STRING, "default"),
                field("aantal", FieldType.INTEGER, "default"),
                new Field("bedrag", "bedrag", FieldType.NUMBER, "default", ",", ".", List.of(), List.of(),
                        List.of("", "NULL")),
                new Field("actief", "actief", FieldType.BOOLEAN, "default", null, null, List.of("ja", "Ja"),
                        List.of("nee", "Nee"), List.of("")),
                field("datum", FieldType.DATE, "%d-%m-%Y"),
                field("dag", FieldType.DATE, "default"),
                field("maand", FieldType.DATE, "%d %B %Y"),
                field("compact", FieldType.DATE, "%Y%m%d"),
                field("tijd", FieldType.DATETIME, "%m/%d/%Y %H:%M"),
                field("moment", FieldType.DATETIME_TZ, "%Y-%m-%dT%H:%M:%S%z")));

        assertThat(CsvToParquetSql.unsupported(inference)).isEmpty();
        assertThat(CsvToParquetSql.select(Path.of("/data/raw/abc"), inference, 10))
                .startsWith("SELECT CAST(nullif(c1, '') AS VARCHAR) AS \"code\", CAST(CASE WHEN c2 IS NULL")
                .contains("read_csv('/data/raw/abc', columns = {'c1': 'VARCHAR', ", "'c10': 'VARCHAR'}, delim = ';'",
                        "header = true, skip = 0, auto_detect = false, strict_mode = true")
                .doesNotContain("WHERE c1 IS NOT NULL");
    }

    @Test
    void leavesOtherEncodingsToTheJavaReader() {
        for (Charset charset : List.of(Charset.forName("windows-1252"), StandardCharsets.ISO_8859_1,
                StandardCharsets.UTF_16LE)) {
            CsvDialect dialect = new CsvDialect(charset, charset == StandardCharsets.UTF_16LE, ';', '"', 0, true);

            assertThat(CsvToParquetSql.unsupported(inference(dialect, List.of(), List.of(field("a",
                    FieldType.STRING, "default"))))).contains("encoding " + charset.name());
        }
    }

    @Test
    void leavesRecordsTheJavaReaderRepairsAndIrregularQuotesToIt() {
        for (String code : List.of("row.extra-values", "row.extra-empty-values", "row.missing-values",
                "encoding.nul-byte", "encoding.invalid-utf8", "csv.irregular-quotes")) {
            Issue issue = new Issue(Severity.INFO, code, 3, 0, null, Map.of(), "…");

            assertThat(CsvToParquetSql.unsupported(inference(UTF8_SEMICOLON, List.of(issue),
                    List.of(field("a", FieldType.STRING, "default"))))).contains("issue " + code);
        }
    }

    @Test
    void leavesOtherLayoutsToTheJavaReader() {
        Inference json = new Inference(new JsonLayout(List.of(), List.of("a")), new TableSchema(List.of(field("a", FieldType.STRING,
                "default")), List.of("")), 1, 1, List.of(), List.of(1));

        assertThat(CsvToParquetSql.unsupported(json)).contains("not delimited text");
    }

    @Test
    void leavesDateFormatsOfNoKnownShapeToTheJavaReader() {
        Inference inference = inference(UTF8_SEMICOLON, List.of(), List.of(field("datum", FieldType.DATE,
                "%d %m %Y")));

        assertThat(CsvToParquetSql.unsupported(inference)).contains("field datum: date format of no supported shape");
        assertThatThrownBy(() -> CsvToParquetSql.select(Path.of("/data/raw/abc"), inference, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void leavesAMissingValueThatIsAlsoAValueToTheJavaReader() {
        Inference inference = inference(UTF8_SEMICOLON, List.of(), List.of(new Field("n", "n", FieldType.INTEGER,
                "default", null, null, List.of(), List.of(), List.of("", "0"))));

        assertThat(CsvToParquetSql.unsupported(inference)).contains("field n: a missing value is also a value");
    }

    @Test
    void filtersEmptyLinesOfAOneColumnFile() {
        Inference inference = inference(UTF8_SEMICOLON, List.of(), List.of(field("naam", FieldType.STRING,
                "default")));

        assertThat(CsvToParquetSql.select(Path.of("/data/raw/abc"), inference, 1)).endsWith("WHERE c1 IS NOT NULL)");
    }

    @Test
    void refusesPathsDuckDbWouldExpandAsGlobs() {
        Inference inference = inference(UTF8_SEMICOLON, List.of(), List.of(field("a", FieldType.STRING,
                "default")));

        assertThatThrownBy(() -> CsvToParquetSql.select(Path.of("/data/raw/a*b"), inference, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("glob");
    }

    private static Field field(String name, FieldType type, String format) {
        return new Field(name, name, type, format, type == FieldType.NUMBER ? "." : null, null, List.of(), List.of(),
                List.of(""));
    }

    private static Inference inference(CsvDialect dialect, List<Issue> issues, List<Field> fields) {
        List<Integer> positions = IntStream.rangeClosed(1, fields.size()).boxed().toList();
        return new Inference(dialect, new TableSchema(fields, List.of("")), 3, 100, issues, positions);
    }
}
