// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/** Trimming of cell text before it is read as a typed value. */
final class Cells {

    private Cells() {
    }

    /**
     * The text without surrounding whitespace: ASCII controls and spaces, and the no-break spaces Excel writes
     * (U+00A0, U+2007, U+202F). Returns the same instance when there is nothing to trim.
     */
    static String trimmed(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == 0 && end == text.length() ? text : text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return c <= ' ' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }
}
