// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of an Office Open XML workbook (ECMA-376 Part 1, SpreadsheetML, transitional) with
 * <a href="https://github.com/dhatim/fastexcel">fastexcel-reader</a>.
 *
 * <p>Why fastexcel-reader rather than Apache POI: it streams each sheet's XML with a StAX parser (Aalto, with DTDs
 * and external entities off) and keeps one row in memory, plus the shared strings, which it reads only as far as the
 * cells need them; it gives each cell's raw value with its number format id and code, which is what
 * {@link ExcelNumbers} needs; and it weighs about 1.5 MB with its dependencies, where POI's streaming (SAX event) API
 * needs the whole POI and XMLBeans stack, over ten times as much, and still leaves the SAX handler and the date
 * detection to write. What fastexcel lacks, limits on inflated sizes, {@link ZipGuard} adds before the workbook is
 * opened.
 *
 * <p>Cells become text as follows: shared and inline strings as they are (rich text runs joined); booleans
 * {@code true}/{@code false}; numbers by {@link ExcelNumbers}; formulas by their cached result; error values
 * ({@code #DIV/0!}, …) null; empty cells, also formatted ones, {@code ""}. Progress in bytes is not known within a
 * sheet, since the library reads the archive; {@link SheetSource} reports the whole file once the sheet is read.
 */
final class XlsxSheetCursor implements SheetCursor {

    /** The error values of ECMA-376 Part 1 §18.17.3, and those later Excel versions added. */
    private static final Set<String> ERROR_VALUES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?",
            "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!");

    private final ReadableWorkbook workbook;
    private final List<Sheet> sheets;
    private int index = -1;
    private @Nullable Stream<Row> rows;
    private @Nullable Iterator<Row> iterator;

    private XlsxSheetCursor(ReadableWorkbook workbook) {
        this.workbook = workbook;
        this.sheets = workbook.getSheets().toList();
    }

    /**
     * Opens a workbook that {@link ZipGuard} has checked.
     *
     * @throws TabularException {@code workbook.invalid} if it is not a workbook fastexcel can read
     */
    static XlsxSheetCursor open(Path file) throws IOException {
        try {
            return new XlsxSheetCursor(new ReadableWorkbook(file.toFile(), new ReadingOptions(true, true)));
        } catch (TabularException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    @Override
    public boolean nextSheet() {
        closeRows();
        index = Math.min(index + 1, sheets.size());
        return index < sheets.size();
    }

    @Override
    public String sheetName() {
        return sheets.get(index).getName();
    }

    @Override
    public boolean sheetHidden() {
        return sheets.get(index).getVisibility() != SheetVisibility.VISIBLE;
    }

    @Override
    public @Nullable SheetRow nextRow() throws IOException {
        try {
            if (iterator == null) {
                rows = sheets.get(index).openStream();
                iterator = rows.iterator();
            }
            if (!iterator.hasNext()) {
                return null;
            }
            Row row = iterator.next();
            List<@Nullable String> cells = new ArrayList<>(row.getCellCount());
            for (Cell cell : row) {
                cells.add(cell == null ? "" : text(cell));
            }
            return new SheetRow(row.getRowNum(), cells);
        } catch (TabularException e) {
            throw e;
        } catch (RuntimeException e) {
            throw invalid(e);
        }
    }

    /** Always 0: the library reads the archive, so how far it got is not known. */
    @Override
    public long bytesRead() {
        return 0;
    }

    @Override
    public void close() throws IOException {
        closeRows();
        workbook.close();
    }

    private @Nullable String text(Cell cell) {
        Object value = cell.getValue();
        return switch (cell.getType()) {
            case EMPTY -> "";
            case ERROR -> null;
            case STRING, BOOLEAN -> String.valueOf(value);
            case NUMBER -> number((BigDecimal) value, cell);
            case FORMULA -> switch (value) {
                case null -> "";
                case BigDecimal number -> number(number, cell);
                case String text when ERROR_VALUES.contains(text) -> null;
                default -> String.valueOf(value);
            };
        };
    }

    private String number(BigDecimal value, Cell cell) {
        return ExcelNumbers.render(value, cell.getDataFormatId(), cell.getDataFormatString(), workbook.isDate1904());
    }

    private void closeRows() {
        if (rows != null) {
            rows.close();
        }
        rows = null;
        iterator = null;
    }

    private static TabularException invalid(RuntimeException cause) {
        return new TabularException(TabularCode.WORKBOOK_INVALID, 0, Map.of("kind", "xlsx", "format", "XLSX"), cause);
    }
}
