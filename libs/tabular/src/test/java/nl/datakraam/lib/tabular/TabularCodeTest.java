// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import nl.datakraam.lib.messages.MessageTemplate;
import org.junit.jupiter.api.Test;

class TabularCodeTest {

    @Test
    void everyCodeHasADistinctKebabCaseKeyAndAWellFormedEnglishTemplate() {
        assertThat(Arrays.stream(TabularCode.values()).map(TabularCode::key)).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).matches("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+"));
        for (TabularCode code : TabularCode.values()) {
            assertThat(MessageTemplate.argumentNames(code.englishTemplate())).as(code.key()).isNotNull();
        }
    }

    @Test
    void anExceptionCarriesItsCodePositionsAndArgumentsAndSaysItInEnglish() {
        var e = new TabularException(TabularCode.VALUE_INVALID, 7, 2, "code",
                Map.of("unit", "line", "type", "integer", "format", "default"));

        assertThat(e.code()).isEqualTo("value.invalid");
        assertThat(e.is(TabularCode.VALUE_INVALID)).isTrue();
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.field()).isEqualTo("code");
        assertThat(e.arguments()).containsOnlyKeys("unit", "type", "format");
        assertThat(e.getMessage()).startsWith("Field code on line 7 holds a value that does not fit its type, integer");
    }
}
