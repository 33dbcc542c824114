// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** The canonical text of typed workbook values, the same for every workbook format. */
final class SpreadsheetValues {

    /** Excel and LibreOffice Calc keep 15 significant digits; digits beyond are binary floating-point noise. */
    private static final MathContext PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);
    private static final int MAX_PLAIN_INTEGER_DIGITS = 18;
    private static final int MAX_PLAIN_FRACTION_DIGITS = 20;
    private static final long MILLIS_PER_HOUR = 3_600_000;

    private SpreadsheetValues() {
    }

    /**
     * A number as decimal-point text, rounded to 15 significant digits, without trailing zeros or a trailing point:
     * {@code 1850}, {@code 0.1} (for {@code 0.1000000000000000055}), {@code -12.5}, {@code 0} (also for minus zero).
     * Very large or very small magnitudes get an exponent ({@code 1E+20}), so that they are never mistaken for codes.
     */
    static String number(BigDecimal value) {
        BigDecimal rounded = value.round(PRECISION).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        int integerDigits = rounded.precision() - rounded.scale();
        return integerDigits <= MAX_PLAIN_INTEGER_DIGITS && rounded.scale() <= MAX_PLAIN_FRACTION_DIGITS
                ? rounded.toPlainString()
                : rounded.toString();
    }

    /**
     * A time span in milliseconds as {@code HH:mm:ss}, with {@code .SSS} only when there are milliseconds; hours go
     * beyond 23 for spans of more than a day.
     */
    static String clockTime(long millis) {
        long magnitude = Math.abs(millis);
        long hours = magnitude / MILLIS_PER_HOUR;
        long minutes = magnitude / 60_000 % 60;
        long seconds = magnitude / 1000 % 60;
        long fraction = magnitude % 1000;
        String text = String.format("%s%02d:%02d:%02d", millis < 0 ? "-" : "", hours, minutes, seconds);
        return fraction == 0 ? text : text + String.format(".%03d", fraction);
    }
}
