// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.messages;

import java.math.BigInteger;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The one template syntax of every message: text with named placeholders, a small subset of ICU MessageFormat, so
 * that translators see {@code {line}} rather than {@code {0}}. Used for the libraries' English defaults and for the
 * platform's Dutch and English message bundles alike.
 *
 * <ul>
 *   <li>{@code {name}} — the argument's value;</li>
 *   <li>{@code {name,plural,=0{…}one{…}other{…}}} — a branch by count: {@code =N} for exactly N, {@code one} for 1,
 *       {@code other} otherwise (Dutch and English agree on these); inside a branch {@code #} stands for the value.
 *       The count of a collection is its size;</li>
 *   <li>{@code {name,select,a{…}b{…}other{…}}} — a branch by the value's text, {@code other} when none matches.</li>
 * </ul>
 *
 * <p>Values: whole numbers as plain digits, without grouping ("line 12345", as editors number lines); other numbers
 * in the locale's form; collections as their elements separated by ", "; a {@link Message} as its own text, which a
 * resolver gives (by default its English); anything else by {@code toString()}. A missing argument stays visible as
 * {@code {name}}, so that a forgotten argument shows up rather than vanishing. Unlike {@link java.text.MessageFormat},
 * apostrophes are plain text and need no doubling; braces cannot be written as text.
 *
 * <p>Stateless and thread-safe. Templates are parsed on each call: they are short, and messages are few.
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    /**
     * The template with its arguments filled in; nested {@link Message}s as their English.
     *
     * @throws IllegalArgumentException if the template is malformed (an unclosed brace, an unknown kind)
     */
    public static String format(String template, Map<String, ?> arguments, Locale locale) {
        return format(template, arguments, locale, Message::english);
    }

    /**
     * The template with its arguments filled in.
     *
     * @param nested the text of an argument that is itself a {@link Message}, e.g. rendered from a bundle in
     *               {@code locale}
     * @throws IllegalArgumentException if the template is malformed
     */
    public static String format(String template, Map<String, ?> arguments, Locale locale,
            Function<Message, String> nested) {
        var out = new StringBuilder(template.length() + 32);
        new Parser(template).render(0, template.length(), new Context(arguments, locale, nested, new boolean[1]),
                null, out);
        return out.toString();
    }

    /**
     * The template with its arguments filled in, if every placeholder it reaches has its argument; empty when one is
     * missing (for instance in a message stored before the argument existed), so that the caller can fall back to
     * another text.
     *
     * @throws IllegalArgumentException if the template is malformed
     */
    public static Optional<String> formatComplete(String template, Map<String, ?> arguments, Locale locale,
            Function<Message, String> nested) {
        var out = new StringBuilder(template.length() + 32);
        var context = new Context(arguments, locale, nested, new boolean[1]);
        new Parser(template).render(0, template.length(), context, null, out);
        return context.missing()[0] ? Optional.empty() : Optional.of(out.toString());
    }

    /**
     * The names of the arguments a template uses, in all its branches, in order of first use.
     *
     * @throws IllegalArgumentException if the template is malformed
     */
    public static Set<String> argumentNames(String template) {
        Set<String> names = new LinkedHashSet<>();
        new Parser(template).collect(0, template.length(), names);
        return names;
    }

    /** How one value reads in a message, as {@code {name}} would show it. */
    static String text(@Nullable Object value, Locale locale, Function<Message, String> nested) {
        return switch (value) {
            case null -> "";
            case Message message -> nested.apply(message);
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            case BigInteger b -> b.toString();
            case Number n -> NumberFormat.getNumberInstance(locale).format(n);
            case Collection<?> c -> c.stream().map(e -> text(e, locale, nested)).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }

    /** What a rendering needs; {@code missing[0]} is set when a placeholder had no argument. */
    private record Context(Map<String, ?> arguments, Locale locale, Function<Message, String> nested,
            boolean[] missing) {
    }

    /** A placeholder's branch: its selector and the template text between its braces. */
    private record Branch(String selector, int start, int end) {
    }

    /** A parsed placeholder: the name, the kind (empty, {@code plural}, {@code select}) and its branches. */
    private record Placeholder(String name, String kind, List<Branch> branches, int end) {
    }

    private static final class Parser {

        private final String template;

        Parser(String template) {
            this.template = template;
        }

        void render(int from, int to, Context context, @Nullable Object count, StringBuilder out) {
            int i = from;
            while (i < to) {
                char c = template.charAt(i);
                if (c == '{') {
                    Placeholder placeholder = placeholder(i, to);
                    renderPlaceholder(placeholder, context, count, out);
                    i = placeholder.end();
                } else if (c == '}') {
                    throw malformed("a closing brace without an opening one", i);
                } else if (c == '#' && count != null) {
                    out.append(text(count, context.locale(), context.nested()));
                    i++;
                } else {
                    out.append(c);
                    i++;
                }
            }
        }

        void collect(int from, int to, Set<String> names) {
            int i = from;
            while (i < to) {
                char c = template.charAt(i);
                if (c == '{') {
                    Placeholder placeholder = placeholder(i, to);
                    names.add(placeholder.name());
                    placeholder.branches().forEach(branch -> collect(branch.start(), branch.end(), names));
                    i = placeholder.end();
                } else if (c == '}') {
                    throw malformed("a closing brace without an opening one", i);
                } else {
                    i++;
                }
            }
        }

        private void renderPlaceholder(Placeholder placeholder, Context context, @Nullable Object count,
                StringBuilder out) {
            boolean present = context.arguments().containsKey(placeholder.name())
                    && context.arguments().get(placeholder.name()) != null;
            if (!present) {
                context.missing()[0] = true;
                out.append('{').append(placeholder.name()).append('}');
                return;
            }
            Object value = context.arguments().get(placeholder.name());
            switch (placeholder.kind()) {
                case "" -> out.append(text(value, context.locale(), context.nested()));
                case "plural" -> {
                    Branch branch = pluralBranch(placeholder.branches(), countOf(value));
                    if (branch != null) {
                        render(branch.start(), branch.end(), context, value, out);
                    }
                }
                case "select" -> {
                    Branch branch = selectBranch(placeholder.branches(), String.valueOf(value));
                    if (branch != null) {
                        render(branch.start(), branch.end(), context, count, out);
                    }
                }
                default -> throw new IllegalStateException("checked when parsed: " + placeholder.kind());
            }
        }

        private static long countOf(Object value) {
            return switch (value) {
                case Number n -> n.longValue();
                case Collection<?> c -> c.size();
                default -> -1;
            };
        }

        private static @Nullable Branch pluralBranch(List<Branch> branches, long count) {
            for (Branch branch : branches) {
                if (branch.selector().equals("=" + count)) {
                    return branch;
                }
            }
            return selectBranch(branches, count == 1 ? "one" : "other");
        }

        private static @Nullable Branch selectBranch(List<Branch> branches, String selector) {
            Branch other = null;
            for (Branch branch : branches) {
                if (branch.selector().equals(selector)) {
                    return branch;
                }
                if (branch.selector().equals("other")) {
                    other = branch;
                }
            }
            return other;
        }

        /** Parses the placeholder whose opening brace is at {@code open}. */
        private Placeholder placeholder(int open, int to) {
            int i = open + 1;
            int nameEnd = i;
            while (nameEnd < to && template.charAt(nameEnd) != ',' && template.charAt(nameEnd) != '}') {
                if (template.charAt(nameEnd) == '{') {
                    throw malformed("a brace inside an argument name", nameEnd);
                }
                nameEnd++;
            }
            if (nameEnd >= to) {
                throw malformed("an unclosed placeholder", open);
            }
            String name = template.substring(i, nameEnd).strip();
            if (!name.matches("[A-Za-z][A-Za-z0-9]*")) {
                throw malformed("an argument name that is not a plain word: '" + name + "'", i);
            }
            if (template.charAt(nameEnd) == '}') {
                return new Placeholder(name, "", List.of(), nameEnd + 1);
            }
            int kindEnd = nameEnd + 1;
            while (kindEnd < to && template.charAt(kindEnd) != ',') {
                kindEnd++;
            }
            String kind = template.substring(nameEnd + 1, Math.min(kindEnd, to)).strip();
            if (!kind.equals("plural") && !kind.equals("select")) {
                throw malformed("the kind '" + kind + "'; only plural and select are known", nameEnd + 1);
            }
            if (kindEnd >= to) {
                throw malformed("an unclosed placeholder", open);
            }
            List<Branch> branches = new ArrayList<>();
            i = kindEnd + 1;
            while (true) {
                while (i < to && Character.isWhitespace(template.charAt(i))) {
                    i++;
                }
                if (i >= to) {
                    throw malformed("an unclosed placeholder", open);
                }
                if (template.charAt(i) == '}') {
                    if (branches.isEmpty()) {
                        throw malformed("a " + kind + " without branches", open);
                    }
                    return new Placeholder(name, kind, List.copyOf(branches), i + 1);
                }
                int selectorStart = i;
                while (i < to && template.charAt(i) != '{' && template.charAt(i) != '}') {
                    i++;
                }
                if (i >= to || template.charAt(i) != '{') {
                    throw malformed("a branch without braces", selectorStart);
                }
                String selector = template.substring(selectorStart, i).strip();
                if (selector.isEmpty()) {
                    throw malformed("a branch without a selector", selectorStart);
                }
                int close = matching(i, to);
                branches.add(new Branch(selector, i + 1, close));
                i = close + 1;
            }
        }

        /** The index of the brace closing the one at {@code open}. */
        private int matching(int open, int to) {
            int depth = 0;
            for (int i = open; i < to; i++) {
                char c = template.charAt(i);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return i;
                }
            }
            throw malformed("an unclosed branch", open);
        }

        private IllegalArgumentException malformed(String what, int at) {
            return new IllegalArgumentException("Message template has " + what + " at character " + at + ": "
                    + template);
        }
    }
}
