// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The public processing register's CSV runs nothing in a spreadsheet (a user-test finding). */
class ProcessingRegisterFormatTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "=HYPERLINK(\"http://evil\",\"klik\")|'=HYPERLINK(\"http://evil\",\"klik\")",
            "+cmd|'+cmd",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "Subsidieverlening|Subsidieverlening",
            "e-mail en telefoon|e-mail en telefoon"})
    void aTextThatWouldRunAsAFormulaGetsAnApostrophe(String value, String expected) {
        assertThat(ProcessingRegisterFormat.inert(value)).isEqualTo(expected);
    }
}
