// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void wordsFoldAccentsSpellOutLettersAndSeparateWithTheGivenCharacter() {
        assertThat(FieldNames.words("  Café Ærø 2024 — Straße ", '-')).isEqualTo("cafe-aero-2024-strasse");
        assertThat(FieldNames.words("Café Ærø", '_')).isEqualTo("cafe_aero");
        assertThat(FieldNames.words("— ! —", '-')).isEmpty();
    }

    @Test
    void foldsAccentsAndJoinsWordsWithUnderscores() {
        assertThat(FieldNames.toIdentifier("Café Straße – Oppervlakte (m²)", 63))
                .isEqualTo("cafe_strasse_oppervlakte_m2");
    }

    @Test
    void prefixesNamesStartingWithADigit() {
        assertThat(FieldNames.toIdentifier("92.10 Gemeentecode", 63)).isEqualTo("f_92_10_gemeentecode");
    }

    @Test
    void shortensLongTextKeepingItDistinctAndStable() {
        String a = "Totaal aantal geregistreerde meldingen over geluidsoverlast per buurt in het jaar A";
        String b = a.substring(0, a.length() - 1) + "B";

        String nameA = FieldNames.toIdentifier(a, 63);

        assertThat(nameA).hasSizeLessThanOrEqualTo(63).matches("totaal_aantal_[a-z_]+_[0-9a-f]{8}");
        assertThat(FieldNames.toIdentifier(b, 63)).isNotEqualTo(nameA);
        assertThat(FieldNames.toIdentifier(a, 63)).isEqualTo(nameA);
    }

    @Test
    void namesTextWithoutLettersOrDigitsByItsHash() {
        assertThat(FieldNames.toIdentifier("€ %", 63)).matches("f_[0-9a-f]{8}");
    }

    @Test
    void numbersRepeatedNamesSkippingNamesTakenElsewhere() {
        assertThat(FieldNames.distinct(List.of("bedrag", "bedrag", "bedrag_2", "bedrag"), 63))
                .containsExactly("bedrag", "bedrag_3", "bedrag_2", "bedrag_4");
    }

    @Test
    void rejectsMaximumTooShortForTheHash() {
        assertThatThrownBy(() -> FieldNames.toIdentifier("x", 8)).isInstanceOf(IllegalArgumentException.class);
    }
}
