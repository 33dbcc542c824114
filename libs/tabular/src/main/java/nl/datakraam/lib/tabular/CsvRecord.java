// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/**
 * One record of a delimited text file, its values exactly as written (quotes removed, doubled quotes undone, line
 * breaks inside quoted values kept).
 *
 * @param line   the 1-based physical line of the file on which the record starts, counting every line break (CRLF, LF
 *               or CR) including those in skipped lines and inside quoted values
 * @param values the values in file order; as many as the record has, which may differ from the header
 */
public record CsvRecord(long line, List<String> values) {

    public CsvRecord {
        values = List.copyOf(values);
    }
}
