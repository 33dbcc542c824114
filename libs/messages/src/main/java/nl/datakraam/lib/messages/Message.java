// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.messages;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A message as data: a stable code, its named arguments and its English text. Readers in another language render
 * the code and arguments from their own template; the English is for logs, the command line and tests. A message
 * may be the argument of another (a CRS proposal inside "the file declares no CRS").
 *
 * <p>Arguments are facts: positions, field and sheet names, counts, limits, byte values, other messages. Never a
 * cell value, which may be personal data.
 *
 * @param code      the stable key of a {@link MessageCode}
 * @param arguments the facts the templates use, by name, sorted; values are strings, numbers, booleans, lists of
 *                  those, or messages. No null values
 * @param english   the English text
 */
public record Message(String code, Map<String, Object> arguments, String english) {

    public Message {
        arguments = sorted(arguments);
    }

    /** A message of {@code code}, its English rendered from the code's template; null arguments are left out. */
    public static Message of(MessageCode code, Map<String, ?> arguments) {
        Map<String, Object> facts = sorted(arguments);
        return new Message(code.key(), facts, code.english(facts));
    }

    /**
     * The arguments sorted by name, without null values, unmodifiable.
     *
     * @throws IllegalArgumentException for a value that is not a string, number, boolean, message or collection of
     *     those
     */
    public static Map<String, Object> sorted(Map<String, ?> arguments) {
        Map<String, Object> sorted = new TreeMap<>();
        arguments.forEach((name, value) -> {
            if (value != null) {
                sorted.put(name, checked(name, value));
            }
        });
        return Collections.unmodifiableMap(sorted);
    }

    private static Object checked(String name, Object value) {
        return switch (value) {
            case String s -> s;
            case Number n -> n;
            case Boolean b -> b;
            case Message m -> m;
            case Collection<?> c -> List.copyOf(c.stream().map(e -> checked(name, e)).toList());
            default -> throw new IllegalArgumentException("Message argument " + name + " is a "
                    + value.getClass().getName() + "; use a string, number, boolean, message or list of those");
        };
    }
}
