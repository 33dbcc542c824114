// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of an OpenDocument spreadsheet (OpenDocument 1.2 Part 1, as LibreOffice Calc writes it) by
 * streaming its {@code content.xml} with the JDK's StAX parser, DTDs and external entities off.
 *
 * <ul>
 *   <li>Sheets are the {@code table:table} elements of {@code office:spreadsheet}; a sheet is hidden when its table
 *       style says {@code table:display="false"}.</li>
 *   <li>Rows and cells honour {@code table:number-rows-repeated} and {@code table:number-columns-repeated}
 *       (§19.675): repeated cells and rows with a value are repeated, up to 16,384 columns and 16,777,216 rows;
 *       empty ones are only counted, so the million empty rows and thousand empty columns Calc writes after the data
 *       cost nothing. Covered cells of a merged range are empty.</li>
 *   <li>A cell's value follows its {@code office:value-type} (§19.385): {@code float}, {@code percentage} and
 *       {@code currency} from {@code office:value} by {@link SpreadsheetValues#number}; {@code date} from
 *       {@code office:date-value} (already ISO 8601); {@code time} from the ISO 8601 duration in
 *       {@code office:time-value} as {@code HH:mm:ss}; {@code boolean} as {@code true}/{@code false};
 *       {@code string} and cells without a type from their paragraphs ({@code text:p}, joined by line breaks, with
 *       {@code text:s}, {@code text:tab} and {@code text:line-break} spelled out and comments left out). A cell Calc
 *       marks as an error value ({@code calcext:value-type="error"}) is null.</li>
 * </ul>
 * Progress counts the inflated bytes of {@code content.xml} as a share of the file's size.
 */
final class OdsSheetCursor implements SheetCursor {

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String CALC_EXTENSION =
            "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";
    private static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final int MAX_COLUMNS = 1 << 14;
    private static final long MAX_ROWS = 1L << 24;
    private static final int MAX_CELL_CHARS = 1 << 20;
    private static final XMLInputFactory XML = secureFactory();

    private final ZipFile zip;
    private final CountingInputStream content;
    private final XMLStreamReader xml;
    private final long fileSize;
    private final long contentSize;
    private final Set<String> hiddenTableStyles = new HashSet<>();
    private @Nullable String tableStyle;
    private int depth;
    private int spreadsheetDepth = -1;
    private int tableDepth = -1;
    private String sheetName = "";
    private boolean hidden;
    private long rowNumber;
    private List<@Nullable String> repeated = List.of();
    private long repeatsLeft;
    private boolean ended;

    private OdsSheetCursor(ZipFile zip, CountingInputStream content, XMLStreamReader xml, long fileSize,
            long contentSize) {
        this.zip = zip;
        this.content = content;
        this.xml = xml;
        this.fileSize = fileSize;
        this.contentSize = contentSize;
    }

    /**
     * Opens a spreadsheet that {@link ZipGuard} has checked.
     *
     * @throws TabularException {@code workbook.invalid} if it is another kind of OpenDocument file or has no
     *                          {@code content.xml}
     */
    static OdsSheetCursor open(Path file) throws IOException {
        ZipFile zip = new ZipFile(file.toFile());
        try {
            ZipEntry mediaType = zip.getEntry("mimetype");
            if (mediaType != null) {
                try (InputStream in = zip.getInputStream(mediaType)) {
                    String declared = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    if (!declared.equals(MEDIA_TYPE)) {
                        String kind = declared.matches("[\\w.+/-]{1,100}") ? declared : "?";
                        throw new TabularException(TabularCode.WORKBOOK_INVALID, 0,
                                Map.of("kind", "other-document", "format", "ODS", "mediaType", kind));
                    }
                }
            }
            ZipEntry entry = zip.getEntry("content.xml");
            if (entry == null) {
                throw invalid(null);
            }
            var in = new CountingInputStream(new BufferedInputStream(zip.getInputStream(entry), 1 << 16));
            return new OdsSheetCursor(zip, in, XML.createXMLStreamReader(in), Files.size(file), entry.getSize());
        } catch (XMLStreamException e) {
            zip.close();
            throw invalid(e);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    @Override
    public boolean nextSheet() throws IOException {
        repeatsLeft = 0;
        tableDepth = -1;
        try {
            while (!ended) {
                int event = advance();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(OFFICE, "spreadsheet")) {
                    spreadsheetDepth = depth;
                } else if (is(STYLE, "style")) {
                    tableStyle = "table".equals(attribute(STYLE, "family")) ? attribute(STYLE, "name") : null;
                } else if (is(STYLE, "table-properties") && tableStyle != null
                        && "false".equals(attribute(TABLE, "display"))) {
                    hiddenTableStyles.add(tableStyle);
                } else if (is(TABLE, "table") && depth == spreadsheetDepth + 1) {
                    sheetName = String.valueOf(attribute(TABLE, "name"));
                    hidden = hiddenTableStyles.contains(attribute(TABLE, "style-name"));
                    tableDepth = depth;
                    rowNumber = 0;
                    return true;
                }
            }
            return false;
        } catch (XMLStreamException e) {
            throw invalid(e);
        }
    }

    @Override
    public String sheetName() {
        return sheetName;
    }

    @Override
    public boolean sheetHidden() {
        return hidden;
    }

    @Override
    public @Nullable SheetRow nextRow() throws IOException {
        if (repeatsLeft > 0) {
            repeatsLeft--;
            return new SheetRow(++rowNumber, repeated);
        }
        try {
            while (tableDepth >= 0 && !ended) {
                int event = advance();
                if (event == XMLStreamConstants.END_ELEMENT && depth < tableDepth) {
                    tableDepth = -1;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TABLE, "table-row")) {
                        long repeat = count(attribute(TABLE, "number-rows-repeated"));
                        List<@Nullable String> cells = cells();
                        if (cells.isEmpty()) {
                            rowNumber += repeat;
                            continue;
                        }
                        if (rowNumber + repeat > MAX_ROWS) {
                            throw new TabularException(TabularCode.SHEET_TOO_LARGE, rowNumber + 1,
                                    Map.of("sheet", sheetName, "axis", "row", "limit", MAX_ROWS));
                        }
                        repeated = cells;
                        repeatsLeft = repeat - 1;
                        return new SheetRow(++rowNumber, cells);
                    }
                    if (!is(TABLE, "table-row-group") && !is(TABLE, "table-header-rows") && !is(TABLE, "table-rows")) {
                        skipElement();
                    }
                }
            }
            return null;
        } catch (XMLStreamException e) {
            throw invalid(e);
        }
    }

    /** The share of {@code content.xml} parsed so far, as the same share of the file's size. */
    @Override
    public long bytesRead() {
        return contentSize <= 0 ? 0 : Math.min(fileSize, (long) ((double) content.count() / contentSize * fileSize));
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        } finally {
            zip.close();
        }
    }

    /** The cells of the row just started, up to the last one with a value; empty when no cell has one. */
    private List<@Nullable String> cells() throws XMLStreamException {
        List<@Nullable String> cells = new ArrayList<>();
        long pendingEmpty = 0;
        int rowDepth = depth;
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT && depth < rowDepth) {
                return cells;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!is(TABLE, "table-cell") && !is(TABLE, "covered-table-cell")) {
                skipElement();
                continue;
            }
            long repeat = count(attribute(TABLE, "number-columns-repeated"));
            String value = cell();
            if (value != null && value.isEmpty()) {
                pendingEmpty += repeat;
                continue;
            }
            if (cells.size() + pendingEmpty + repeat > MAX_COLUMNS) {
                throw new TabularException(TabularCode.SHEET_TOO_LARGE, rowNumber + 1,
                        Map.of("sheet", sheetName, "axis", "column", "limit", MAX_COLUMNS));
            }
            cells.addAll(Collections.nCopies((int) pendingEmpty, ""));
            cells.addAll(Collections.nCopies((int) repeat, value));
            pendingEmpty = 0;
        }
    }

    /** The value of the cell just started, consuming it: typed, or its text; null for an error value. */
    private @Nullable String cell() throws XMLStreamException {
        String type = attribute(OFFICE, "value-type");
        boolean error = "error".equals(attribute(CALC_EXTENSION, "value-type"));
        String typed = type == null ? null : typedValue(type);
        String text = paragraphs();
        if (error) {
            return null;
        }
        return typed != null ? typed : text;
    }

    /** The value of a typed cell from its attributes, or null to take its text (strings, or a malformed value). */
    private @Nullable String typedValue(String type) {
        try {
            return switch (type) {
                case "float", "percentage", "currency" -> {
                    String value = attribute(OFFICE, "value");
                    yield value == null ? null : SpreadsheetValues.number(new BigDecimal(value));
                }
                case "date" -> attribute(OFFICE, "date-value");
                case "time" -> {
                    String value = attribute(OFFICE, "time-value");
                    yield value == null ? null : SpreadsheetValues.clockTime(Duration.parse(value).toMillis());
                }
                case "boolean" -> {
                    String value = attribute(OFFICE, "boolean-value");
                    yield value == null ? null : String.valueOf("true".equals(value) || "1".equals(value));
                }
                case "string" -> attribute(OFFICE, "string-value");
                default -> null;
            };
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return null;
        }
    }

    /** The text of the paragraphs of the cell just started, consuming the cell. */
    private String paragraphs() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int cellDepth = depth;
        int paragraphDepth = -1;
        boolean first = true;
        while (true) {
            int event = advance();
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth < cellDepth) {
                    return text.toString();
                }
                if (depth < paragraphDepth) {
                    paragraphDepth = -1;
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (paragraphDepth >= 0) {
                    append(text, xml.getText(), 1);
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (is(TEXT, "p") || is(TEXT, "h")) {
                    if (!first) {
                        append(text, "\n", 1);
                    }
                    first = false;
                    paragraphDepth = depth;
                } else if (is(TEXT, "s")) {
                    append(text, " ", count(attribute(TEXT, "c")));
                } else if (is(TEXT, "tab")) {
                    append(text, "\t", 1);
                } else if (is(TEXT, "line-break")) {
                    append(text, "\n", 1);
                } else if (is(OFFICE, "annotation") || is(TEXT, "note") || paragraphDepth < 0) {
                    skipElement();
                }
            }
        }
    }

    private void append(StringBuilder text, String part, long times) {
        if (times > MAX_CELL_CHARS || text.length() + part.length() * times > MAX_CELL_CHARS) {
            throw new TabularException(TabularCode.SHEET_CELL_TOO_LONG, rowNumber + 1,
                    Map.of("sheet", sheetName, "maxChars", MAX_CELL_CHARS));
        }
        text.append(part.repeat((int) times));
    }

    /** Consumes the element just started, with everything in it. */
    private void skipElement() throws XMLStreamException {
        int start = depth;
        while (!ended && depth >= start) {
            advance();
        }
    }

    /** The next event, keeping {@link #depth} as the depth of the element the reader is in. */
    private int advance() throws XMLStreamException {
        if (!xml.hasNext()) {
            ended = true;
            return XMLStreamConstants.END_DOCUMENT;
        }
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
        } else if (event == XMLStreamConstants.END_DOCUMENT) {
            ended = true;
        }
        return event;
    }

    private boolean is(String namespace, String localName) {
        return localName.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    private @Nullable String attribute(String namespace, String localName) {
        return xml.getAttributeValue(namespace, localName);
    }

    /** A repeat count; absent means 1. */
    private long count(@Nullable String text) {
        if (text == null) {
            return 1;
        }
        try {
            return Math.max(1, Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw invalid(null);
        }
    }

    private static TabularException invalid(@Nullable Exception cause) {
        return new TabularException(TabularCode.WORKBOOK_INVALID, 0, Map.of("kind", "ods", "format", "ODS"), cause);
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
