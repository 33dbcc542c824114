// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The parts of a date or date-time read by {@link TemporalSyntax}, before a column settles the order of day and month.
 * For {@link Shape#NUMERIC} dates, {@code day} and {@code month} hold the first and second component as a day-first
 * reading would take them; {@code orders} tells which readings give a real date.
 */
record TemporalValue(Shape shape, char dateSeparator, int year, int month, int day, int orders, int flags,
                     int hour, int minute, int second, int nano, int offsetSeconds) {

    /** How the date part is written. */
    enum Shape {
        /** {@code 2024-03-31}. */
        ISO,
        /** {@code 31-03-2024}, {@code 3/31/2024}, {@code 31.3.2024}: day and month order to be settled. */
        NUMERIC,
        /** {@code 20240331}. */
        COMPACT,
        /** {@code 31 maart 2024}, {@code 31 mrt 2024}. */
        MONTH_NAME
    }

    static final int DAY_FIRST = 1;
    static final int MONTH_FIRST = 2;
    static final int BOTH_ORDERS = DAY_FIRST | MONTH_FIRST;

    static final int HAS_TIME = 1;
    static final int T_SEPARATOR = 2;
    static final int HAS_SECONDS = 4;
    static final int HAS_FRACTION = 8;
    static final int HAS_ZONE = 16;
    static final int ABBREVIATED_MONTH = 32;

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    LocalDate date(boolean monthFirst) {
        return shape == Shape.NUMERIC && monthFirst ? LocalDate.of(year, day, month) : LocalDate.of(year, month, day);
    }

    LocalDateTime dateTime(boolean monthFirst) {
        return date(monthFirst).atTime(hour, minute, second, nano);
    }

    /** The instant in UTC; a value without an offset is taken as UTC. */
    OffsetDateTime utc(boolean monthFirst) {
        return dateTime(monthFirst).atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds))
                .withOffsetSameInstant(ZoneOffset.UTC);
    }
}
