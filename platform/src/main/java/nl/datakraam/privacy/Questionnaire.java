// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a questionnaire, as read from {@code privacy/questionnaires/<id>-v<version>.json}. Texts are keyed
 * by language ({@code nl}, {@code en}). A version, once used, never changes: a change is a new version, and an
 * assessment keeps the id and version it was answered against.
 *
 * @param id      the kind's code, e.g. {@code dpia-prescan}
 * @param version 1, 2, …
 * @param sources the documents the questions come from
 */
public record Questionnaire(String id, int version, String kind, Map<String, String> title,
        Map<String, String> description, List<Source> sources, List<Section> sections) {

    /** Question types: yes or no ({@link #YES}, {@link #NO}), free text, one of the options. */
    public static final String YES_NO = "yes-no";
    public static final String TEXT = "text";
    public static final String CHOICE = "choice";
    public static final String YES = "yes";
    public static final String NO = "no";

    public Questionnaire {
        sources = sources == null ? List.of() : List.copyOf(sources);
        sections = List.copyOf(sections);
        description = description == null ? Map.of() : Map.copyOf(description);
    }

    /** A document the questions come from; {@code url} null where there is no stable address. */
    public record Source(String title, @Nullable String url) {
    }

    public record Section(String id, Map<String, String> title, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    /**
     * @param type     {@link #YES_NO}, {@link #TEXT} or {@link #CHOICE}
     * @param rule     for the pre-scan, what a yes counts for: {@code avg-35-3}, {@code ap-list},
     *                 {@code edpb-criterion}; null otherwise
     * @param source   where the question comes from (document and item)
     * @param options  the allowed answers of a {@link #CHOICE}
     * @param required false for an optional question; absent means required
     */
    public record Question(String id, String type, @Nullable String rule, String source, Map<String, String> text,
            @Nullable List<Option> options, @Nullable Boolean required) {

        /** Whether the question must be answered before submitting. */
        public boolean mandatory() {
            return required == null || required;
        }

        /** The allowed answers: yes/no, the options of a choice, or none (free text). */
        public List<String> allowed() {
            return switch (type) {
                case YES_NO -> List.of(YES, NO);
                case CHOICE -> options == null ? List.of() : options.stream().map(Option::value).toList();
                default -> List.of();
            };
        }

        public List<Option> choices() {
            return options == null ? List.of() : options;
        }
    }

    public record Option(String value, Map<String, String> label) {
    }

    /** Every question, in order. */
    public List<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    public Optional<Question> question(String questionId) {
        return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The text in the reader's language, Dutch where there is none. */
    public static String text(Map<String, String> texts, Locale locale) {
        String text = texts.get(locale.getLanguage());
        return text != null ? text : texts.getOrDefault("nl", "");
    }
}
