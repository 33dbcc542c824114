// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Splits characters into records: RFC 4180 quoting with doubled quotes and line breaks inside quotes; CRLF, LF and CR
 * line ends, mixed freely; empty lines skipped. Lenient where RFC 4180 is not: a quote inside an unquoted value is
 * kept as a character, and text after a closing quote is appended to the value (as Python's csv module does). Such
 * irregular quotes are counted ({@link #irregularQuotes()}), since other CSV readers treat them differently (DuckDB,
 * for one, drops spaces around a quoted value).
 *
 * <p>Not thread-safe. Holds one record at a time; a record longer than {@link #MAX_RECORD_CHARS} is a fault, since it
 * almost always means a quote that was never closed and would otherwise swallow the rest of the file.
 */
final class RecordParser {

    private static final int MAX_RECORD_CHARS = 16 * 1024 * 1024;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final char delimiter;
    private final char quote;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder value = new StringBuilder();
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private long line = 1;
    private long recordLine;
    private boolean unclosedQuote;
    private int lastWidth = 8;
    private long irregularQuotes;
    private long firstIrregularQuoteLine;

    RecordParser(Reader reader, char delimiter, char quote) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.quote = quote;
    }

    /** The 1-based physical line on which the record last returned by {@link #next()} starts. */
    long recordLine() {
        return recordLine;
    }

    /** Whether the input ended inside a quoted value (only the last record can be affected). */
    boolean endedInsideQuotes() {
        return unclosedQuote;
    }

    /**
     * Values read so far that hold an irregular quote: a quote inside a value that does not start with one (also
     * after leading spaces), or text after the closing quote of a quoted value. Each such value counts once.
     */
    long irregularQuotes() {
        return irregularQuotes;
    }

    /** The line of the record holding the first irregular quote, or 0. */
    long firstIrregularQuoteLine() {
        return firstIrregularQuoteLine;
    }

    /** Skips physical lines without reading them as records (a preamble may hold unbalanced quotes). */
    void skipLines(int count) throws IOException {
        for (int skipped = 0; skipped < count; skipped++) {
            while (true) {
                if (!available()) {
                    return;
                }
                char c = buffer[position++];
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if (available() && buffer[position] == '\n') {
                        position++;
                    }
                    break;
                }
            }
            line++;
        }
    }

    /** The next record's values, or null at the end of the input. */
    @Nullable List<String> next() throws IOException {
        while (true) {
            if (!available()) {
                return null;
            }
            char c = buffer[position];
            if (c != '\n' && c != '\r') {
                break;
            }
            skipLineEnd();
        }
        recordLine = line;
        List<String> values = new ArrayList<>(lastWidth);
        value.setLength(0);
        long recordChars = 0;
        boolean fieldStart = true;
        boolean inQuotes = false;
        boolean quoteClosed = false;
        boolean irregular = false;
        while (true) {
            if (!available()) {
                unclosedQuote = inQuotes;
                values.add(value.toString());
                countIrregular(irregular);
                break;
            }
            if (inQuotes) {
                int start = position;
                char c = 0;
                while (position < limit) {
                    c = buffer[position];
                    if (c == quote || c == '\n' || c == '\r') {
                        break;
                    }
                    position++;
                }
                value.append(buffer, start, position - start);
                if (position == limit) {
                    checkLength(recordChars);
                    continue;
                }
                position++;
                if (c == quote) {
                    if (available() && buffer[position] == quote) {
                        value.append(quote);
                        position++;
                    } else {
                        inQuotes = false;
                        quoteClosed = true;
                    }
                } else {
                    value.append(c);
                    if (c == '\r' && available() && buffer[position] == '\n') {
                        value.append('\n');
                        position++;
                    }
                    line++;
                }
            } else {
                int start = position;
                char c = 0;
                while (position < limit) {
                    c = buffer[position];
                    if (c == delimiter || c == quote || c == '\n' || c == '\r') {
                        break;
                    }
                    position++;
                }
                if (position > start) {
                    value.append(buffer, start, position - start);
                    fieldStart = false;
                    irregular |= quoteClosed;
                }
                if (position == limit) {
                    checkLength(recordChars);
                    continue;
                }
                position++;
                if (c == delimiter) {
                    recordChars += value.length() + 1;
                    checkLength(recordChars);
                    values.add(value.toString());
                    value.setLength(0);
                    countIrregular(irregular);
                    fieldStart = true;
                    quoteClosed = false;
                    irregular = false;
                } else if (c == quote) {
                    if (fieldStart) {
                        inQuotes = true;
                        fieldStart = false;
                    } else {
                        value.append(c);
                        irregular = true;
                    }
                } else {
                    if (c == '\r' && available() && buffer[position] == '\n') {
                        position++;
                    }
                    line++;
                    values.add(value.toString());
                    countIrregular(irregular);
                    break;
                }
            }
        }
        lastWidth = values.size();
        return values;
    }

    private void countIrregular(boolean irregular) {
        if (irregular && irregularQuotes++ == 0) {
            firstIrregularQuoteLine = recordLine;
        }
    }

    private void checkLength(long recordChars) {
        if (recordChars + value.length() > MAX_RECORD_CHARS) {
            throw new TabularException(TabularCode.CSV_RECORD_TOO_LONG, recordLine,
                    Map.of("maxChars", MAX_RECORD_CHARS));
        }
    }

    private void skipLineEnd() throws IOException {
        char c = buffer[position++];
        if (c == '\r' && available() && buffer[position] == '\n') {
            position++;
        }
        line++;
    }

    /** Whether a character is available at {@link #position}, refilling the buffer when needed. */
    private boolean available() throws IOException {
        if (position < limit) {
            return true;
        }
        if (endOfInput) {
            return false;
        }
        int n;
        do {
            n = reader.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = n;
        if (!started) {
            started = true;
            if (buffer[0] == BYTE_ORDER_MARK) {
                position = 1;
                return available();
            }
        }
        return true;
    }
}
