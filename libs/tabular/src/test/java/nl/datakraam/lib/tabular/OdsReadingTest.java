// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OpenDocument spreadsheets, their {@code content.xml} written by hand as LibreOffice Calc writes it. */
class OdsReadingTest {

    /**
     * Case c18, with the trailing repeats Calc writes: a thousand empty columns after each row and a million empty
     * rows after the data.
     * <pre>
     * | plaats     | inwoners | opgericht  | actief |
     * | Café Noord | 1850     | 2024-03-01 | true   |
     * | Müller     | 1.5      | 2023-12-11 | false  |
     * | Ĳsselmeer  |          | 1999-01-01 | true   |
     * </pre>
     */
    private static final String ACCENTED = """
            <table:table table:name="Blad1">
              <table:table-column table:number-columns-repeated="1024"/>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>plaats</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>inwoners</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>opgericht</text:p></table:table-cell>
                <table:table-cell office:value-type="string"><text:p>actief</text:p></table:table-cell>
                <table:table-cell table:number-columns-repeated="1020"/>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>Café Noord</text:p></table:table-cell>
                <table:table-cell office:value-type="float" office:value="1850"><text:p>1.850</text:p></table:table-cell>
                <table:table-cell office:value-type="date" office:date-value="2024-03-01"><text:p>01-03-24</text:p></table:table-cell>
                <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAAR</text:p></table:table-cell>
                <table:table-cell table:number-columns-repeated="1020"/>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>Müller</text:p></table:table-cell>
                <table:table-cell office:value-type="float" office:value="1.5"><text:p>1,5</text:p></table:table-cell>
                <table:table-cell office:value-type="date" office:date-value="2023-12-11"><text:p>11-12-23</text:p></table:table-cell>
                <table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>ONWAAR</text:p></table:table-cell>
                <table:table-cell table:number-columns-repeated="1020"/>
              </table:table-row>
              <table:table-row>
                <table:table-cell office:value-type="string"><text:p>Ĳsselmeer</text:p></table:table-cell>
                <table:table-cell/>
                <table:table-cell office:value-type="date" office:date-value="1999-01-01"><text:p>01-01-99</text:p></table:table-cell>
                <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>WAAR</text:p></table:table-cell>
                <table:table-cell table:number-columns-repeated="1020"/>
              </table:table-row>
              <table:table-row table:number-rows-repeated="1048572">
                <table:table-cell table:number-columns-repeated="1024"/>
              </table:table-row>
            </table:table>
            """;

    @TempDir
    Path folder;

