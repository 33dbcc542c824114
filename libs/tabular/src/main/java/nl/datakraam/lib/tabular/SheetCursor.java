// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Walks the sheets of one workbook in workbook order, and the rows of the current sheet, with every cell already
 * rendered as text. One implementation per workbook format; the rules shared by all formats (which sheet, which row
 * is the header, blank rows, trailing empty cells, error values) are {@link SheetSource}'s.
 *
 * <p>Not thread-safe.
 */
interface SheetCursor extends Closeable {

    /**
     * A row that holds at least one cell.
     *
     * @param number the 1-based row number in the sheet
     * @param cells  the cells from the first column on: the text of each, {@code ""} for an empty cell, null for an
     *               error value such as {@code #DIV/0!}
     */
    record SheetRow(long number, List<@Nullable String> cells) {
    }

    /** Moves to the next sheet; false when there is none. Must be called once before the first sheet. */
    boolean nextSheet() throws IOException;

    /** The current sheet's name. */
    String sheetName();

    /** Whether the workbook hides the current sheet. */
    boolean sheetHidden();

    /** The current sheet's next row, or null at its end. Rows without any cell may be left out. */
    @Nullable SheetRow nextRow() throws IOException;

    /** An estimate of the bytes of the file consumed so far; 0 when the format does not tell. */
    long bytesRead();
}
