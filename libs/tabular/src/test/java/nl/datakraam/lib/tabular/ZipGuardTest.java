// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks built to attack the reader: zip bombs, entity expansion, damaged archives. */
class ZipGuardTest {

    /** Ten levels of entities, each ten of the one below: 10⁹ copies of "lol" if a parser expanded them. */
    private static final String BILLION_LAUGHS_DTD = """
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    /** A comment longer than the prolog {@link ZipGuard} inspects, so that only the parser sees the DTD. */
    private static final String LONG_COMMENT = "<!--" + "x".repeat(70_000) + "-->\n";

    @TempDir
    Path folder;

    @Test
    void rejectsAZipBombByItsCompressionRatio() throws IOException {
        Map<String, byte[]> entries = Workbooks.entries(aWorkbook());
        entries.put("xl/media/image1.png", new byte[20 << 20]);
        Path bomb = Workbooks.zip(folder.resolve("bom.xlsx"), entries);

        assertThatThrownBy(() -> TabularInference.infer(bomb, ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("workbook.compression-ratio");
                    assertThat(e.getMessage()).contains("xl/media/image1.png", "100 times", "zip bombs");
                });
    }

    @Test
    void rejectsAnEntryLargerThanTheLimit() throws IOException {
        Map<String, byte[]> entries = Workbooks.entries(aWorkbook());
        byte[] noise = new byte[2 << 20];
        new Random(42).nextBytes(noise);
        entries.put("xl/media/image1.png", noise);
        Path large = Workbooks.zip(folder.resolve("groot.xlsx"), entries);

        assertThatThrownBy(() -> SheetSource.open(large, TabularFormat.XLSX, null, new ZipGuard(1 << 20, 100)))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("workbook.entry-too-large");
                    assertThat(e.getMessage()).contains("more than 1 MiB");
                });
    }

    @Test
    void rejectsADocumentTypeDeclarationInAnXlsxPart() throws IOException {
        Path file = withSheetXml(BILLION_LAUGHS_DTD);

        assertThatThrownBy(() -> TabularInference.infer(file, ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("workbook.dtd");
                    assertThat(e.getMessage()).contains("xl/worksheets/sheet1.xml", "document type");
                });
    }

    @Test
    void rejectsADocumentTypeDeclarationInOdsContent() throws IOException {
        Path file = odsWithProlog(BILLION_LAUGHS_DTD);

        assertThatThrownBy(() -> TabularInference.infer(file, ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class, e -> {
                    assertThat(e.code()).isEqualTo("workbook.dtd");
                    assertThat(e.getMessage()).contains("content.xml");
                });
    }

    /** Defence in depth: a DTD the prolog check cannot see is still never processed by the XML parsers. */
    @Test
    void neverExpandsEntitiesThatTheCheckCannotSee() throws IOException {
        Path xlsx = withSheetXml(LONG_COMMENT + BILLION_LAUGHS_DTD);
        Path ods = odsWithProlog(LONG_COMMENT + BILLION_LAUGHS_DTD);

        for (Path file : new Path[] {xlsx, ods}) {
            assertThatThrownBy(() -> TabularInference.infer(file, ProgressListener.NONE))
                    .as(file.getFileName().toString())
                    .isInstanceOfSatisfying(TabularException.class,
                            e -> assertThat(e.code()).isEqualTo("workbook.invalid"));
        }
    }

    @Test
    void rejectsADamagedArchive() throws IOException {
        byte[] whole = Files.readAllBytes(aWorkbook());
        Path cut = Files.write(folder.resolve("afgebroken.xlsx"), Arrays.copyOf(whole, whole.length * 2 / 3));

        assertThatThrownBy(() -> TabularInference.infer(cut, ProgressListener.NONE))
                .isInstanceOfSatisfying(TabularException.class,
                        e -> assertThat(e.code()).isEqualTo("workbook.invalid"));
    }

    private Path aWorkbook() throws IOException {
        return Workbooks.xlsx(folder, "werkmap.xlsx", workbook -> {
            var sheet = workbook.createSheet("Blad1");
            sheet.createRow(0).createCell(0).setCellValue("naam");
            sheet.createRow(1).createCell(0).setCellValue("Jansen");
        });
    }

    /** A workbook whose first sheet is replaced by one with the given prolog and an entity in a cell. */
    private Path withSheetXml(String prolog) throws IOException {
        Map<String, byte[]> entries = Workbooks.entries(aWorkbook());
        entries.put("xl/worksheets/sheet1.xml", Workbooks.bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + prolog + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>naam</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"));
        return Workbooks.zip(folder.resolve("entiteiten.xlsx"), entries);
    }

    private Path odsWithProlog(String prolog) throws IOException {
        Path plain = Workbooks.ods(folder, "gewoon.ods", "", """
                <table:table table:name="Blad1">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>naam</text:p></table:table-cell></table:table-row>
                  <table:table-row><table:table-cell office:value-type="string"><text:p>&lol9;</text:p></table:table-cell></table:table-row>
                </table:table>
                """);
        Map<String, byte[]> entries = Workbooks.entries(plain);
        String content = new String(entries.get("content.xml"), java.nio.charset.StandardCharsets.UTF_8);
        int root = content.indexOf("<office:document-content");
        entries.put("content.xml", Workbooks.bytes(content.substring(0, root) + prolog + content.substring(root)));
        return Workbooks.zip(folder.resolve("entiteiten.ods"), entries);
    }
}
