// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Renders the number in an Excel cell as the text its number format means: an ISO date or date-time for a date format
 * (never the serial number behind it), a clock time for a time format, and otherwise the number itself.
 *
 * <p>Excel stores dates as serial numbers of days (ECMA-376 Part 1 §18.17.4): in the 1900 date system day 1 is
 * 1900-01-01 and day 60 is the fictitious 1900-02-29 that Excel keeps for compatibility with Lotus 1-2-3; in the 1904
 * system day 0 is 1904-01-01. The fraction of a day is the time, rounded here to the millisecond, which also removes
 * the floating-point noise of serials such as {@code 45352.416666666664}. Whether a number is a date is read from its
 * format code (ECMA-376 Part 1 §18.8.30 and §18.8.31): date and time letters outside quotes, escapes and brackets, or
 * an elapsed-time bracket such as {@code [h]}.
 */
final class ExcelNumbers {

    /** What a number format shows. */
    enum Kind { NUMBER, DATE, DATE_TIME, TIME_OF_DAY, DURATION }

    private static final long MILLIS_PER_DAY = 86_400_000L;
    private static final BigDecimal MILLIS_PER_DAY_DECIMAL = BigDecimal.valueOf(MILLIS_PER_DAY);
    /** 9999-12-31 in the 1900 date system, the last date Excel shows. */
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(2_958_465);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1900_AFTER_LEAP_BUG = LocalDate.of(1899, 12, 30);
    private static final int FIRST_SERIAL_AFTER_LEAP_BUG = 61;

    private ExcelNumbers() {
    }

    /**
     * The text of a numeric cell.
     *
     * @param formatId   the cell's number format id, or null when the cell has no style
     * @param formatCode the format code of that id, built in or the workbook's own; null when unknown
     * @param date1904   whether the workbook uses the 1904 date system
     */
    static String render(BigDecimal value, @Nullable Integer formatId, @Nullable String formatCode,
            boolean date1904) {
        Kind kind = kind(formatId, formatCode);
        if (kind == Kind.NUMBER) {
            String text = SpreadsheetValues.number(value);
            int width = zeroPadding(formatCode);
            boolean natural = value.signum() >= 0 && text.chars().allMatch(Character::isDigit);
            return natural && text.length() < width ? "0".repeat(width - text.length()) + text : text;
        }
        if (value.signum() < 0 || value.compareTo(LAST_SERIAL) > 0) {
            return SpreadsheetValues.number(value);
        }
        long millis = value.multiply(MILLIS_PER_DAY_DECIMAL).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long days = millis / MILLIS_PER_DAY;
        long time = millis % MILLIS_PER_DAY;
        return switch (kind) {
            case DATE -> date(days, date1904).toString();
            case DATE_TIME -> date(days, date1904) + "T" + SpreadsheetValues.clockTime(time);
            case TIME_OF_DAY -> SpreadsheetValues.clockTime(time);
            case DURATION -> SpreadsheetValues.clockTime(millis);
            case NUMBER -> throw new IllegalStateException("handled above");
        };
    }

    /**
     * What a format shows. Without a code, the built-in ids that ECMA-376 leaves to East Asian locales (27–36,
     * 50–58) are dates and every other id a number.
     */
    static Kind kind(@Nullable Integer formatId, @Nullable String formatCode) {
        if (formatCode == null || formatCode.isEmpty()) {
            int id = formatId == null ? 0 : formatId;
            return (id >= 27 && id <= 36) || (id >= 50 && id <= 58) ? Kind.DATE : Kind.NUMBER;
        }
        boolean date = false;
        boolean time = false;
        boolean month = false;
        boolean elapsed = false;
        int n = formatCode.length();
        for (int i = 0; i < n; i++) {
            char c = formatCode.charAt(i);
            switch (c) {
                case '"' -> i = end(formatCode, '"', i);
                case '[' -> {
                    int close = end(formatCode, ']', i);
                    elapsed |= isElapsed(formatCode.substring(i + 1, Math.min(close, n)));
                    i = close;
                }
                case '\\', '_', '*' -> i++;
                case ';' -> i = n;
                case 'y', 'Y', 'd', 'D' -> date = true;
                case 'h', 'H', 's', 'S' -> time = true;
                case 'm', 'M' -> month = true;
                case 'a', 'A' -> time |= formatCode.regionMatches(true, i, "AM/PM", 0, 5)
                        || formatCode.regionMatches(true, i, "A/P", 0, 3);
                default -> {
                }
            }
        }
        if (elapsed) {
            return date ? Kind.DATE_TIME : Kind.DURATION;
        }
        date |= month && !time;
        if (date) {
            return time ? Kind.DATE_TIME : Kind.DATE;
        }
        return time ? Kind.TIME_OF_DAY : Kind.NUMBER;
    }

    /** The width of a format of zeros only ({@code 0000} shows 14 as {@code 0014}), else 0. */
    static int zeroPadding(@Nullable String formatCode) {
        return formatCode != null && formatCode.length() > 1 && formatCode.chars().allMatch(c -> c == '0')
                ? formatCode.length()
                : 0;
    }

    private static LocalDate date(long days, boolean date1904) {
        if (date1904) {
            return EPOCH_1904.plusDays(days);
        }
        return (days < FIRST_SERIAL_AFTER_LEAP_BUG ? EPOCH_1900 : EPOCH_1900_AFTER_LEAP_BUG).plusDays(days);
    }

    /** The index of the closing character after {@code from}, or the end of the code. */
    private static int end(String code, char closing, int from) {
        int at = code.indexOf(closing, from + 1);
        return at < 0 ? code.length() : at;
    }

    /** Whether a bracket holds an elapsed-time unit: {@code h}, {@code mm}, {@code ss}, in any case. */
    private static boolean isElapsed(String bracket) {
        if (bracket.isEmpty()) {
            return false;
        }
        char unit = Character.toLowerCase(bracket.charAt(0));
        return (unit == 'h' || unit == 'm' || unit == 's')
                && bracket.chars().allMatch(c -> Character.toLowerCase(c) == unit);
    }
}
