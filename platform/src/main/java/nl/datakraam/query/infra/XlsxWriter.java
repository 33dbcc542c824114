// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Writes rows as an Office Open XML workbook (ECMA-376 Part 1, SpreadsheetML) with one sheet, streamed: a header row
 * of column names, then one row per data row. Numbers are numeric cells, booleans boolean cells, dates and
 * date-times numeric cells with a date format (Excel's serial day count from 1899-12-30, date-times with zone in
 * UTC), anything else an inline string. Integers beyond 15 digits, which Excel would round, are written as text.
 */
final class XlsxWriter {

    private static final String SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    /** Excel's day 0. */
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final long LARGEST_EXACT = 999_999_999_999_999L;

    private XlsxWriter() {
    }

    /**
     * Writes the rows of a Parquet file's columns as a workbook.
     *
     * @param sheetName the sheet's name (cut to Excel's 31 characters)
     * @throws SQLException when DuckDB cannot read the Parquet file
     * @throws IOException  when the target cannot be written
     */
    static void write(Path parquet, List<String> columns, String sheetName, Path target,
            ParquetExport.Resources resources) throws SQLException, IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            fixedParts(zip, sheetName);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + SHEET_NS
                    + "\"><sheetData><row>");
            for (String column : columns) {
                text(out, column);
            }
            out.write("</row>");
            ParquetExport.scan(parquet, columns, null, resources, (described, rows) -> {
                while (rows.next()) {
                    out.write("<row>");
                    for (int i = 0; i < described.size(); i++) {
                        cell(out, rows, i + 1, described.get(i).type());
                    }
                    out.write("</row>");
                }
            });
            out.write("</sheetData></worksheet>");
            out.flush();
            zip.closeEntry();
        }
    }

    private static void cell(Writer out, ResultSet rows, int index, String type) throws SQLException, IOException {
        if (rows.getObject(index) == null) {
            out.write("<c/>");
            return;
        }
        switch (type) {
            case "DATE" -> number(out, String.valueOf(ChronoUnit.DAYS.between(EPOCH,
                    rows.getObject(index, LocalDate.class))), 1);
            case "TIMESTAMP" -> dateTime(out, rows.getObject(index, LocalDateTime.class));
            case "TIMESTAMP WITH TIME ZONE" -> dateTime(out, rows.getObject(index, OffsetDateTime.class)
                    .withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            case "BOOLEAN" -> out.write("<c t=\"b\"><v>" + (rows.getBoolean(index) ? 1 : 0) + "</v></c>");
            default -> {
                Object value = ParquetExport.value(rows, index, new ParquetExport.Column("", type));
                switch (value) {
                    case Long l when Math.abs(l) > LARGEST_EXACT -> text(out, l.toString());
                    case Long l -> number(out, l.toString(), 0);
                    case Integer i -> number(out, i.toString(), 0);
                    case Double d -> number(out, d.toString(), 0);
                    case BigDecimal d when d.precision() - d.scale() > 15 -> text(out, d.toPlainString());
                    case BigDecimal d -> number(out, d.toPlainString(), 0);
                    case null -> out.write("<c/>");
                    default -> text(out, value instanceof String s ? s : String.valueOf(value));
                }
            }
        }
    }

    private static void dateTime(Writer out, LocalDateTime value) throws IOException {
        double days = ChronoUnit.DAYS.between(EPOCH, value.toLocalDate())
                + value.toLocalTime().toNanoOfDay() / 86_400_000_000_000.0;
        number(out, String.valueOf(days), 2);
    }

    private static void number(Writer out, String value, int style) throws IOException {
        out.write(style == 0 ? "<c><v>" : "<c s=\"" + style + "\"><v>");
        out.write(value);
        out.write("</v></c>");
    }

    private static void text(Writer out, String value) throws IOException {
        out.write("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        out.write(escape(value));
        out.write("</t></is></c>");
    }

    /** XML-escapes text and drops the characters XML 1.0 cannot hold. */
    static String escape(@Nullable String value) {
        if (value == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    /** The parts besides the sheet: content types, relationships, the workbook and its styles (0 plain, 1 date, 2 date-time). */
    private static void fixedParts(ZipOutputStream zip, String sheetName) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
        part(zip, "[Content_Types].xml", xml
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/></Types>");
        part(zip, "_rels/.rels", xml + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        String name = escape(sheetName.replaceAll("[\\\\/?*\\[\\]:]", "_"));
        part(zip, "xl/workbook.xml", xml + "<workbook xmlns=\"" + SHEET_NS + "\" xmlns:r=\"" + REL_NS + "\">"
                + "<sheets><sheet name=\"" + (name.length() > 31 ? name.substring(0, 31) : name)
                + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", xml + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part(zip, "xl/styles.xml", xml + "<styleSheet xmlns=\"" + SHEET_NS + "\">"
                + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
                + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"22\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>");
    }

    private static void part(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
