// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSnifferTest {

    @TempDir
    Path folder;

    @Test
    void readsUtf16FileWithByteOrderMark() throws IOException {
        Path file = folder.resolve("utf16.csv");
        String text = "\uFEFFplaats;inwoners\r\nM\u00fcnster;1\r\nZw\u00e9;2\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));

        InferredTable table = InferredTable.read(file);

        assertThat(table.dialect())
                .isEqualTo(new CsvDialect(StandardCharsets.UTF_16LE, true, ';', '"', 0, true));
        assertThat(table.values("plaats")).containsExactly("M\u00fcnster", "Zw\u00e9");
        assertThat(table.values("inwoners")).containsExactly(1L, 2L);
    }

    @Test
    void readsWindows1252WhenNotUtf8AndSaysSo() throws IOException {
        Path file = InferredTable.write(folder, "naam\nCaf\u00e9 \u2018t Hoekje\n", Charset.forName("windows-1252"));

        InferredTable table = InferredTable.read(file);

        assertThat(table.dialect().charset()).isEqualTo(Charset.forName("windows-1252"));
        assertThat(table.values("naam")).containsExactly("Caf\u00e9 \u2018t Hoekje");
        assertThat(table.issues("encoding.windows-1252")).singleElement()
                .satisfies(issue -> assertThat(issue.line()).isEqualTo(2));
    }

    @Test
    void skipsHashPreambleBeforeHeader() throws IOException {
        Path file = write("""
                # KNMI daggegevens
                # Bron: KNMI, "uurwaarden"

                station,datum,temp
                260,2024-01-01,12
                260,2024-01-02,-3
                """);

        InferredTable table = InferredTable.read(file);

        assertThat(table.dialect().skipLines()).isEqualTo(3);
        assertThat(table.names()).containsExactly("station", "datum", "temp");
        assertThat(table.values("temp")).containsExactly(12L, -3L);
        assertThat(table.issues("preamble.skipped")).hasSize(1);
    }

    @Test
    void prefersSemicolonWhenCommasAreDecimalSeparators() throws IOException {
        Path file = write("""
                Groningen;197,96
                Het Hogeland;477,83
                Eemsdelta;333,6
                """);

        assertThat(CsvSniffer.sniff(file).delimiter()).isEqualTo(';');
    }

    @Test
    void choosesDelimiterWithConsistentFieldCountRespectingQuotes() throws IOException {
        Path file = write("""
                naam|omschrijving|aantal
                a|"x, y; z"|1
                b|"p, q; r"|2
                """);

        assertThat(CsvSniffer.sniff(file).delimiter()).isEqualTo('|');
    }

    @Test
    void choosesTab() throws IOException {
        Path file = write("naam\tbedrag\na, b\t1,5\nc; d\t2,5\n");

        assertThat(CsvSniffer.sniff(file).delimiter()).isEqualTo('\t');
    }

    @Test
    void readsFirstRowAsDataWhenItFitsTheTypesBelowIt() throws IOException {
        Path file = write("""
                1,2,3,4
                5,6,7,8
                """);

        InferredTable table = InferredTable.read(file);

        assertThat(table.dialect().header()).isFalse();
        assertThat(table.names()).containsExactly("column_1", "column_2", "column_3", "column_4");
        assertThat(table.values("column_1")).containsExactly(1L, 5L);
        assertThat(table.issues("header.absent")).hasSize(1);
    }

    @Test
    void readsFirstRowAsHeaderWhenItIsTextAboveNumbers() throws IOException {
        Path file = write("""
                2019,2020,totaal
                5,6,11
                """);

        assertThat(CsvSniffer.sniff(file).header()).isTrue();
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        Path file = write("");

        assertThatThrownBy(() -> CsvSniffer.sniff(file)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("file.empty"));
    }

    @Test
    void rejectsFileWithOnlyComments() throws IOException {
        Path file = write("# leeg\n\n");

        assertThatThrownBy(() -> CsvSniffer.sniff(file)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("file.empty"));
    }

    @Test
    void rejectsBinaryFile() throws IOException {
        Path file = folder.resolve("archive.zip");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 'a', ',', 'b', '\n'});

        assertThatThrownBy(() -> CsvSniffer.sniff(file)).isInstanceOfSatisfying(TabularException.class,
                e -> assertThat(e.code()).isEqualTo("file.binary"));
    }

    private Path write(String text) throws IOException {
        return InferredTable.write(folder, text, StandardCharsets.UTF_8);
    }
}
