// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.datakraam.lib.tabular.ExcelNumbers.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Excel number formats and what a serial number in them reads as. */
class ExcelNumbersTest {

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            0  | null                        | NUMBER
            14 | mm-dd-yy                    | DATE
            22 | m/d/yy h:mm                 | DATE_TIME
            45 | mm:ss                       | TIME_OF_DAY
            46 | [h]:mm:ss                   | DURATION
            47 | mmss.0                      | TIME_OF_DAY
            31 | null                        | DATE
            2  | 0.00                        | NUMBER
            11 | 0.00E+00                    | NUMBER
            49 | @                           | NUMBER
            164| dd-mm-yyyy                  | DATE
            164| yyyy\\-mm\\-dd\\ hh:mm      | DATE_TIME
            164| [$-413]d mmmm yyyy;@        | DATE
            164| mmm                         | DATE
            164| h:mm AM/PM                  | TIME_OF_DAY
            164| [Red]#,##0.00               | NUMBER
            164| #,##0 "dagen"               | NUMBER
            164| 0\\ \\d                     | NUMBER
            164| "€" #,##0.00;[Red]"€" -#,##0 | NUMBER
            164| General                     | NUMBER
            """)
    void tellsDatesFromNumbersByTheFormatCode(int id, String code, Kind kind) {
        assertThat(ExcelNumbers.kind(id, code)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} as {1} is {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            45352                | dd-mm-yyyy        | false | 2024-03-01
            45352.416666666664   | yyyy-mm-dd hh:mm  | false | 2024-03-01T10:00:00
            42674.041875578703   | yyyy-mm-dd hh:mm  | false | 2016-10-31T01:00:18.050
            43891                | dd-mm-yyyy        | true  | 2024-03-02
            1                    | dd-mm-yyyy        | false | 1900-01-01
            59                   | dd-mm-yyyy        | false | 1900-02-28
            61                   | dd-mm-yyyy        | false | 1900-03-01
            0.4375               | h:mm              | false | 10:30:00
            1.25                 | [h]:mm:ss         | false | 30:00:00
            -5                   | dd-mm-yyyy        | false | -5
            1850.0               | 0.00              | false | 1850
            14                   | 0000              | false | 0014
            14.5                 | 0000              | false | 14.5
            0.30000000000000004  | General           | false | 0.3
            """)
    void rendersSerialNumbersAsTheirFormatShowsThem(String serial, String code, boolean date1904, String text) {
        assertThat(ExcelNumbers.render(new BigDecimal(serial), 164, code, date1904)).isEqualTo(text);
    }
}
