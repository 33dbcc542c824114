// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void fillsNamedArgumentsAndKeepsApostrophes() {
        assertThat(MessageTemplate.format("Line {line} of {file} isn't read; field {field}.",
                Map.of("line", 3, "file", "a.csv", "field", "naam"), Locale.ENGLISH))
                .isEqualTo("Line 3 of a.csv isn't read; field naam.");
    }

    @Test
    void writesWholeNumbersWithoutGroupingAndOtherNumbersInTheLocalesForm() {
        assertThat(MessageTemplate.format("regel {line}, {ratio}", Map.of("line", 123456L, "ratio", 1.5), DUTCH))
                .isEqualTo("regel 123456, 1,5");
        assertThat(MessageTemplate.format("EPSG:{epsg}", Map.of("epsg", 28992), DUTCH)).isEqualTo("EPSG:28992");
    }

    @Test
    void choosesPluralBranchesByCountOrSizeWithHashAsTheValue() {
        String template = "{count,plural,=0{geen rijen}one{# rij}other{# rijen}}";
        assertThat(MessageTemplate.format(template, Map.of("count", 0), DUTCH)).isEqualTo("geen rijen");
        assertThat(MessageTemplate.format(template, Map.of("count", 1), DUTCH)).isEqualTo("1 rij");
        assertThat(MessageTemplate.format(template, Map.of("count", 12), DUTCH)).isEqualTo("12 rijen");
        assertThat(MessageTemplate.format("{lines,plural,one{Regel #}other{Regels #}}", Map.of("lines", List.of(3, 5)),
                DUTCH)).isEqualTo("Regels 3, 5");
    }

    @Test
    void choosesSelectBranchesAndNestsPlaceholdersInBranches() {
        String template = "{unit,select,row{{count,plural,one{Rij}other{Rijen}} {line}}other{Regel {line}}}";
        assertThat(MessageTemplate.format(template, Map.of("unit", "row", "count", 2, "line", 4), DUTCH))
                .isEqualTo("Rijen 4");
        assertThat(MessageTemplate.format(template, Map.of("unit", "line", "line", 4), DUTCH)).isEqualTo("Regel 4");
    }

    @Test
    void leavesHashAloneOutsidePluralBranches() {
        assertThat(MessageTemplate.format("#N/A in {count,plural,other{# cells}}", Map.of("count", 2),
                Locale.ENGLISH)).isEqualTo("#N/A in 2 cells");
    }

    @Test
    void showsAMissingArgumentAsItsPlaceholder() {
        assertThat(MessageTemplate.format("Line {line}: {count,plural,other{#}}", Map.of(), Locale.ENGLISH))
                .isEqualTo("Line {line}: {count}");
    }

    @Test
    void formatsCompletelyOnlyWhenEveryPlaceholderReachedHasItsArgument() {
        String template = "{kind,select,a{A {x}}other{B}}";
        assertThat(MessageTemplate.formatComplete(template, Map.of("kind", "b"), Locale.ENGLISH, Message::english))
                .contains("B");
        assertThat(MessageTemplate.formatComplete(template, Map.of("kind", "a"), Locale.ENGLISH, Message::english))
                .isEmpty();
    }

    @Test
    void rendersANestedMessageThroughTheResolver() {
        var reason = new Message("crs-guess.rd-new", Map.of("x", "x"), "They look like RD New.");
        assertThat(MessageTemplate.format("No CRS. {reason}", Map.of("reason", reason), Locale.ENGLISH))
                .isEqualTo("No CRS. They look like RD New.");
        assertThat(MessageTemplate.format("Geen CRS. {reason}", Map.of("reason", reason), DUTCH,
                nested -> "Ze lijken op RD New.")).isEqualTo("Geen CRS. Ze lijken op RD New.");
    }

    @Test
    void listsTheArgumentNamesOfAllBranches() {
        assertThat(MessageTemplate.argumentNames("{a} {b,plural,one{{c}}other{{d,select,x{{e}}other{}}}} {a}"))
                .containsExactly("a", "b", "c", "d", "e");
    }

    @Test
    void rejectsMalformedTemplates() {
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.argumentNames("Line {line"));
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.argumentNames("Line line}"));
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.argumentNames("{n,choice,1#a}"));
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.argumentNames("{n,plural,one{a}"));
        assertThatIllegalArgumentException().isThrownBy(() -> MessageTemplate.argumentNames("{0}"));
    }

    @Test
    void keepsMessageArgumentsSortedAndWithoutNulls() {
        var arguments = new java.util.HashMap<String, Object>();
        arguments.put("b", 2);
        arguments.put("a", null);
        arguments.put("c", List.of(1, 2));
        assertThat(Message.sorted(arguments)).containsExactly(Map.entry("b", 2), Map.entry("c", List.of(1, 2)));
        assertThatIllegalArgumentException().isThrownBy(() -> Message.sorted(Map.of("x", new Object())));
    }
}
