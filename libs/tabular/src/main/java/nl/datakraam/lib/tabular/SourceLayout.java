// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/**
 * How a file is read as records: what {@link TabularInference} decided while reading it the first time, and what
 * {@link RecordSource#open(java.nio.file.Path, SourceLayout)} needs to read exactly the same records again.
 *
 * <p>One kind per reader: {@link CsvDialect} for delimited text, {@link SheetLayout} for a sheet of a workbook,
 * {@link JsonLayout} for an array of JSON objects.
 */
public sealed interface SourceLayout permits CsvDialect, SheetLayout, JsonLayout {

    /** The file format this layout reads. */
    TabularFormat format();
}
