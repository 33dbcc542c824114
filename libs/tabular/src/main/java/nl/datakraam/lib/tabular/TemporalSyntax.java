// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.Locale;
import nl.datakraam.lib.tabular.TemporalValue.Shape;
import org.jspecify.annotations.Nullable;

/**
 * Hand-written recognition of the dates and date-times Dutch files hold, without a regular expression per value.
 *
 * <p>Date parts: ISO {@code yyyy-mm-dd}; {@code d-m-yyyy} with {@code -}, {@code /} or {@code .} and one- or
 * two-digit day and month in either order; compact {@code yyyymmdd} with a year from 1800 to 2200; a day, a Dutch
 * month name or abbreviation and a year ({@code 12 januari 2024}, {@code 12 jan. 2024}). ISO and numeric dates may be
 * followed by {@code T} or a space and {@code H:mm}, optional {@code :ss}, optional {@code .fraction} (up to 9 digits)
 * and an optional zone {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}. Anything else, such as weekday names
 * or {@code 2755/ 1}, is not temporal.
 */
final class TemporalSyntax {

    private static final int COMPACT_FIRST_YEAR = 1800;
    private static final int COMPACT_LAST_YEAR = 2200;
    private static final int MAX_OFFSET_SECONDS = 18 * 3600;

    private TemporalSyntax() {
    }

    /** The parts of trimmed text, or null if it is not a date or date-time in one of the forms above. */
    static @Nullable TemporalValue parse(String text) {
        int n = text.length();
        if (n < 8 || !isDigit(text.charAt(0))) {
            return null;
        }
        int lead = digitsFrom(text, 0);
        if (lead == 8) {
            return n == 8 ? compact(text) : null;
        }
        if (lead == 4) {
            return text.charAt(4) == '-' ? iso(text) : null;
        }
        if (lead <= 2 && lead < n) {
            char separator = text.charAt(lead);
            if (separator == '-' || separator == '/' || separator == '.') {
                return numeric(text, lead, separator);
            }
            if (separator == ' ') {
                return withMonthName(text, lead);
            }
        }
        return null;
    }

    private static @Nullable TemporalValue compact(String text) {
        int year = number(text, 0, 4);
        int month = number(text, 4, 6);
        int day = number(text, 6, 8);
        if (year < COMPACT_FIRST_YEAR || year > COMPACT_LAST_YEAR || !isDate(year, month, day)) {
            return null;
        }
        return new TemporalValue(Shape.COMPACT, '\0', year, month, day, TemporalValue.BOTH_ORDERS, 0, 0, 0, 0, 0, 0);
    }

