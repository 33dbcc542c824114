// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/**
 * Which sheet of a workbook is the table. The header is the first row of that sheet that holds a value; rows
 * without any value are skipped wherever they are.
 *
 * @param format {@link TabularFormat#XLSX} or {@link TabularFormat#ODS}
 * @param sheet  the sheet's name exactly as the workbook has it (case-sensitive)
 */
public record SheetLayout(TabularFormat format, String sheet) implements SourceLayout {

    /** @throws IllegalArgumentException if the format is not a spreadsheet format or the sheet name is empty */
    public SheetLayout {
        if (!format.isSpreadsheet()) {
            throw new IllegalArgumentException("not a spreadsheet format: " + format);
        }
        if (sheet.isEmpty()) {
            throw new IllegalArgumentException("a sheet name is needed");
        }
    }
}
