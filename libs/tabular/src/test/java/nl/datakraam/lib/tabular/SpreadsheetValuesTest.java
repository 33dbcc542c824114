// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Canonical text of spreadsheet numbers and times, which inference then reads back. */
class SpreadsheetValuesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1850.0               | 1850
            1850.00              | 1850
            0.1000000000000000055| 0.1
            0.30000000000000004  | 0.3
            0.1000000001         | 0.1000000001
            -0.0                 | 0
            -12.50               | -12.5
            1.871E-5             | 0.00001871
            123456789012345678   | 123456789012346000
            1.0E20               | 1E+20
            1E-25                | 1E-25
            """)
    void writesNumbersWithoutFloatNoiseOrTrailingZeros(String value, String text) {
        assertThat(SpreadsheetValues.number(new BigDecimal(value))).isEqualTo(text);
    }

    @Test
    void writesTimeSpansAsClockTime() {
        assertThat(SpreadsheetValues.clockTime(37_800_000)).isEqualTo("10:30:00");
        assertThat(SpreadsheetValues.clockTime(37_800_250)).isEqualTo("10:30:00.250");
        assertThat(SpreadsheetValues.clockTime(108_000_000)).isEqualTo("30:00:00");
        assertThat(SpreadsheetValues.clockTime(-60_000)).isEqualTo("-00:01:00");
    }
}
