// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.Serial;
import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import org.jspecify.annotations.Nullable;

/**
 * The input cannot be read as a table: an empty or binary file, a quote that is never closed, a record too large to
 * be real, a workbook that is not one or is built to attack the reader, JSON without an array of objects, or a value
 * that does not fit a schema a steward changed. It carries a stable code, the position, and the facts its message
 * needs, so that the platform can say it in the reader's language; {@link #getMessage()} is the English, which says
 * what to do and never quotes cell values.
 *
 * <p>Codes by kind of file (all in {@link TabularCode}):
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
 * The platform raises it with codes of its own and of {@code libs/geo} too.
 */
public final class TabularException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 2L;

    private final String code;
    private final long line;
    private final int column;
    private final @Nullable String field;
    private final Map<String, Object> arguments;

    /**
     * @param code      the stable code
     * @param line      the 1-based position concerned (a physical line, or a sheet row for workbooks), or 0 for the
     *                  whole file
     * @param arguments the other facts the code's template uses (see {@link TabularCode})
     */
    public TabularException(MessageCode code, long line, Map<String, ?> arguments) {
        this(code, line, 0, null, arguments);
    }

    /**
     * @param column the 1-based position of the value in the record, or 0
     * @param field  the field concerned, or null
     * @see #TabularException(MessageCode, long, Map)
     */
    public TabularException(MessageCode code, long line, int column, @Nullable String field,
            Map<String, ?> arguments) {
        super(code.english(Issue.withPositions(arguments, line, column, field)));
        this.code = code.key();
        this.line = line;
        this.column = column;
        this.field = field;
        this.arguments = Message.sorted(arguments);
    }

    /** As {@link #TabularException(MessageCode, long, Map)}, keeping the low-level cause for the log. */
    public TabularException(MessageCode code, long line, Map<String, ?> arguments, @Nullable Throwable cause) {
        this(code, line, arguments);
        if (cause != null) {
            initCause(cause);
        }
    }

    /** The stable key of this fault, e.g. {@code file.empty}. */
    public String code() {
        return code;
    }

    /** Whether this fault has the code {@code code}. */
    public boolean is(MessageCode code) {
        return this.code.equals(code.key());
    }

    /** The 1-based position concerned (a physical line, or a sheet row for workbooks), or 0 for the whole file. */
    public long line() {
        return line;
    }

    /** The 1-based position of the value in its record, or 0 when not about one column. */
    public int column() {
        return column;
    }

    /** The name of the field concerned, or null. */
    public @Nullable String field() {
        return field;
    }

    /** The facts the code's template uses besides the positions, by name; sorted, unmodifiable. */
    public Map<String, Object> arguments() {
        return arguments;
    }
}
