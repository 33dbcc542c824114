// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static nl.datakraam.lib.tabular.SharedFiles.realData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real open-data files of {@code ../shared/data/real}, against the dialect their PROVENANCE.md states. */
class RealFilesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Each CSV with its dialect as PROVENANCE.md states it. */
    static Stream<Arguments> csvFiles() {
        return Stream.of(
                Arguments.of("rvig_tabel33_gemeententabel.csv", StandardCharsets.UTF_8, true, ','),
                Arguments.of("rvig_tabel59_gba-deelnemerstabel.csv", StandardCharsets.UTF_8, true, ','),
                Arguments.of("rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv", StandardCharsets.UTF_8,
                        false, ';'),
                Arguments.of("amsterdam_subsidieregister_2017-04-03_cp1252.csv", WINDOWS_1252, false, ';'),
                Arguments.of("tno_groningen_field_outline_rd.csv", StandardCharsets.UTF_8, false, ','),
                Arguments.of("groningen_vs30_per_pc4.csv", StandardCharsets.UTF_8, false, ';'));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFiles")
    void sniffsTheDialectStatedInProvenance(String name, Charset charset, boolean byteOrderMark, char delimiter)
            throws IOException {
        CsvDialect dialect = CsvSniffer.sniff(realData(name));

        assertThat(dialect).isEqualTo(new CsvDialect(charset, byteOrderMark, delimiter, '"', 0, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFiles")
    void readsTheSameRecordsAsCommonsCsv(String name, Charset charset, boolean byteOrderMark, char delimiter)
            throws IOException {
        Path file = realData(name);
        List<List<String>> expected = commonsRecords(file, charset, byteOrderMark, delimiter);

        List<List<String>> actual = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, CsvSniffer.sniff(file))) {
            actual.add(reader.header().values());
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                actual.add(record.values());
            }
        }

        assertThat(actual).hasSameSizeAs(expected);
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("csvFiles")
    void infersOneFieldPerColumnWithHeaderOrValues(String name, Charset charset, boolean byteOrderMark,
                                                   char delimiter) throws IOException {
        Path file = realData(name);
        List<List<String>> records = commonsRecords(file, charset, byteOrderMark, delimiter);

        InferredTable table = InferredTable.read(file);

        assertThat(table.inference().rowCount()).isEqualTo(records.size() - 1);
        assertThat(table.rows()).hasSize(records.size() - 1);
        assertThat(table.fields()).hasSize(columnsWithHeaderOrValues(records));
        assertThat(table.inference().byteCount()).isEqualTo(Files.size(file));
    }

    @Test
    void keepsRvigGemeentecodeAsTextWithLeadingZeros() throws IOException {
        InferredTable table = InferredTable.read(realData("rvig_tabel33_gemeententabel.csv"));

        Field code = table.field("f_92_10_gemeentecode");
        assertThat(code.title()).isEqualTo("92.10 Gemeentecode");
        assertThat(code.type()).isEqualTo(FieldType.STRING);
        assertThat(table.values("f_92_10_gemeentecode")).contains("0014", "0001", "1952");
        assertThat(table.field("f_92_12_nieuwe_code").type()).isEqualTo(FieldType.STRING);
    }

    @Test
    void readsRvigYyyymmddStringsAsDates() throws IOException {
        InferredTable table = InferredTable.read(realData("rvig_tabel33_gemeententabel.csv"));

        assertThat(table.field("f_99_99_datum_einde").type()).isEqualTo(FieldType.DATE);
        assertThat(table.field("f_99_99_datum_einde").format()).isEqualTo("%Y%m%d");
        assertThat(table.values("f_99_99_datum_einde").get(1)).isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void dropsRvigTrailingEmptyValueWithOneInfo() throws IOException {
        InferredTable table = InferredTable.read(realData("rvig_tabel33_gemeententabel.csv"));

        assertThat(table.fields()).hasSize(5);
        assertThat(table.issues("row.extra-empty-values")).singleElement()
                .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.INFO));
        assertThat(table.inference().issues()).noneMatch(issue -> issue.severity() != Severity.INFO);
    }

    @Test
    void readsRivmCountsAsIntegersAndReportTimesAsDateTimes() throws IOException {
        InferredTable table = InferredTable.read(
                realData("rivm_covid19_aantallen_gemeente_cumulatief_2020-09-15.csv"));

        assertThat(table.field("total_reported").type()).isEqualTo(FieldType.INTEGER);
        assertThat(table.field("date_of_report").type()).isEqualTo(FieldType.DATETIME);
        assertThat(table.values("date_of_report").getFirst()).isEqualTo(LocalDateTime.of(2020, 3, 13, 10, 0));
        assertThat(table.values("municipality_code")).contains("GM0014").containsNull();
    }

    @Test
    void readsVs30DecimalCommaAndDropsEmptyExcelColumns() throws IOException {
        InferredTable table = InferredTable.read(realData("groningen_vs30_per_pc4.csv"));

        assertThat(table.names()).containsExactly("postcode", "vs30_in_m_s_v7");
        assertThat(table.field("vs30_in_m_s_v7").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.values("vs30_in_m_s_v7")).startsWith(307.33).contains(187.0);
        assertThat(table.issues("column.empty-dropped")).singleElement()
                .satisfies(issue -> assertThat(issue.severity()).isEqualTo(Severity.INFO));
    }

    @Test
    void readsAmsterdamRegisterAsWindows1252WithAccentsAndCurlyQuotes() throws IOException {
        InferredTable table = InferredTable.read(realData("amsterdam_subsidieregister_2017-04-03_cp1252.csv"));

        assertThat(table.dialect().charset()).isEqualTo(WINDOWS_1252);
        List<Object> dossiers = table.values("dossiernummer");
        List<Object> projects = table.values("project_naam");
        assertThat(projects.get(dossiers.indexOf("SBA-002214")))
                .isEqualTo("Otto & Minn\u00e9e presenteren 'Snackbar Foto's'");
        assertThat(projects.get(dossiers.indexOf("SBA-003091")))
                .isEqualTo("Project voor minima in de Koperen Knoop \u201cMES voor minima\u201d");
        assertThat((String) projects.get(dossiers.indexOf("SBA-006205"))).endsWith("in Amsterdam\u2019");
    }

    @Test
    void readsAmsterdamAmountsAsNumbersWithNullAsMissing() throws IOException {
        InferredTable table = InferredTable.read(realData("amsterdam_subsidieregister_2017-04-03_cp1252.csv"));

        assertThat(table.field("bedrag_aangevraagd").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.field("bedrag_verleend").type()).isEqualTo(FieldType.NUMBER);
        assertThat(table.field("bedrag_verleend").missingValues()).contains("NULL");
        assertThat(table.values("bedrag_aangevraagd").getFirst()).isEqualTo(1850.0);
        assertThat(table.values("bedrag_verleend")).contains(0.0).containsNull().doesNotContain("NULL");
        assertThat(table.values("bedrag_vastgesteld")).as("NULL in every row").containsOnlyNulls();
        assertThat(table.field("datum_overzicht").type()).isEqualTo(FieldType.DATETIME);
        assertThat(table.values("datum_overzicht").getFirst())
                .isEqualTo(LocalDateTime.of(2017, 4, 3, 1, 0, 13, 733_000_000));
    }

    @Test
    void rejectsSpreadsheetReadAsDelimitedTextAsBinary() {
        Path workbook = realData("amsterdam_subsidieregister_2016-10-31.xlsx");

        assertThatThrownBy(() -> TabularInference.infer(workbook, TabularFormat.DELIMITED_TEXT, null,
                ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class,
                        e -> assertThat(e.code()).isEqualTo("file.binary"));
    }

    private static List<List<String>> commonsRecords(Path file, Charset charset, boolean byteOrderMark,
                                                     char delimiter) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), charset)) {
            if (byteOrderMark) {
                assertThat(reader.read()).isEqualTo('\uFEFF');
            }
            try (CSVParser parser = CSVParser.parse(reader, format)) {
                return parser.stream().map(CSVRecord::toList).toList();
            }
        }
    }

    /** Positions where the header has text or some record has a non-blank value. */
    private static int columnsWithHeaderOrValues(List<List<String>> records) {
        int width = records.stream().mapToInt(List::size).max().orElse(0);
        int count = 0;
        for (int p = 0; p < width; p++) {
            int position = p;
            if (records.stream().anyMatch(record -> position < record.size() && !record.get(position).isBlank())) {
                count++;
            }
        }
        return count;
    }
}
