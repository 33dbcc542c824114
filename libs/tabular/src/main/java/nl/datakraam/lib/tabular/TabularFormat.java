// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats this library reads as a table, each with the file name endings that select it.
 *
 * <p>The ending decides the reader; the content is checked against it when the file is opened (a workbook must be a
 * zip archive, JSON must parse), so a mislabelled file fails with a {@link TabularException} that says what it is
 * instead of being read as something else.
 */
public enum TabularFormat {
    /** Delimited text (CSV, TSV, …) read by {@link CsvRecordReader}; positions are physical lines. */
    DELIMITED_TEXT("line", "csv", "tsv", "txt"),
    /** An Office Open XML workbook (ECMA-376 / ISO/IEC 29500, transitional); positions are sheet rows. */
    XLSX("row", "xlsx"),
    /** An OpenDocument spreadsheet (OpenDocument 1.2); positions are sheet rows. */
    ODS("row", "ods"),
    /** A JSON array of objects (RFC 8259), possibly inside an envelope object; positions are physical lines. */
    JSON("line", "json");

    private final String position;
    private final List<String> extensions;

    TabularFormat(String position, String... extensions) {
        this.position = position;
        this.extensions = List.of(extensions);
    }

    /** The lowercase file name endings (without the dot) that select this format. */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * What a record's position counts in this format, for messages: {@code line} (a physical line of the file) or
     * {@code row} (a row number of the sheet, as the spreadsheet shows it).
     */
    public String positionName() {
        return position;
    }

    /** Whether this is a workbook format with sheets ({@link #XLSX}, {@link #ODS}). */
    public boolean isSpreadsheet() {
        return this == XLSX || this == ODS;
    }

    /**
     * The format a file name's ending selects, ignoring case; empty for any other ending or none.
     *
     * @param fileName a file name or path; only the part after the last dot counts
     */
    public static Optional<TabularFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot < fileName.lastIndexOf('/') || dot < fileName.lastIndexOf('\\')) {
            return Optional.empty();
        }
        String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TabularFormat format : values()) {
            if (format.extensions.contains(ending)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
