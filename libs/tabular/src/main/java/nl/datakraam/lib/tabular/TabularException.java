// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.Serial;

/**
 * The input cannot be read as a table: an empty or binary file, a quote that is never closed, a record too large to
 * be real, a workbook that is not one or is built to attack the reader, JSON without an array of objects, or a value
 * that does not fit a schema a steward changed. The message says what to do and never quotes cell values.
 *
 * <p>Codes by kind of file:
 * <ul>
 *   <li>any: {@code file.empty}, {@code value.invalid};</li>
 *   <li>delimited text: {@code file.binary}, {@code csv.unclosed-quote}, {@code csv.record-too-long};</li>
 *   <li>workbooks: {@code workbook.not-a-zip}, {@code workbook.invalid}, {@code workbook.too-many-entries},
 *       {@code workbook.entry-too-large}, {@code workbook.compression-ratio}, {@code workbook.dtd},
 *       {@code sheet.not-found}, {@code sheet.empty}, {@code sheet.too-large}, {@code sheet.cell-too-long};</li>
 *   <li>JSON: {@code json.invalid}, {@code json.value-too-long}, {@code json.record-too-long},
 *       {@code json.geojson} (the file is GeoJSON, for a geodata reader), {@code json.no-table},
 *       {@code json.no-fields}, {@code json.too-many-fields}, {@code json.changed}.</li>
 * </ul>
 */
public final class TabularException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final long line;

    /**
     * @param code    a stable kebab-case key, e.g. {@code file.empty}, {@code file.binary}, {@code csv.unclosed-quote}
     * @param line    the 1-based position concerned (a physical line, or a sheet row for workbooks), or 0 for the
     *                whole file
     * @param message English, saying what was found and what to do
     */
    public TabularException(String code, long line, String message) {
        super(message);
        this.code = code;
        this.line = line;
    }

    /** The stable key of this fault. */
    public String code() {
        return code;
    }

    /** The 1-based position concerned (a physical line, or a sheet row for workbooks), or 0 for the whole file. */
    public long line() {
        return line;
    }
}
