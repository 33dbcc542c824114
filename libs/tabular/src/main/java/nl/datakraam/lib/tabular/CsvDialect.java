// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.nio.charset.Charset;

/**
 * How a delimited text file is written, in the terms of the
 * <a href="https://specs.frictionlessdata.io/csv-dialect/">Frictionless CSV Dialect</a>.
 *
 * @param charset       the encoding of the whole file (for a file with a byte order mark: UTF-8, UTF-16LE or UTF-16BE)
 * @param byteOrderMark whether the file starts with a byte order mark; readers skip it
 * @param delimiter     the field separator: {@code ,} {@code ;} tab or {@code |}
 * @param quote         the quote character; a quote inside a quoted field is written twice (RFC 4180)
 * @param skipLines     physical lines before the header (or the first record): comment lines starting with {@code #}
 *                      and blank lines
 * @param header        whether the first record after the skipped lines is a header; when false the fields are named
 *                      {@code column_1} … {@code column_n}
 */
public record CsvDialect(Charset charset, boolean byteOrderMark, char delimiter, char quote, int skipLines,
                         boolean header) implements SourceLayout {

    /**
     * @throws IllegalArgumentException if delimiter and quote are equal, either is a line break, or skipLines is
     *                                  negative
     */
    public CsvDialect {
        if (delimiter == quote) {
            throw new IllegalArgumentException("delimiter and quote must differ");
        }
        if (isLineBreak(delimiter) || isLineBreak(quote)) {
            throw new IllegalArgumentException("delimiter and quote cannot be line breaks");
        }
        if (skipLines < 0) {
            throw new IllegalArgumentException("skipLines must not be negative");
        }
    }

    @Override
    public TabularFormat format() {
        return TabularFormat.DELIMITED_TEXT;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }
}
