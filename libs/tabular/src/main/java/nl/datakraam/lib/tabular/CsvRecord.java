// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/**
 * One record of a table as a {@link RecordSource} reads it: for delimited text, its values exactly as written (quotes
 * removed, doubled quotes undone, line breaks inside quoted values kept); for workbooks and JSON, the text of each
 * cell or member as {@link RecordSource} describes.
 *
 * @param line   the 1-based position at which the record starts, in the unit of {@link TabularFormat#positionName()}:
 *               for delimited text the physical line, counting every line break (CRLF, LF or CR) including those in
 *               skipped lines and inside quoted values; for JSON the line on which the object starts; for workbooks
 *               the sheet's row number
 * @param values the values in file order; as many as the record has, which may differ from the header
 */
public record CsvRecord(long line, List<String> values) {

    public CsvRecord {
        values = List.copyOf(values);
    }
}
