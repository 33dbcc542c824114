// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The boundary's code in CBS form, by the rule of the sandbox's gemeentecode(), wijkcode() and buurtcode(). */
class RegionCodesTest {

    @Test
    void theFormsOfAGemeentecodeMeet() {
        for (Object code : new Object[] {"GM0014", "gm14", "0014", "14", 14L, " 2022GM0014 "}) {
            assertThat(RegionCodes.normalise(code, "gemeente")).as(String.valueOf(code)).isEqualTo("GM0014");
        }
        assertThat(RegionCodes.normalise("WK001401", "wijk")).isEqualTo("WK001401");
        assertThat(RegionCodes.normalise("2022BU00140100", "buurt")).isEqualTo("BU00140100");
    }

    @Test
    void whatIsNoCodeOfTheLevelIsNull() {
        assertThat(RegionCodes.normalise("Groningen", "gemeente")).isNull();
        assertThat(RegionCodes.normalise("GM00140", "gemeente")).isNull();
        assertThat(RegionCodes.normalise("WK001401", "gemeente")).isNull();
        assertThat(RegionCodes.normalise(null, "gemeente")).isNull();
        assertThat(RegionCodes.normalise("", "gemeente")).isNull();
    }
}
