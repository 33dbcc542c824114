// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static nl.datakraam.lib.tabular.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real workbooks and JSON files of {@code ../shared/data/real}, against PROVENANCE.md and, for workbooks, an
 * independent reading by Apache POI's user model.
 */
class RealWorkbookAndJsonFilesTest {

    private static final String SUBSIDIES = "amsterdam_subsidieregister_2016-10-31.xlsx";

    /** PROVENANCE.md: sheet Blad1, A1:L2728 (Blad2 and Blad3 empty), "NULL" in cells, dates mixed with text. */
    @Test
    void readsTheAmsterdamSubsidyRegisterAsPoiDoes() throws IOException {
        Path file = realData(SUBSIDIES);
        PoiReading poi = PoiReading.of(file, "Blad1");

        InferredTable table = InferredTable.read(file);

        assertThat(table.inference().layout()).isEqualTo(new SheetLayout(TabularFormat.XLSX, "Blad1"));
        assertThat(poi.rows()).as("POI's data rows").hasSize(2727);
        assertThat(table.inference().rowCount()).isEqualTo(poi.rows().size());
        assertThat(table.fields()).extracting(Field::title).containsExactlyElementsOf(poi.header()).hasSize(12);
        assertThat(table.issues("sheet.chosen")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("3 sheets", "Sheet Blad1 was read"));
    }

    @Test
    void readsTheAmountsAsNumbersWithNullAsMissing() throws IOException {
        Path file = realData(SUBSIDIES);
        PoiReading poi = PoiReading.of(file, "Blad1");

        InferredTable table = InferredTable.read(file);

        int requested = poi.header().indexOf("BEDRAG_AANGEVRAAGD");
        double expected = poi.rows().stream().mapToDouble(row -> row.get(requested) instanceof Double d ? d : 0)
                .sum();
        assertThat(table.field("bedrag_aangevraagd").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("bedrag_aangevraagd").stream().filter(Objects::nonNull)
                .mapToDouble(value -> ((Number) value).doubleValue()).sum()).isEqualTo(expected).isPositive();
        assertThat(table.values("bedrag_aangevraagd").getFirst()).isEqualTo(1850.0);
        int settled = poi.header().indexOf("BEDRAG_VASTGESTELD");
        assertThat(poi.rows()).allSatisfy(row -> assertThat(row.get(settled)).isEqualTo("NULL"));
        assertThat(table.values("bedrag_vastgesteld")).as("NULL in every row").containsOnlyNulls();
        assertThat(table.field("bedrag_vastgesteld").missingValues()).contains("NULL");
    }

    @Test
    void readsTheOverviewDateAsADateTimeNotASerialNumber() throws IOException {
        Path file = realData(SUBSIDIES);
        PoiReading poi = PoiReading.of(file, "Blad1");

        InferredTable table = InferredTable.read(file);

        int overview = poi.header().indexOf("DATUM_OVERZICHT");
        assertThat(table.field("datum_overzicht").type()).isEqualTo(FieldType.DATETIME);
        assertThat(table.values("datum_overzicht").getFirst()).isEqualTo(poi.rows().getFirst().get(overview))
                .isEqualTo(LocalDateTime.of(2016, 10, 31, 1, 0, 18, 50_000_000));
    }

    /** PROVENANCE.md: one sheet of attribute names and definitions, about six rows. */
    @Test
    void readsTheGroningenMetadataWorkbook() throws IOException {
        Path file = realData("provincie-groningen_metadata-attributen.xlsx");
        PoiReading poi = PoiReading.of(file, "Blad1");

        InferredTable table = InferredTable.read(file);

        assertThat(table.names()).containsExactly("name", "definition");
        assertThat(table.inference().rowCount()).isEqualTo(poi.rows().size()).isEqualTo(6);
        assertThat(table.values("name")).contains("AANLEGPLAATS_NR", "BEHEERDER", "TYPE", "FUNCTIE", "SEM_CODE");
        assertThat(table.inference().issues()).extracting(Issue::code).doesNotContain("sheet.chosen");
    }

    /** PROVENANCE.md: a Django fixture of 86 categories, {model, pk, fields: {parent, …, departments: [ids]}}. */
    @Test
    void readsTheSignalenDjangoFixtureFlattened() throws IOException {
        InferredTable table = InferredTable.read(realData("signalen_amsterdam_meldingcategorieen.json"));

        assertThat(table.inference().rowCount()).isEqualTo(86);
        assertThat(table.fields()).extracting(Field::title).containsExactly("model", "pk", "fields.parent",
                "fields.slug", "fields.name", "fields.handling", "fields.is_active", "fields.departments");
        assertThat(table.field("pk").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.field("fields_parent").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.values("fields_parent")).as("the 9 main categories have no parent").containsNull()
                .filteredOn(Objects::isNull).hasSize(9);
        assertThat(table.field("fields_is_active").type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(table.values("fields_departments").getFirst()).isEqualTo("[6,12,4]");
        assertThat(table.issues("json.array-as-text")).singleElement()
                .satisfies(issue -> assertThat(issue.field()).isEqualTo("fields_departments"));
    }

    /** PROVENANCE.md: a Solr envelope (response/highlighting/spellcheck) around 2 docs; codes with leading zeros. */
    @Test
    void readsTheDocsOfThePdokLocatieserverResponse() throws IOException {
        InferredTable table = InferredTable.read(realData("pdok_locatieserver_response_weesp.json"));

        assertThat(((JsonLayout) table.inference().layout()).pointer()).isEqualTo("/response/docs");
        assertThat(table.inference().rowCount()).isEqualTo(2);
        assertThat(table.values("gemeentecode")).containsExactly("0457", "0363");
        assertThat(table.field("huisnummer").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.values("centroide_rd")).first().asString().startsWith("POINT(");
        assertThat(table.issues("json.table-path")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("response.docs"));
        assertThat(table.issues("json.array-as-text")).extracting(Issue::field)
                .containsExactlyInAnyOrder("suggest", "gekoppeld_perceel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cbs_pdok_gemeenten_2022_v1_wgs84.json", "nwb_wegvak_600778786_utrecht.json"})
    void leavesGeoJsonFilesToTheGeodataReader(String name) {
        Path file = realData(name);

        assertThatThrownBy(() -> TabularInference.infer(file, ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class, e -> assertThat(e.code()).isEqualTo("json.geojson"));
    }

    /**
     * Apache POI's reading of a sheet: the first row with a value is the header; every later row with a value is a
     * data row, its cells as text, numbers ({@link Double}) or date-times.
     */
    record PoiReading(List<String> header, List<List<Object>> rows) {

        static PoiReading of(Path file, String sheetName) throws IOException {
            try (var workbook = new XSSFWorkbook(file.toFile())) {
                Sheet sheet = workbook.getSheet(sheetName);
                List<List<Object>> rows = new ArrayList<>();
                int width = 0;
                for (Row row : sheet) {
                    List<Object> values = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        values.add(value(row.getCell(c)));
                    }
                    if (values.stream().anyMatch(value -> !"".equals(value))) {
                        width = Math.max(width, values.size());
                        rows.add(values);
                    }
                }
                List<String> header = rows.removeFirst().stream().map(String::valueOf).toList();
                return new PoiReading(header, rows);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IOException(e);
            }
        }

        private static Object value(Cell cell) {
            if (cell == null) {
                return "";
            }
            if (cell.getCellType() == CellType.NUMERIC) {
                return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue() : cell.getNumericCellValue();
            }
            return new DataFormatter().formatCellValue(cell).strip();
        }
    }
}
