// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small workbooks written by the tests themselves: XLSX through Apache POI, ODS and odd zips by hand. */
final class Workbooks {

    private static final String ODS_NAMESPACES = """
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
            office:version="1.2\"""";

    private Workbooks() {
    }

    /** An XLSX file written by POI after {@code content} has filled the workbook. */
    static Path xlsx(Path folder, String name, Consumer<XSSFWorkbook> content) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook);
            workbook.write(out);
        }
        return file;
    }

    /**
     * An ODS file whose {@code content.xml} holds the given automatic styles and tables (the children of
     * {@code office:spreadsheet}), the other parts as LibreOffice writes them.
     */
    static Path ods(Path folder, String name, String automaticStyles, String tables) throws IOException {
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " + ODS_NAMESPACES
                + "><office:automatic-styles>" + automaticStyles + "</office:automatic-styles><office:body>"
                + "<office:spreadsheet>" + tables + "</office:spreadsheet></office:body></office:document-content>";
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("mimetype", bytes("application/vnd.oasis.opendocument.spreadsheet"));
        entries.put("content.xml", bytes(content));
        entries.put("META-INF/manifest.xml", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\"><manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>"));
        return zip(folder.resolve(name), entries);
    }

    /** A zip archive of the entries in order; {@code mimetype} is stored uncompressed, as OpenDocument requires. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                if (entry.getKey().equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(entry.getValue());
                    zipEntry.setMethod(ZipEntry.STORED);
                    zipEntry.setSize(entry.getValue().length);
                    zipEntry.setCrc(crc.getValue());
                }
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** The entries of a zip archive, by name, in order. */
    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
