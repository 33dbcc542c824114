// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@link RecordSource} for one sheet of a workbook ({@link TabularFormat#XLSX} or {@link TabularFormat#ODS}),
 * with the rules every workbook format shares:
 * <ul>
 *   <li>the sheet is the one asked for by name, or else the first sheet that is not hidden and holds a value;</li>
 *   <li>the header is that sheet's first row with a value; rows before it, and rows without any value anywhere in
 *       the sheet (including formatted but empty ones), are skipped;</li>
 *   <li>empty cells at the end of a row are dropped, and a row shorter than the header is padded with empty values,
 *       so that trailing empty cells, which spreadsheets leave everywhere, are never reported as ragged rows;</li>
 *   <li>error values ({@code #DIV/0!}, {@code #N/A}, …) are read as empty, with a warning naming the rows.</li>
 * </ul>
 */
final class SheetSource implements RecordSource {

    private static final int NAMES_LISTED = 10;

    private final TabularFormat format;
    private final SheetCursor cursor;
    private final long fileSize;
    private final @Nullable String requested;
    private final List<String> sheetNames = new ArrayList<>();
    private final String sheet;
    private final CsvRecord header;
    private final LineTally errorRows = new LineTally();
    private long errorCells;
    private boolean finished;
    private boolean allSheetsSeen;

    private SheetSource(TabularFormat format, SheetCursor cursor, long fileSize, @Nullable String requested)
            throws IOException {
        this.format = format;
        this.cursor = cursor;
        this.fileSize = fileSize;
        this.requested = requested;
        boolean hiddenSkipped = false;
        while (cursor.nextSheet()) {
            String name = cursor.sheetName();
            sheetNames.add(name);
            boolean wanted = requested == null ? !cursor.sheetHidden() : name.equals(requested);
            hiddenSkipped |= requested == null && cursor.sheetHidden();
            if (wanted) {
                CsvRecord first = nextRecord(-1);
                if (first != null) {
                    this.sheet = name;
                    this.header = first;
                    return;
                }
                if (requested != null) {
                    throw new TabularException(TabularCode.SHEET_EMPTY, 0, Map.of("sheet", name));
                }
            }
        }
        allSheetsSeen = true;
        if (requested != null) {
            Map<String, Object> arguments = listed(sheetNames);
            arguments.put("sheet", requested);
            throw new TabularException(TabularCode.SHEET_NOT_FOUND, 0, arguments);
        }
        throw new TabularException(TabularCode.FILE_EMPTY, 0,
                Map.of("kind", "sheets-empty", "format", "workbook", "hiddenSheets", hiddenSkipped));
    }

    /**
     * Opens a workbook and reads up to the header of its table.
     *
     * @param sheet the sheet to read, or null for the first visible sheet with a value
     * @throws TabularException the {@code workbook.*} codes of {@link ZipGuard} and the cursors;
     *                          {@code sheet.not-found} and {@code sheet.empty} for a sheet asked for;
     *                          {@code file.empty} when no sheet has a value
     */
    static SheetSource open(Path file, TabularFormat format, @Nullable String sheet) throws IOException {
        return open(file, format, sheet, ZipGuard.DEFAULT);
    }

    /** As {@link #open(Path, TabularFormat, String)}, with other limits against zip bombs. */
    static SheetSource open(Path file, TabularFormat format, @Nullable String sheet, ZipGuard guard)
            throws IOException {
        guard.check(file, format);
        SheetCursor cursor = switch (format) {
            case XLSX -> XlsxSheetCursor.open(file);
            case ODS -> OdsSheetCursor.open(file);
            case DELIMITED_TEXT, JSON -> throw new IllegalArgumentException("not a workbook format: " + format);
        };
        try {
            return new SheetSource(format, cursor, Files.size(file), sheet);
        } catch (IOException | RuntimeException e) {
            cursor.close();
            throw e;
        }
    }

    @Override
    public SheetLayout layout() {
        return new SheetLayout(format, sheet);
    }

    @Override
    public CsvRecord header() {
        return header;
    }

    @Override
    public @Nullable CsvRecord next() throws IOException {
        if (finished) {
            return null;
        }
        CsvRecord record = nextRecord(header.values().size());
        finished = record == null;
        return record;
    }

    /** The cursor's estimate while reading; the file's size once the sheet has been read to its end. */
    @Override
    public long bytesRead() {
        return finished ? fileSize : cursor.bytesRead();
    }

    /** Error values, and the sheet chosen among several; reads on to learn the names of the sheets after it. */
    @Override
    public List<Issue> issues() throws IOException {
        List<Issue> issues = new ArrayList<>();
        if (errorCells > 0) {
            Map<String, Object> arguments = new LinkedHashMap<>(errorRows.arguments());
            arguments.put("cells", errorCells);
            issues.add(Issue.of(Severity.WARNING, TabularCode.SHEET_ERROR_VALUES, errorRows.firstLine(), 0, null,
                    arguments));
        }
        while (finished && !allSheetsSeen) {
            if (cursor.nextSheet()) {
                sheetNames.add(cursor.sheetName());
            } else {
                allSheetsSeen = true;
            }
        }
        if (sheetNames.size() > 1) {
            Map<String, Object> arguments = listed(sheetNames);
            arguments.put("count", sheetNames.size());
            arguments.put("sheet", sheet);
            arguments.put("requested", requested != null);
            issues.add(Issue.of(Severity.INFO, TabularCode.SHEET_CHOSEN, 0, 0, null, arguments));
        }
        return issues;
    }

    @Override
    public void close() throws IOException {
        cursor.close();
    }

    /**
     * The current sheet's next row with a value, without trailing empty cells and padded to a width; null at the end
     * of the sheet.
     */
    private @Nullable CsvRecord nextRecord(int width) throws IOException {
        for (SheetCursor.SheetRow row; (row = cursor.nextRow()) != null; ) {
            List<@Nullable String> cells = row.cells();
            int end = cells.size();
            while (end > 0 && isEmpty(cells.get(end - 1))) {
                end--;
            }
            if (cells.subList(0, end).stream().allMatch(SheetSource::isEmpty)) {
                continue;
            }
            List<String> values = new ArrayList<>(Math.max(end, width));
            boolean errors = false;
            for (int i = 0; i < end; i++) {
                String cell = cells.get(i);
                errors |= cell == null;
                errorCells += cell == null ? 1 : 0;
                values.add(cell == null ? "" : cell);
            }
            while (values.size() < width) {
                values.add("");
            }
            if (errors) {
                errorRows.add(row.number());
            }
            return new CsvRecord(row.number(), values);
        }
        return null;
    }

    /** Whether a cell holds nothing but whitespace; an error value is not empty. */
    private static boolean isEmpty(@Nullable String cell) {
        return cell != null && Cells.trimmed(cell).isEmpty();
    }

    /** The arguments {@code sheets} (the first names) and {@code more} (how many are not listed). */
    private static Map<String, Object> listed(List<String> names) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("sheets", names.stream().limit(NAMES_LISTED).toList());
        arguments.put("more", Math.max(0, names.size() - NAMES_LISTED));
        return arguments;
    }
}
