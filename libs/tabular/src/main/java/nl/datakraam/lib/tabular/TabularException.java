// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.Serial;

/**
 * The input cannot be read as a table: an empty or binary file, a quote that is never closed, a record too large to
 * be real, or a value that does not fit a schema a steward changed. The message says what to do and never quotes
 * cell values.
 */
public final class TabularException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final long line;

    /**
     * @param code    a stable kebab-case key, e.g. {@code file.empty}, {@code file.binary}, {@code csv.unclosed-quote}
     * @param line    the 1-based physical line concerned, or 0 for the whole file
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

    /** The 1-based physical line concerned, or 0 for the whole file. */
    public long line() {
        return line;
    }
}
