// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A file read as a table, one record at a time, whatever its format: the one way {@link TabularInference} and the
 * platform read delimited text, workbooks and JSON.
 *
 * <p>Every record is a {@link CsvRecord}: its values as text, exactly as the file holds them or, for typed cells and
 * JSON values, as canonical text that {@link TabularInference} reads back ({@code 1850}, {@code 0.1},
 * {@code 2024-03-01}, {@code 2024-03-01T10:30:00}, {@code true}); an absent or null value is the empty string. Its
 * {@link CsvRecord#line() line} is the 1-based position where it starts, counted as
 * {@link TabularFormat#positionName()} says: a physical line for text and JSON, a sheet row for workbooks.
 *
 * <p>The header is never returned by {@link #next()}, so the records can be passed straight to
 * {@link RowConverter#convert}. Memory is bounded by one record (plus a workbook's shared strings); records of more
 * than 16 Mi characters throw {@link TabularException}.
 *
 * <p>Not thread-safe. Close it to release the file.
 */
public interface RecordSource extends AutoCloseable {

    /**
     * Opens a file with the layout an earlier inference found, so that it yields the same records in the same order.
     *
     * @throws IOException      if the file cannot be read
     * @throws TabularException if the file is unusable (see each layout's reader), or no longer fits the layout, such
     *                          as a sheet that is gone
     */
    static RecordSource open(Path file, SourceLayout layout) throws IOException {
        return switch (layout) {
            case CsvDialect dialect -> CsvRecordReader.open(file, dialect);
            case SheetLayout sheet -> SheetSource.open(file, sheet.format(), sheet.sheet());
            case JsonLayout json -> JsonRecordSource.open(file, json);
        };
    }

    /** How this source is read: the layout to open the same file with again. Complete once the header is read. */
    SourceLayout layout();

    /** The header record, or null when the file has none (delimited text without a header, or no record at all). */
    @Nullable CsvRecord header();

    /**
     * The next data record, or null at the end of the table.
     *
     * @throws IOException      if the file cannot be read
     * @throws TabularException if the record is malformed or too large, naming its position
     */
    @Nullable CsvRecord next() throws IOException;

    /** Raw bytes of the file consumed so far, for progress; an estimate for compressed workbooks. */
    long bytesRead();

    /**
     * What the reader found about the file besides the values, such as which sheet or which JSON array was read and
     * how values were rendered as text; complete once {@link #next()} has returned null. Empty for delimited text,
     * whose findings come from {@link CsvSniffer}. May read on to the end of the file, once.
     *
     * @throws IOException if the file cannot be read
     */
    List<Issue> issues() throws IOException;

    @Override
    void close() throws IOException;
}
