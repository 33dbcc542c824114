// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A user's SQL as the sandbox runs it: the statement (without surrounding white space and trailing semicolons),
 * wrapped in statements of our own, and the way back from a position DuckDB names (a byte offset into the UTF-8
 * text it ran) to a line and column of what the user wrote. The wrapping puts the statement on lines of its own, so
 * that a trailing {@code -- comment} cannot swallow the wrapper's closing parenthesis. Not thread-safe: one per run.
 */
final class UserText {

    private static final Pattern TRAILING = Pattern.compile("[\\s;]+$");

    private final String original;
    private final String statement;
    /** Characters of the original before the statement. */
    private final int leading;
    /** Bytes of the text last run before the statement ({@link #wrapped}); 0 before the first. */
    private long offsetInExecuted;

    private UserText(String original, String statement, int leading) {
        this.original = original;
        this.statement = statement;
        this.leading = leading;
    }

    static UserText of(String sql) {
        int leading = 0;
        while (leading < sql.length() && Character.isWhitespace(sql.charAt(leading))) {
            leading++;
        }
        String statement = TRAILING.matcher(sql.substring(leading)).replaceAll("");
        return new UserText(sql, statement, leading);
    }

    /** The statement to run: the user's text without surrounding white space and trailing semicolons. */
    String statement() {
        return statement;
    }

    /** {@code prefix + statement + suffix}, remembered as the text being run, for {@link #position}. */
    String wrapped(String prefix, String suffix) {
        offsetInExecuted = prefix.getBytes(StandardCharsets.UTF_8).length;
        return prefix + statement + suffix;
    }

    /** Bytes before the statement in the text last run. */
    long offsetInExecuted() {
        return offsetInExecuted;
    }

    /** A line and column (both from 1; the column counts UTF-16 characters, as a browser's text area does). */
    record Position(int line, int column) {
    }

    /**
     * The line and column of the user's text at this byte offset into the statement; empty for a negative offset or
     * one past the statement's end (a position in our own wrapping).
     */
    Optional<Position> position(long byteOffset) {
        if (byteOffset < 0) {
            return Optional.empty();
        }
        long bytes = 0;
        int index = 0;
        while (index < statement.length() && bytes < byteOffset) {
            int codePoint = statement.codePointAt(index);
            bytes += utf8Length(codePoint);
            index += Character.charCount(codePoint);
        }
        if (bytes < byteOffset) {
            return Optional.empty();
        }
        int at = leading + index;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (original.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new Position(line, at - lineStart + 1));
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
