// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

/**
 * Hand-written recognition of integers and decimal numbers as written in Dutch and international files, without a
 * regular expression per value.
 *
 * <p>A number can be read in up to four ways ("readings"): decimal point without grouping ({@code 1234.5}), decimal
 * point with comma grouping ({@code 1,234.5}), decimal comma without grouping ({@code 1234,5}) and decimal comma with
 * dot grouping ({@code 1.234,5}). {@link #readings} returns those a value allows, so a column can keep the ones every
 * value allows. Values with a leading zero ({@code 007}) or more than 18 integer digits are codes, not quantities, and
 * allow no reading; an exponent ({@code 1.871e-05}) is allowed without grouping.
 */
final class NumberSyntax {

    static final int DOT = 1;
    static final int DOT_COMMA_GROUP = 2;
    static final int COMMA = 4;
    static final int COMMA_DOT_GROUP = 8;
    static final int ALL = DOT | DOT_COMMA_GROUP | COMMA | COMMA_DOT_GROUP;

    private static final int MAX_INTEGER_DIGITS = 18;
    private static final char NO_GROUP = 0;

    private NumberSyntax() {
    }

    /** Whether trimmed text is an integer: optional sign, 1 to 18 digits, no leading zero unless the digit is 0. */
    static boolean isInteger(String text) {
        int n = text.length();
        int start = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int digits = n - start;
        if (digits < 1 || digits > MAX_INTEGER_DIGITS || (digits > 1 && text.charAt(start) == '0')) {
            return false;
        }
        for (int i = start; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The readings (a bit set of {@link #DOT} …) under which trimmed text is a number; 0 if none. */
    static int readings(String text) {
        int n = text.length();
        int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
        int mantissaStart = i;
        int digits = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (c != '.' && c != ',') {
                break;
            }
        }
        if (digits == 0) {
            return 0;
        }
        int mantissaEnd = i;
        boolean exponent = i < n;
        if (exponent) {
            if (text.charAt(i) != 'e' && text.charAt(i) != 'E') {
                return 0;
            }
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                i++;
            }
            int exponentStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == exponentStart || i != n) {
                return 0;
            }
        }
        int readings = 0;
        if (allows(text, mantissaStart, mantissaEnd, '.', NO_GROUP, exponent)) {
            readings |= DOT;
        }
        if (allows(text, mantissaStart, mantissaEnd, '.', ',', exponent)) {
            readings |= DOT_COMMA_GROUP;
        }
        if (allows(text, mantissaStart, mantissaEnd, ',', NO_GROUP, exponent)) {
            readings |= COMMA;
        }
        if (allows(text, mantissaStart, mantissaEnd, ',', '.', exponent)) {
            readings |= COMMA_DOT_GROUP;
        }
        return readings;
    }

    /** The reading for a decimal character and an optional group character. */
    static int reading(char decimal, char group) {
        if (decimal == '.') {
            return group == ',' ? DOT_COMMA_GROUP : DOT;
        }
        return group == '.' ? COMMA_DOT_GROUP : COMMA;
    }

    /** The decimal character of one reading. */
    static char decimalChar(int reading) {
        return reading == DOT || reading == DOT_COMMA_GROUP ? '.' : ',';
    }

    /** The group character of one reading, or 0 for none. */
    static char groupChar(int reading) {
        return switch (reading) {
            case DOT_COMMA_GROUP -> ',';
            case COMMA_DOT_GROUP -> '.';
            default -> NO_GROUP;
        };
    }

    /**
     * The value of trimmed text under one reading.
     *
     * @throws NumberFormatException if the text is neither an integer nor a number in that reading
     */
    static double parse(String text, int reading) {
        if (!isInteger(text) && (readings(text) & reading) == 0) {
            throw new NumberFormatException("not a number in this reading");
        }
        char decimal = decimalChar(reading);
        char group = groupChar(reading);
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == decimal) {
                plain.append('.');
            } else if (c != group) {
                plain.append(c);
            }
        }
        return Double.parseDouble(plain.toString());
    }

    private static boolean allows(String text, int start, int end, char decimal, char group, boolean exponent) {
        int decimalAt = -1;
        boolean grouped = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == decimal) {
                if (decimalAt >= 0) {
                    return false;
                }
                decimalAt = i;
            } else if (!isDigit(c)) {
                if (c != group || decimalAt >= 0) {
                    return false;
                }
                grouped = true;
            }
        }
        int integerEnd = decimalAt >= 0 ? decimalAt : end;
        if (grouped && (exponent || !validGroups(text, start, integerEnd, group))) {
            return false;
        }
        int integerDigits = 0;
        for (int i = start; i < integerEnd; i++) {
            if (isDigit(text.charAt(i))) {
                integerDigits++;
            }
        }
        int fractionDigits = decimalAt >= 0 ? end - decimalAt - 1 : 0;
        if (integerDigits + fractionDigits == 0 || integerDigits > MAX_INTEGER_DIGITS) {
            return false;
        }
        return integerDigits <= 1 || text.charAt(start) != '0';
    }

    /** Groups of 1 to 3 digits first, then of exactly 3: {@code 1.234.567}. */
    private static boolean validGroups(String text, int start, int end, char group) {
        int length = 0;
        boolean first = true;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == group) {
                if (first ? length < 1 || length > 3 : length != 3) {
                    return false;
                }
                first = false;
                length = 0;
            } else {
                length++;
            }
        }
        return length == 3;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
