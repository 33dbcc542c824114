// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XLSX workbooks, written with Apache POI in each test, read through {@link TabularInference}. */
class XlsxReadingTest {

    @TempDir
    Path folder;

    /**
     * Case c17. Excel keeps dates as serial numbers of days, near 45,000 in 2024; a date format makes them dates.
     * <pre>
     * | datum (dd-mm-yyyy) | tijdstip (yyyy-mm-dd hh:mm) | aantal |
     * | 2024-03-01         | 2024-03-01 10:00            | 3      |
     * | 2024-03-04         | 2024-03-04 16:45            | 5      |
     * | 2024-12-31         | 2024-12-31 23:59            | 8      |
     * </pre>
     */
    @Test
    void readsDateFormattedCellsAsIsoDatesNeverAsSerialNumbers() throws IOException {
        Path file = Workbooks.xlsx(folder, "c17.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Meldingen");
            CellStyle date = style(workbook, "dd-mm-yyyy");
            CellStyle dateTime = style(workbook, "yyyy-mm-dd hh:mm");
            row(sheet, 0, "datum", "tijdstip", "aantal");
            LocalDateTime[] moments = {LocalDateTime.of(2024, 3, 1, 10, 0), LocalDateTime.of(2024, 3, 4, 16, 45),
                    LocalDateTime.of(2024, 12, 31, 23, 59)};
            int[] counts = {3, 5, 8};
            for (int i = 0; i < moments.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(moments[i].toLocalDate());
                row.getCell(0).setCellStyle(date);
                row.createCell(1).setCellValue(moments[i]);
                row.getCell(1).setCellStyle(dateTime);
                row.createCell(2).setCellValue(counts[i]);
            }
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.field("datum").type()).isEqualTo(FieldType.DATE);
        assertThat(table.values("datum"))
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4), LocalDate.of(2024, 12, 31));
        assertThat(table.field("tijdstip").type()).isEqualTo(FieldType.DATETIME);
        assertThat(table.values("tijdstip")).containsExactly(LocalDateTime.of(2024, 3, 1, 10, 0),
                LocalDateTime.of(2024, 3, 4, 16, 45), LocalDateTime.of(2024, 12, 31, 23, 59));
        assertThat(table.field("aantal").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.texts()).first().isEqualTo(List.of("2024-03-01", "2024-03-01T10:00:00", "3"));
    }

    /** Case c19: a 300-character header cell. */
    @Test
    void shortensAVeryLongHeaderToAUniqueNameAndKeepsTheFullTextAsTitle() throws IOException {
        String longHeader = "Aantal meldingen over wateroverlast per wijk ".repeat(7).substring(0, 300);
        Path file = Workbooks.xlsx(folder, "c19.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            row(sheet, 0, "wijk", longHeader, longHeader.substring(0, 299) + "!");
            row(sheet, 1, "Centrum", 12, 13);
        });

        InferredTable table = InferredTable.read(file);

        assertThat(longHeader).hasSize(300);
        assertThat(table.names()).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).hasSizeLessThanOrEqualTo(63).matches("[a-z_][a-z0-9_]*"));
        assertThat(table.fields().get(1).title()).isEqualTo(longHeader);
        assertThat(table.values(table.names().get(1))).containsExactly(12L);
    }

    /**
     * Numbers as Excel shows them: no {@code .0} on whole numbers, no binary noise, leading zeros of a {@code 0000}
     * format kept, and {@code NULL} read as missing in a typed column just as in CSV.
     */
    @Test
    void writesNumbersAsCanonicalDecimalText() throws IOException {
        Path file = Workbooks.xlsx(folder, "numbers.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Bedragen");
            CellStyle code = style(workbook, "0000");
            row(sheet, 0, "bedrag", "som", "gemeentecode", "klein");
            row(sheet, 1, 1850.0, 0, 14, 1.871e-5);
            row(sheet, 2, 0.1, 0, 1680, -0.5);
            row(sheet, 3, "NULL", 0, 3, 0);
            sheet.getRow(1).createCell(1).setCellFormula("0.1+0.2");
            sheet.getRow(2).getCell(1).setCellFormula("1/3");
            sheet.getRow(3).getCell(1).setCellFormula("2*925");
            for (int r = 1; r <= 3; r++) {
                sheet.getRow(r).getCell(2).setCellStyle(code);
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.texts()).containsExactly(List.of("1850", "0.3", "0014", "0.00001871"),
                List.of("0.1", "0.333333333333333", "1680", "-0.5"), List.of("NULL", "1850", "0003", "0"));
        assertThat(table.field("bedrag").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("bedrag")).containsExactly(1850.0, 0.1, null);
        assertThat(table.field("bedrag").missingValues()).contains("NULL");
        assertThat(table.field("gemeentecode").type()).isEqualTo(FieldType.STRING);
    }

    /**
     * The header is the first row with a value; formatted but empty cells, empty rows and empty columns, before,
     * between and after the data, leave no trace.
     * <pre>
     *      A        B       C         D (formatted, empty)
     *   1
     *   2           naam    plaats
     *   3           Jansen  Assen     ·
     *   4                             ·
     *   5           Bakker  Emmen
     *   6 … 40                        · (formatted, empty)
     * </pre>
     */
    @Test
    void ignoresEmptyAndFormattedButEmptyRowsAndColumns() throws IOException {
        Path file = Workbooks.xlsx(folder, "sparse.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            CellStyle yellow = style(workbook, "@");
            sheet.createRow(1).createCell(1).setCellValue("naam");
            sheet.getRow(1).createCell(2).setCellValue("plaats");
            sheet.createRow(2).createCell(1).setCellValue("Jansen");
            sheet.getRow(2).createCell(2).setCellValue("Assen");
            for (int r = 2; r < 40; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(3).setCellStyle(yellow);
            }
            sheet.getRow(4).createCell(1).setCellValue("Bakker");
            sheet.getRow(4).createCell(2).setCellValue("Emmen");
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.names()).containsExactly("naam", "plaats");
        assertThat(table.values("naam")).containsExactly("Jansen", "Bakker");
        assertThat(table.inference().rowCount()).isEqualTo(2);
        assertThat(table.inference().issues()).extracting(Issue::code)
                .doesNotContain("row.missing-values", "row.extra-values", "row.extra-empty-values");
        assertThat(table.issues("column.empty-dropped")).singleElement()
                .satisfies(issue -> assertThat(issue.column()).isEqualTo(1));
    }

    @Test
    void readsTheFirstVisibleSheetWithValuesAndSaysWhich() throws IOException {
        Path file = Workbooks.xlsx(folder, "sheets.xlsx", workbook -> {
            workbook.createSheet("Leeg");
            row(workbook.createSheet("Verborgen"), 0, "geheim");
            workbook.setSheetHidden(1, true);
            row(workbook.createSheet("Data"), 0, "naam");
            row(workbook.getSheet("Data"), 1, "Jansen");
            row(workbook.createSheet("Meer"), 0, "x");
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.inference().layout()).isEqualTo(new SheetLayout(TabularFormat.XLSX, "Data"));
        assertThat(table.values("naam")).containsExactly("Jansen");
        assertThat(table.issues("sheet.chosen")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.INFO);
            assertThat(issue.message()).contains("4 sheets", "Leeg, Verborgen, Data, Meer", "Sheet Data was read");
        });
    }

    @Test
    void readsAHiddenSheetOnlyWhenAskedForByName() throws IOException {
        Path file = Workbooks.xlsx(folder, "named.xlsx", workbook -> {
            workbook.createSheet("Data");
            row(workbook.createSheet("Codes"), 0, "code");
            row(workbook.getSheet("Codes"), 1, "A1");
            workbook.setSheetHidden(1, true);
        });

        InferredTable table = InferredTable.read(file, TabularFormat.XLSX, "Codes");

        assertThat(table.values("code")).containsExactly("A1");
        assertThatThrownBy(() -> InferredTable.read(file, TabularFormat.XLSX, "codes"))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("sheet.not-found");
                    assertThat(e.getMessage()).contains("Data, Codes");
                });
        assertThatThrownBy(() -> InferredTable.read(file, TabularFormat.XLSX, "Data"))
                .isInstanceOfSatisfying(TabularException.class, e -> assertThat(e.code()).isEqualTo("sheet.empty"));
        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("file.empty");
            assertThat(e.getMessage()).contains("hidden");
        });
    }

    @Test
    void readsFormulaErrorsAsMissingWithAWarningNamingTheRows() throws IOException {
        Path file = Workbooks.xlsx(folder, "errors.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            row(sheet, 0, "teller", "ratio");
            row(sheet, 1, 4, 0);
            row(sheet, 2, 0, 0);
            row(sheet, 3, 6, 0);
            for (int r = 1; r <= 3; r++) {
                sheet.getRow(r).getCell(1).setCellFormula("A" + (r + 1) + "/A3");
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.field("ratio").type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("ratio")).containsOnlyNulls();
        assertThat(table.issues("sheet.error-values")).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.line()).isEqualTo(2);
            assertThat(issue.message()).startsWith("3 cells hold").contains("rows 2, 3, 4");
            assertThat(issue.arguments()).containsEntry("cells", 3L).containsEntry("lines", List.of(2L, 3L, 4L));
        });
    }

    @Test
    void reportsRowsNotLinesInMessages() throws IOException {
        Path file = Workbooks.xlsx(folder, "ragged.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            row(sheet, 0, "naam");
            row(sheet, 1, "Jansen");
            row(sheet, 4, "Bakker", "extra");
        });

        InferredTable table = InferredTable.read(file);

        assertThat(table.issues("row.extra-values")).singleElement()
                .satisfies(issue -> {
                    assertThat(issue.message()).startsWith("Row 5 has 2 values, but the header has 1.");
                    assertThat(issue.arguments()).containsEntry("unit", "row");
                });
    }

    @Test
    void rejectsAnXlsxThatIsNotAZip() throws IOException {
        Path csv = Files.writeString(folder.resolve("export.xlsx"), "naam;plaats\nJansen;Assen\n");
        Path old = Files.write(folder.resolve("oud.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
                (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});

        assertThatThrownBy(() -> InferredTable.read(csv)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("workbook.not-a-zip");
            assertThat(e.getMessage()).contains("ends in .xlsx", "not a workbook", ".csv");
        });
        assertThatThrownBy(() -> InferredTable.read(old)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("workbook.not-a-zip");
            assertThat(e.getMessage()).contains("old binary workbook", "password");
        });
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() throws IOException {
        Path file = Workbooks.zip(folder.resolve("archief.xlsx"),
                java.util.Map.of("readme.txt", Workbooks.bytes("geen werkmap")));

        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("workbook.invalid"));
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    /** Fills a row from column A: strings as text, numbers as numbers. */
    private static void row(XSSFSheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            switch (values[i]) {
                case String text -> row.createCell(i).setCellValue(text);
                case Number number -> row.createCell(i).setCellValue(number.doubleValue());
                default -> throw new IllegalArgumentException("unexpected " + values[i]);
            }
        }
    }
}
