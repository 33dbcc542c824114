// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageTemplate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Says a coded message in the reader's language: an ingest issue or job failure ({@code issue.<code>}) or a
 * problem ({@code error.<key>}), from the templates in {@code messages.properties} (Dutch, the default) and
 * {@code messages_en.properties}, filled in with the message's named arguments ({@link MessageTemplate} syntax).
 * When a template is missing, or needs an argument the message does not carry (a message stored by an older
 * version), the given fallback (the English the message was stored with) is said instead. Arguments that are
 * messages themselves (a CRS proposal) are said in the same language. Thread-safe.
 */
@Component
public class LocalisedMessages {

    /** The interface's default language. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    /**
     * The language of a command-line run: its {@code --lang=nl|en} option, else the system's language; Dutch when
     * that is Dutch, English otherwise.
     */
    public static Locale commandLine(ApplicationArguments args) {
        String asked = args.containsOption("lang") && !args.getOptionValues("lang").isEmpty()
                ? args.getOptionValues("lang").getFirst() : Locale.getDefault().getLanguage();
        return asked.toLowerCase(Locale.ROOT).startsWith("nl") ? DUTCH : Locale.ENGLISH;
    }

    private final MessageSource bundles;

    public LocalisedMessages(MessageSource bundles) {
        this.bundles = bundles;
    }

    /**
     * The text of an ingest issue.
     *
     * @param code      the issue's code, e.g. {@code row.extra-values}
     * @param arguments its arguments together with its positions ({@code file}, {@code line}, {@code column},
     *                  {@code field}); nested messages as {@link Message} or as their JSON form (a map with
     *                  {@code code} and {@code arguments})
     * @param fallback  what to say when the bundle cannot: the English stored with the issue
     */
    public String issue(String code, Map<String, ?> arguments, Locale locale, String fallback) {
        return render("issue." + code, arguments, locale, fallback);
    }

    /**
     * The text of an ingest issue at a place in a file.
     *
     * @param file   the name of the file the issue is about, or null
     * @param line   its 1-based position (line, sheet row or feature), or 0
     * @param column its 1-based column, or 0
     * @param field  the field it is about, or null
     * @see #issue(String, Map, Locale, String)
     */
    public String issue(String code, Map<String, ?> arguments, @Nullable String file, long line, int column,
            @Nullable String field, Locale locale, String fallback) {
        return issue(code, withPositions(arguments, file, line, column, field), locale, fallback);
    }

    /**
     * The text of a failed job's error: {@code <kind>.<code>} (e.g. {@code ingest.value.invalid},
     * {@code job.cancelled}) is said as the issue {@code <code>}.
     *
     * @see #issue
     */
    public String jobError(String code, Map<String, ?> arguments, Locale locale, String fallback) {
        int dot = code.indexOf('.');
        return issue(dot < 0 ? code : code.substring(dot + 1), arguments, locale, fallback);
    }