    private static @Nullable TemporalValue iso(String text) {
        if (text.length() < 10 || digitsFrom(text, 5) != 2 || text.charAt(7) != '-' || digitsFrom(text, 8) != 2) {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        if (year < 1 || !isDate(year, month, day)) {
            return null;
        }
        return withTime(text, 10, Shape.ISO, '-', year, month, day, TemporalValue.BOTH_ORDERS, 0);
    }

    private static @Nullable TemporalValue numeric(String text, int firstLength, char separator) {
        int secondStart = firstLength + 1;
        int secondLength = digitsFrom(text, secondStart);
        int yearStart = secondStart + secondLength + 1;
        if (secondLength < 1 || secondLength > 2 || yearStart + 4 > text.length()
                || text.charAt(yearStart - 1) != separator || digitsFrom(text, yearStart) != 4) {
            return null;
        }
        int first = number(text, 0, firstLength);
        int second = number(text, secondStart, secondStart + secondLength);
        int year = number(text, yearStart, yearStart + 4);
        int orders = 0;
        if (year >= 1 && isDate(year, second, first)) {
            orders |= TemporalValue.DAY_FIRST;
        }
        if (year >= 1 && isDate(year, first, second)) {
            orders |= TemporalValue.MONTH_FIRST;
        }
        if (orders == 0) {
            return null;
        }
        return withTime(text, yearStart + 4, Shape.NUMERIC, separator, year, second, first, orders, 0);
    }

    private static @Nullable TemporalValue withMonthName(String text, int dayLength) {
        int nameStart = dayLength + 1;
        int nameEnd = nameStart;
        while (nameEnd < text.length() && Character.isLetter(text.charAt(nameEnd))) {
            nameEnd++;
        }
        int next = nameEnd < text.length() && text.charAt(nameEnd) == '.' ? nameEnd + 1 : nameEnd;
        if (next + 5 != text.length() || text.charAt(next) != ' ' || digitsFrom(text, next + 1) != 4) {
            return null;
        }
        String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        int month = DutchMonths.fullName(name);
        int flags = 0;
        if (month == 0) {
            month = DutchMonths.abbreviation(name);
            flags = TemporalValue.ABBREVIATED_MONTH;
        }
        int day = number(text, 0, dayLength);
        int year = number(text, next + 1, next + 5);
        if (month == 0 || year < 1 || !isDate(year, month, day)) {
            return null;
        }
        return new TemporalValue(Shape.MONTH_NAME, '\0', year, month, day, TemporalValue.BOTH_ORDERS, flags,
                0, 0, 0, 0, 0);
    }

    private static @Nullable TemporalValue withTime(String text, int start, Shape shape, char separator,
                                                    int year, int month, int day, int orders, int dateFlags) {
        int n = text.length();
        if (start == n) {
            return new TemporalValue(shape, separator, year, month, day, orders, dateFlags, 0, 0, 0, 0, 0);
        }
        char timeSeparator = text.charAt(start);
        if (timeSeparator != 'T' && timeSeparator != ' ') {
            return null;
        }
        int flags = dateFlags | TemporalValue.HAS_TIME | (timeSeparator == 'T' ? TemporalValue.T_SEPARATOR : 0);
        int i = start + 1;
        int hourLength = digitsFrom(text, i);
        if (hourLength < 1 || hourLength > 2 || i + hourLength + 3 > n || text.charAt(i + hourLength) != ':'
                || digitsFrom(text, i + hourLength + 1) < 2) {
            return null;
        }
        int hour = number(text, i, i + hourLength);
        i += hourLength + 1;
        int minute = number(text, i, i + 2);
        i += 2;
        int second = 0;
        int nano = 0;
        if (i < n && text.charAt(i) == ':') {
            if (digitsFrom(text, i + 1) < 2) {
                return null;
            }
            second = number(text, i + 1, i + 3);
            flags |= TemporalValue.HAS_SECONDS;
            i += 3;
            if (i < n && text.charAt(i) == '.') {
                int fractionLength = digitsFrom(text, i + 1);
                if (fractionLength < 1 || fractionLength > 9) {
                    return null;
                }
                nano = number(text, i + 1, i + 1 + fractionLength);
                for (int scale = fractionLength; scale < 9; scale++) {
                    nano *= 10;
                }
                flags |= TemporalValue.HAS_FRACTION;
                i += 1 + fractionLength;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        int offset = 0;
        if (i < n) {
            offset = offsetSeconds(text, i);
            if (offset == Integer.MIN_VALUE) {
                return null;
            }
            flags |= TemporalValue.HAS_ZONE;
        }
        return new TemporalValue(shape, separator, year, month, day, orders, flags, hour, minute, second, nano,
                offset);
    }

    /** The offset written from {@code start} to the end, or {@link Integer#MIN_VALUE} if it is not one. */
    private static int offsetSeconds(String text, int start) {
        int n = text.length();
        char sign = text.charAt(start);
        if (sign == 'Z') {
            return start + 1 == n ? 0 : Integer.MIN_VALUE;
        }
        if ((sign != '+' && sign != '-') || start + 3 > n || digitsFrom(text, start + 1) < 2) {
            return Integer.MIN_VALUE;
        }
        int hours = number(text, start + 1, start + 3);
        int minutes = 0;
        int i = start + 3;
        if (i < n && text.charAt(i) == ':') {
            i++;
        }
        if (i < n) {
            if (i + 2 != n || digitsFrom(text, i) != 2) {
                return Integer.MIN_VALUE;
            }
            minutes = number(text, i, i + 2);
        } else if (text.charAt(i - 1) == ':') {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3600 + minutes * 60;
        if (minutes > 59 || seconds > MAX_OFFSET_SECONDS) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -seconds : seconds;
    }

    private static boolean isDate(int year, int month, int day) {
        return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static int digitsFrom(String text, int start) {
        int i = start;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i - start;
    }

    private static int number(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