    @Test
    void readsAccentedTextAndTypedCells() throws IOException {
        InferredTable table = InferredTable.read(Workbooks.ods(folder, "c18.ods", "", ACCENTED));

        assertThat(table.names()).containsExactly("plaats", "inwoners", "opgericht", "actief");
        assertThat(table.values("plaats")).containsExactly("Café Noord", "Müller", "Ĳsselmeer");
        assertThat(table.field("inwoners").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("inwoners")).containsExactly(1850.0, 1.5, null);
        assertThat(table.values("opgericht"))
                .containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2023, 12, 11), LocalDate.of(1999, 1, 1));
        assertThat(table.values("actief")).containsExactly(true, false, true);
        assertThat(table.inference().rowCount()).isEqualTo(3);
        assertThat(table.inference().layout()).isEqualTo(new SheetLayout(TabularFormat.ODS, "Blad1"));
    }

    /** Case c18: "loads like XLSX". The same table saved both ways gives the same schema and the same rows. */
    @Test
    void loadsLikeTheSameTableInXlsx() throws IOException {
        Path xlsx = Workbooks.xlsx(folder, "c18.xlsx", workbook -> {
            XSSFSheet sheet = workbook.createSheet("Blad1");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yy"));
            Object[][] rows = {{"plaats", "inwoners", "opgericht", "actief"},
                    {"Café Noord", 1850.0, LocalDate.of(2024, 3, 1), true},
                    {"Müller", 1.5, LocalDate.of(2023, 12, 11), false},
                    {"Ĳsselmeer", null, LocalDate.of(1999, 1, 1), true}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    switch (rows[r][c]) {
                        case String text -> row.createCell(c).setCellValue(text);
                        case Double number -> row.createCell(c).setCellValue(number);
                        case Boolean bool -> row.createCell(c).setCellValue(bool);
                        case LocalDate day -> {
                            row.createCell(c).setCellValue(day);
                            row.getCell(c).setCellStyle(date);
                        }
                        case null -> { }
                        default -> throw new IllegalArgumentException();
                    }
                }
            }
        });

        InferredTable fromOds = InferredTable.read(Workbooks.ods(folder, "c18.ods", "", ACCENTED));
        InferredTable fromXlsx = InferredTable.read(xlsx);

        assertThat(fromOds.inference().schema()).isEqualTo(fromXlsx.inference().schema());
        assertThat(fromOds.rows()).zipSatisfy(fromXlsx.rows(),
                (ods, excel) -> assertThat(Arrays.asList(ods)).isEqualTo(Arrays.asList(excel)));
    }

    /**
     * Every value type of OpenDocument 1.2 §19.385, repeated cells and rows with values, merged (covered) cells,
     * spaces, tabs, line breaks and a comment inside a cell.
     */
    @Test
    void readsEveryValueTypeAndRepeat() throws IOException {
        String tables = """
                <table:table table:name="Waarden">
                  <table:table-header-rows>
                    <table:table-row>
                      <table:table-cell office:value-type="string" table:number-columns-spanned="2"><text:p>soort</text:p></table:table-cell>
                      <table:covered-table-cell/>
                      <table:table-cell><text:p>getal</text:p></table:table-cell>
                      <table:table-cell><text:p>percentage</text:p></table:table-cell>
                      <table:table-cell><text:p>bedrag</text:p></table:table-cell>
                      <table:table-cell><text:p>tijd</text:p></table:table-cell>
                      <table:table-cell><text:p>moment</text:p></table:table-cell>
                      <table:table-cell><text:p>opmerking</text:p></table:table-cell>
                    </table:table-row>
                  </table:table-header-rows>
                  <table:table-row table:number-rows-repeated="2">
                    <table:table-cell office:value-type="string" table:number-columns-repeated="2"><text:p>A</text:p></table:table-cell>
                    <table:table-cell office:value-type="float" office:value="0.30000000000000004"><text:p>0,3</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="0.25"><text:p>25%</text:p></table:table-cell>
                    <table:table-cell office:value-type="currency" office:currency="EUR" office:value="1234.5"><text:p>€ 1.234,50</text:p></table:table-cell>
                    <table:table-cell office:value-type="time" office:time-value="PT10H30M00S"><text:p>10:30</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2024-03-01T10:30:00"><text:p>01-03-24 10:30</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>twee<text:s text:c="2"/>spaties<text:tab/>tab</text:p><text:p>regel<text:line-break/>twee</text:p><office:annotation><text:p>geheime notitie</text:p></office:annotation></table:table-cell>
                  </table:table-row>
                </table:table>
                """;

        InferredTable table = InferredTable.read(Workbooks.ods(folder, "waarden.ods", "", tables));

        assertThat(table.names()).containsExactly("soort", "column_2", "getal", "percentage", "bedrag", "tijd",
                "moment", "opmerking");
        assertThat(table.values("soort")).containsExactly("A", "A");
        assertThat(table.values("column_2")).containsExactly("A", "A");
        assertThat(table.values("getal")).containsExactly(0.3, 0.3);
        assertThat(table.values("percentage")).containsExactly(0.25, 0.25);
        assertThat(table.values("bedrag")).containsExactly(1234.5, 1234.5);
        assertThat(table.values("tijd")).containsExactly("10:30:00", "10:30:00");
        assertThat(table.values("moment")).first().isEqualTo(LocalDateTime.of(2024, 3, 1, 10, 30));
        assertThat(table.values("opmerking")).first().isEqualTo("twee  spaties\ttab\nregel\ntwee");
        assertThat(table.inference().rowCount()).isEqualTo(2);
    }

    @Test
    void skipsHiddenAndEmptyTablesUnlessAskedForByName() throws IOException {
        String styles = """
                <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
                <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
                """;
        String tables = """
                <table:table table:name="Leeg" table:style-name="ta1">
                  <table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                </table:table>
                <table:table table:name="Verborgen" table:style-name="ta2">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>code</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>X</text:p></table:table-cell></table:table-row>
                </table:table>
                <table:table table:name="Gegevens" table:style-name="ta1">
                  <table:table-row table:number-rows-repeated="3"><table:table-cell/></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>naam</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Jansen</text:p></table:table-cell></table:table-row>
                </table:table>
                """;
        Path file = Workbooks.ods(folder, "tabellen.ods", styles, tables);

        InferredTable chosen = InferredTable.read(file);
        InferredTable hidden = InferredTable.read(file, TabularFormat.ODS, "Verborgen");

        assertThat(chosen.values("naam")).containsExactly("Jansen");
        assertThat(chosen.rows()).hasSize(1);
        assertThat(chosen.issues("sheet.chosen")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("3 sheets", "Sheet Gegevens was read"));
        assertThat(hidden.values("code")).containsExactly("X");
    }

    @Test
    void readsErrorValuesAsMissing() throws IOException {
        String tables = """
                <table:table table:name="Blad1">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>ratio</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="float" office:value="0.5"><text:p>0,5</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell></table:table-row>
                </table:table>
                """;

        InferredTable table = InferredTable.read(Workbooks.ods(folder, "fout.ods", "", tables));

        assertThat(table.values("ratio")).containsExactly(0.5, null);
        assertThat(table.issues("sheet.error-values")).singleElement()
                .satisfies(issue -> assertThat(issue.line()).isEqualTo(3));
    }

    @Test
    void refusesValuesBeyondTheLastColumnASpreadsheetHas() throws IOException {
        String tables = """
                <table:table table:name="Breed">
                  <table:table-row><table:table-cell office:value-type="string" table:number-columns-repeated="2000000000"><text:p>x</text:p></table:table-cell></table:table-row>
                </table:table>
                """;
        Path file = Workbooks.ods(folder, "breed.ods", "", tables);

        assertThatThrownBy(() -> InferredTable.read(file))
                .isInstanceOfSatisfying(TabularException.class, e -> assertThat(e.code()).isEqualTo("sheet.too-large"));
    }

    @Test
    void rejectsAnotherKindOfOpenDocument() throws IOException {
        Path file = Workbooks.zip(folder.resolve("brief.ods"), Map.of("mimetype",
                Workbooks.bytes("application/vnd.oasis.opendocument.text"), "content.xml", Workbooks.bytes("<x/>")));

        assertThatThrownBy(() -> InferredTable.read(file)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("workbook.invalid");
            assertThat(e.getMessage()).contains("opendocument.text");
        });
    }

    @Test
    void describesTheRecordsPositionAsTheSheetRow() throws IOException {
        Path file = Workbooks.ods(folder, "c18.ods", "", ACCENTED);
        Inference inference = TabularInference.infer(file, ProgressListener.NONE);

        try (RecordSource source = RecordSource.open(file, inference.layout())) {
            assertThat(source.header()).isEqualTo(new CsvRecord(1, List.of("plaats", "inwoners", "opgericht",
                    "actief")));
            assertThat(source.next()).isEqualTo(new CsvRecord(2, List.of("Café Noord", "1850", "2024-03-01",
                    "true")));
        }
    }
}