    /**
     * The reasons of a refusal as the API and the pages give them, in the reader's language: each a map with
     * {@code code}, {@code message}, and where present {@code action} and {@code subject}.
     */
    public List<Map<String, String>> reasons(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> {
            Map<String, String> said = new LinkedHashMap<>();
            said.put("code", reason.code());
            said.put("message", message(reason.message(), locale));
            if (reason.action() != null) {
                said.put("action", message(reason.action(), locale));
            }
            if (reason.subject() != null) {
                said.put("subject", reason.subject());
            }
            return said;
        }).toList();
    }

    /** The text of a coded message ({@code issue.<code>}), the English it carries where the bundles cannot say it. */
    public String message(Message message, Locale locale) {
        return issue(message.code(), message.arguments(), locale, message.english());
    }

    /**
     * What a problem says in its {@code detail}, in the reader's language: its coded message if it has one;
     * otherwise, for English readers, the exception's own sentence (often more specific than a translation), and for
     * others {@code error.<key>} filled in with its details, or that sentence where the bundle has no text.
     */
    public String problem(PlatformException problem, Locale locale) {
        if (problem.message() != null) {
            return message(problem.message(), locale);
        }
        return problem(problem.code().key(), problem.details(), locale, String.valueOf(problem.getMessage()));
    }

    /**
     * What a problem without a coded message says: for English readers {@code english}, for others
     * {@code error.<key>} filled in with {@code details}, or {@code english} where the bundle has no text.
     */
    public String problem(String key, Map<String, ?> details, Locale locale, String english) {
        return locale.getLanguage().equals("en") ? english : error(key, details, locale, english);
    }

    /**
     * The {@code title} of a problem with an HTTP status, in the reader's language ({@code problem.title.<status>}),
     * or the status's English reason phrase where the bundles have none.
     */
    public String problemTitle(int status, Locale locale) {
        String title = bundles.getMessage("problem.title." + status, null, null, locale);
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }

    /**
     * The text of a problem ({@link ErrorCode#key()}), filled in with its details.
     *
     * @param fallback what to say when the bundle has no text for the key: the exception's English
     */
    public String error(String key, Map<String, ?> details, Locale locale, String fallback) {
        return render("error." + key, details, locale, fallback);
    }

    /**
     * A figure as the pages show it, in the reader's language: grouped thousands and the decimal mark of
     * {@code locale} ({@code 1.234,5} in Dutch, {@code 1,234.5} in English), with every decimal the value has and no
     * more (a double in its shortest exact form), whole numbers without a fraction. Text (a date, a string's smallest
     * value) is said as it is; null is empty. The one formatting of numbers on the pages, so that a profile's
     * minimum, median and histogram bounds read like its counts.
     */
    public String number(@Nullable Object value, Locale locale) {
        if (!(value instanceof Number number)) {
            return value == null ? "" : value.toString();
        }
        BigDecimal exact;
        try {
            exact = switch (number) {
                case BigDecimal decimal -> decimal;
                case Double d -> BigDecimal.valueOf(d);
                case Float f -> new BigDecimal(f.toString());
                default -> new BigDecimal(number.toString());
            };
        } catch (NumberFormatException e) {
            return number.toString(); // NaN, infinities
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(Math.max(0, exact.stripTrailingZeros().scale()));
        return format.format(exact);
    }

    /**
     * The text of any coded message whose templates are under {@code key} in the bundles (e.g.
     * {@code mqa.reason.present}), filled in with its named arguments.
     *
     * @param fallback what to say when the bundle cannot: the English stored with the message
     */
    public String text(String key, Map<String, ?> arguments, Locale locale, String fallback) {
        return render(key, arguments, locale, fallback);
    }

    /** The severity of an issue ({@code info}, {@code warning}, {@code error}) as a word in the reader's language. */
    public String severity(String severity, Locale locale) {
        String lower = severity.toLowerCase(Locale.ROOT);
        String word = bundles.getMessage("issue.severity." + lower, null, null, locale);
        return word != null ? word : lower;
    }

    /** Whether the bundles have an issue text for {@code code} in {@code locale} (or the default language). */
    public boolean hasIssue(String code, Locale locale) {
        return bundles.getMessage("issue." + code, null, null, locale) != null;
    }

    private String render(String key, Map<String, ?> arguments, Locale locale, String fallback) {
        String template = bundles.getMessage(key, null, null, locale);
        if (template == null) {
            return fallback;
        }
        try {
            return MessageTemplate.formatComplete(template, normalised(arguments), locale,
                    nested -> issue(nested.code(), nested.arguments(), locale, nested.english())).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The arguments with nested messages in their JSON form (maps of code and arguments) as {@link Message}s. */
    private static Map<String, Object> normalised(Map<String, ?> arguments) {
        Map<String, Object> result = new LinkedHashMap<>();
        arguments.forEach((name, value) -> {
            if (value != null) {
                result.put(name, normalised(value));
            }
        });
        return result;
    }

    private static Object normalised(Object value) {
        return switch (value) {
            case Map<?, ?> map when map.get("code") instanceof String code
                    && map.get("arguments") instanceof Map<?, ?> nested -> new Message(code,
                    normalised(stringKeys(nested)), map.get("english") instanceof String english ? english : "");
            case List<?> list -> list.stream().map(element -> element == null ? "" : normalised(element)).toList();
            default -> value;
        };
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                result.put(String.valueOf(key), value);
            }
        });
        return result;
    }

    /**
     * The arguments of a message with its positions added under the names templates use: {@code file},
     * {@code line}, {@code column}, {@code field}; zero and null positions are left out, except {@code line} and
     * {@code column}, which templates may test with {@code =0}.
     */
    public static Map<String, Object> withPositions(Map<String, ?> arguments, @Nullable String file, long line,
            int column, @Nullable String field) {
        Map<String, Object> all = new LinkedHashMap<>(arguments);
        if (file != null) {
            all.put("file", file);
        }
        all.put("line", line);
        all.put("column", column);
        if (field != null) {
            all.put("field", field);
        }
        return all;
    }
}
