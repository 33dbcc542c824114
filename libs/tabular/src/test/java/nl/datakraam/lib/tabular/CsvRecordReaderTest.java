// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTest {

    private static final CsvDialect COMMA_UTF8 = new CsvDialect(StandardCharsets.UTF_8, false, ',', '"', 0, true);

    @TempDir
    Path folder;

    @Test
    void returnsHeaderSeparatelyFromDataRecords() throws IOException {
        Path file = write("naam,plaats\nJansen,Groningen\n");

        try (CsvRecordReader reader = CsvRecordReader.open(file, COMMA_UTF8)) {
            assertThat(reader.header()).isEqualTo(new CsvRecord(1, List.of("naam", "plaats")));
            assertThat(reader.next()).isEqualTo(new CsvRecord(2, List.of("Jansen", "Groningen")));
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void readsCrLfLfAndCrLineEndsMixed() throws IOException {
        Path file = write("a,b\r\n1,2\n3,4\r5,6");

        assertThat(records(file)).containsExactly(
                new CsvRecord(2, List.of("1", "2")),
                new CsvRecord(3, List.of("3", "4")),
                new CsvRecord(4, List.of("5", "6")));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsThemAsLines() throws IOException {
        Path file = write("id,opmerking\r\n1,\"eerste regel\r\ntweede regel\"\r\n2,\"een \"\"citaat\"\"\"\r\n");

        assertThat(records(file)).containsExactly(
                new CsvRecord(2, List.of("1", "eerste regel\r\ntweede regel")),
                new CsvRecord(4, List.of("2", "een \"citaat\"")));
    }

    @Test
    void skipsEmptyLines() throws IOException {
        Path file = write("a,b\n\n1,2\n\r\n3,4\n\n");

        assertThat(records(file)).extracting(CsvRecord::line).containsExactly(3L, 5L);
    }

    @Test
    void skipsPreambleLinesEvenWithUnbalancedQuotes() throws IOException {
        Path file = write("# Bron: \"KNMI\n# Periode 2024\nstation,temp\n260,12\n");
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, false, ',', '"', 2, true);

        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect)) {
            assertThat(reader.header()).isEqualTo(new CsvRecord(3, List.of("station", "temp")));
            assertThat(reader.next()).isEqualTo(new CsvRecord(4, List.of("260", "12")));
        }
    }

    @Test
    void skipsUtf8ByteOrderMark() throws IOException {
        Path file = folder.resolve("bom.csv");
        Files.write(file, ("\uFEFFcode\n0014\n").getBytes(StandardCharsets.UTF_8));
        CsvDialect dialect = new CsvDialect(StandardCharsets.UTF_8, true, ',', '"', 0, true);

        try (CsvRecordReader reader = CsvRecordReader.open(file, dialect)) {
            assertThat(reader.header().values()).containsExactly("code");
        }
    }

    @Test
    void keepsQuoteInsideUnquotedValue() throws IOException {
        Path file = write("maat,omschrijving\n5\",pijp\n");

        assertThat(records(file)).singleElement().extracting(CsvRecord::values).isEqualTo(List.of("5\"", "pijp"));
    }

    @Test
    void reportsIrregularQuotesOncePerValueWithTheFirstLine() throws IOException {
        //   line 2: a regular quoted value with a doubled quote inside: not reported
        //   line 3: a quote after a space, and text after a closing quote: two values
        //   line 4: a quote inside an unquoted value: one value
        Path file = write("a,b\n\"x \"\"y\"\"\",2\n \"geheim1\",\"geheim2\" \n5\"\",6\n");

        try (CsvRecordReader reader = CsvRecordReader.open(file, COMMA_UTF8)) {
            List<List<String>> values = new ArrayList<>();
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                values.add(record.values());
            }

            assertThat(values).containsExactly(List.of("x \"y\"", "2"), List.of(" \"geheim1\"", "geheim2 "),
                    List.of("5\"\"", "6"));
            assertThat(reader.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(CsvRecordReader.IRREGULAR_QUOTES);
                assertThat(issue.severity()).isEqualTo(Severity.INFO);
                assertThat(issue.line()).isEqualTo(3);
                assertThat(issue.arguments()).containsExactly(Map.entry("count", 3L));
                assertThat(issue.message()).startsWith("3 values hold a quote").contains("first on line 3")
                        .doesNotContain("geheim");
            });
        }
    }

    @Test
    void reportsNoIssueForRegularQuoting() throws IOException {
        Path file = write("a,b\n\"1,5\",\"regel\nregel\"\n\"\",x\n");

        try (CsvRecordReader reader = CsvRecordReader.open(file, COMMA_UTF8)) {
            while (reader.next() != null) {
                // read to the end
            }
            assertThat(reader.issues()).isEmpty();
        }
    }

    @Test
    void rejectsQuoteNeverClosedNamingItsLine() throws IOException {
        Path file = write("a,b\n1,2\n3,\"open\n4,5\n");

        assertThatThrownBy(() -> records(file)).isInstanceOfSatisfying(TabularException.class, e -> {
            assertThat(e.code()).isEqualTo("csv.unclosed-quote");
            assertThat(e.line()).isEqualTo(3);
        });
    }

    @Test
    void countsEveryByteReadForProgress() throws IOException {
        Path file = write("a,b\n1,2\n3,4\n");

        try (CsvRecordReader reader = CsvRecordReader.open(file, COMMA_UTF8)) {
            while (reader.next() != null) {
                assertThat(reader.bytesRead()).isPositive();
            }
            assertThat(reader.bytesRead()).isEqualTo(Files.size(file));
        }
    }

    private Path write(String text) throws IOException {
        return InferredTable.write(folder, text, StandardCharsets.UTF_8);
    }

    private static List<CsvRecord> records(Path file) throws IOException {
        List<CsvRecord> records = new ArrayList<>();
        try (CsvRecordReader reader = CsvRecordReader.open(file, COMMA_UTF8)) {
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
