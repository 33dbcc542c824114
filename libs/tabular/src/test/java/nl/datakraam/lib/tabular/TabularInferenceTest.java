// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Type inference rules, each on a tiny inline file. */
class TabularInferenceTest {

    @TempDir
    Path folder;

    @Test
    void aHeaderWithoutRowsGivesStringFieldsAndAWarningNamingTheHeaderLine() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                # export van 1 januari
                postcode;aantal;datum
                """);

        assertThat(table.names()).containsExactly("postcode", "aantal", "datum");
        assertThat(table.types()).containsOnly(FieldType.STRING);
        assertThat(table.texts()).isEmpty();
        Issue warning = table.issues("file.header-only").getFirst();
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
        assertThat(warning.line()).isEqualTo(2);
        assertThat(warning.message()).isEqualTo("The file holds only a header line (2), no data: the dataset has 3"
                + " fields, all of type string, and no rows. If that is what you meant (a register that is still"
                + " empty), nothing needs doing; otherwise check that the export is complete and upload it again as"
                + " a new version.");
    }

    @Test
    void aSheetWithOnlyAHeaderRowGetsTheSameWarningAndATableWithRowsNone() throws IOException {
        Path workbook = Workbooks.xlsx(folder, "leeg.xlsx", book -> {
            var row = book.createSheet("Register").createRow(0);
            row.createCell(0).setCellValue("naam");
            row.createCell(1).setCellValue("bedrag");
        });

        InferredTable sheet = InferredTable.read(workbook);

        assertThat(sheet.types()).containsExactly(FieldType.STRING, FieldType.STRING);
        assertThat(sheet.issues("file.header-only")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).startsWith("The file holds only a header row (1)"));
        assertThat(InferredTable.ofText(folder, "naam;bedrag\na;1\n").issues("file.header-only")).isEmpty();
    }

    @Test
    void aFileOfOnlyPreambleAndBlankLinesIsAClearError() {
        assertThatThrownBy(() -> InferredTable.ofText(folder, "# Bron: KNMI\n# Periode: 2024\n\n   \n"))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.is(TabularCode.FILE_EMPTY)).isTrue();
                    assertThat(e.arguments()).containsEntry("kind", "comments-only");
                    assertThat(e.getMessage()).startsWith("The file holds no table, only blank lines or comment"
                            + " lines starting with #.");
                });
    }

    @Test
    void readsDecimalCommaWithDotThousandsSeparators() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                post;bedrag
                subsidie;1.234,56
                huur;12.345.678,9
                klein;7,5
                """);

        Field bedrag = table.field("bedrag");
        assertThat(bedrag.type()).isEqualTo(FieldType.NUMBER);
        assertThat(bedrag.decimalChar()).isEqualTo(",");
        assertThat(bedrag.groupChar()).isEqualTo(".");
        assertThat(table.values("bedrag")).containsExactly(1234.56, 12345678.9, 7.5);
    }

    @Test
    void readsDecimalPointWithCommaThousandsSeparators() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                post,bedrag
                subsidie,"1,234.56"
                huur,"12,345,678.9"
                """);

        assertThat(table.field("bedrag").decimalChar()).isEqualTo(".");
        assertThat(table.field("bedrag").groupChar()).isEqualTo(",");
        assertThat(table.values("bedrag")).containsExactly(1234.56, 12345678.9);
    }

    @Test
    void readsAmbiguousDotAsThousandsWhenColumnHasDecimalComma() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                post;bedrag
                a;1.234
                b;12,5
                """);

        assertThat(table.values("bedrag")).containsExactly(1234.0, 12.5);
    }

    @Test
    void readsScientificNotationAndMixedIntegersAsNumber() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                cel,q
                1,1.871e-05
                2,3
                3,.5
                """);

        assertThat(table.field("q").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("q")).containsExactly(1.871e-05, 3.0, 0.5);
    }

    @Test
    void keepsIntegersTooLongForALongAsText() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                ean
                1234567890123456789012
                5
                """);

        assertThat(table.field("ean").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("ean")).containsExactly("1234567890123456789012", "5");
    }

    @Test
    void readsDutchMonthNames() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                besluit,datum
                a,12 januari 2024
                b,1 mrt. 2023
                c,31 december 1999
                """);

        assertThat(table.field("datum").type()).isEqualTo(FieldType.DATE);
        assertThat(table.field("datum").format()).isEqualTo("%d %B %Y");
        assertThat(table.values("datum"))
                .containsExactly(LocalDate.of(2024, 1, 12), LocalDate.of(2023, 3, 1), LocalDate.of(1999, 12, 31));
    }

    @Test
    void readsCompactYyyymmddAsDates() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                code,ingang
                1,19900101
                2,
                3,20240229
                """);

        assertThat(table.field("ingang").type()).isEqualTo(FieldType.DATE);
        assertThat(table.field("ingang").format()).isEqualTo("%Y%m%d");
        assertThat(table.values("ingang")).containsExactly(LocalDate.of(1990, 1, 1), null, LocalDate.of(2024, 2, 29));
    }

    @Test
    void keepsEightDigitNumbersThatAreNotAllDatesAsIntegers() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                nummer
                19900101
                20241301
                """);

        assertThat(table.field("nummer").type()).isEqualTo(FieldType.INTEGER);
    }

    @Test
    void readsMonthFirstOnlyWhenTheValuesProveIt() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                datum
                12/25/2023
                1/2/2024
                """);

        assertThat(table.field("datum").format()).isEqualTo("%m/%d/%Y");
        assertThat(table.values("datum")).containsExactly(LocalDate.of(2023, 12, 25), LocalDate.of(2024, 1, 2));
    }

    @Test
    void readsAmbiguousNumericDatesDayFirst() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                datum
                3-4-2024
                05-06-2024
                """);

        assertThat(table.field("datum").format()).isEqualTo("%d-%m-%Y");
        assertThat(table.values("datum")).containsExactly(LocalDate.of(2024, 4, 3), LocalDate.of(2024, 6, 5));
    }

    @Test
    void readsDatesMixedWithDateTimesAsDateTimes() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                moment
                2024-03-01
                2024-03-02T10:15
                2024-03-03 08:00:00.5
                """);

        assertThat(table.field("moment").type()).isEqualTo(FieldType.DATETIME);
        assertThat(table.values("moment")).containsExactly(LocalDateTime.of(2024, 3, 1, 0, 0),
                LocalDateTime.of(2024, 3, 2, 10, 15), LocalDateTime.of(2024, 3, 3, 8, 0, 0, 500_000_000));
    }

    @Test
    void keepsTimestampsWithAndWithoutZoneAsText() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                moment
                2024-03-31T01:30:00Z
                2024-03-31T03:30:00
                """);

        assertThat(table.field("moment").type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void readsJaNeeAsBooleanWithTheSpellingsFound() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                id,actief
                1,Ja
                2,nee
                3,JA
                """);

        Field actief = table.field("actief");
        assertThat(actief.type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(actief.trueValues()).contains("ja", "Ja", "JA");
        assertThat(actief.falseValues()).contains("nee");
        assertThat(table.values("actief")).containsExactly(true, false, true);
    }

    @Test
    void readsOneValueOfABooleanPairAsBoolean() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                id,vlag
                1,j
                2,j
                """);

        assertThat(table.field("vlag").type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(table.field("vlag").falseValues()).contains("n");
    }

    @Test
    void keepsOneAndZeroAsIntegers() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                id,aangesloten
                1,1
                2,0
                """);

        assertThat(table.field("aangesloten").type()).isEqualTo(FieldType.INTEGER);
    }

    @Test
    void readsNullTokensAsMissingOnlyInTypedFields() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                aantal;toelichting
                5;n.v.t.
                NULL;onbekend
                -;tekst
                n.v.t.;NULL
                """);

        assertThat(table.field("aantal").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.values("aantal")).containsExactly(5L, null, null, null);
        assertThat(table.field("aantal").missingValues()).containsExactly("", "-", "NULL", "n.v.t.");
        assertThat(table.values("toelichting")).containsExactly("n.v.t.", "onbekend", "tekst", "NULL");
        assertThat(table.inference().schema().missingValues()).containsExactly("", "-", "NULL", "n.v.t.");
    }

    @Test
    void keepsStringValuesVerbatimButTrimsTypedValues() throws IOException {
        InferredTable table = InferredTable.ofText(folder, "naam,aantal\n  Jansen ,  12 \nde Vries,3\n");

        assertThat(table.values("naam")).containsExactly("  Jansen ", "de Vries");
        assertThat(table.values("aantal")).containsExactly(12L, 3L);
    }

    @Test
    void fillsShortRowsWithNullsAndNamesTheLines() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                a,b,c
                1,2,3
                4,5
                6
                """);

        assertThat(table.values("c")).containsExactly(3L, null, null);
        assertThat(table.issues("row.missing-values")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(3);
            assertThat(issue.message()).contains("Line 3 has 2 values, but the header has 3", "2 lines", "(3, 4)");
            assertThat(issue.arguments()).containsEntry("lines", List.of(3L, 4L)).containsEntry("found", 2)
                    .containsEntry("expected", 3);
        });
    }

    @Test
    void keepsColumnWithValuesButNoHeader() throws IOException {
        InferredTable table = InferredTable.ofText(folder, """
                a,,c
                1,x,3
                """);

        assertThat(table.names()).containsExactly("a", "column_2", "c");
        assertThat(table.values("column_2")).containsExactly("x");
    }

    @Test
    void reportsProgressWithBytesAndRowsAtTheEnd() throws IOException {
        StringBuilder text = new StringBuilder("n\n");
        for (int i = 0; i < 20_000; i++) {
            text.append(i).append('\n');
        }
        Path file = InferredTable.write(folder, text.toString(), StandardCharsets.UTF_8);
        List<long[]> calls = new ArrayList<>();

        Inference inference = TabularInference.infer(file, (bytes, rows) -> calls.add(new long[] {bytes, rows}));

        assertThat(calls).hasSizeGreaterThanOrEqualTo(2);
        assertThat(calls.getLast()).containsExactly(inference.byteCount(), 20_000);
    }
}
