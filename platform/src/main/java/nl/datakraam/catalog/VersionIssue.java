// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import nl.datakraam.shared.LocalisedMessages;
import org.jspecify.annotations.Nullable;

/**
 * Something the ingest noticed about the source file and what it did about it. {@code code} and {@code arguments}
 * let the interface say it in the reader's language ({@code issue.<code>} in the message bundles); {@code message}
 * is the English it was recorded with.
 *
 * @param severity  {@code info}, {@code warning} or {@code error}
 * @param code      stable key, e.g. {@code row.extra-values}; one of {@link nl.datakraam.shared.MessageCodes#all()}
 * @param line      1-based position in the source file (a line, a sheet row, or a feature); 0 for the whole file
 * @param column    1-based column; 0 when not about one column
 * @param field     field name, when about one field
 * @param arguments the other facts the message names (counts, byte values, types, sheet names, a nested message as
 *                  {@code {code, arguments, english}}), by name; empty for issues recorded before they were kept
 * @param message   English sentence: what was found, what was done, what to do
 */
public record VersionIssue(String severity, String code, long line, int column, @Nullable String field,
        Map<String, Object> arguments, String message) {

    public VersionIssue {
        Map<String, Object> sorted = new TreeMap<>();
        if (arguments != null) {
            arguments.forEach((name, value) -> {
                if (value != null) {
                    sorted.put(name, value);
                }
            });
        }
        arguments = Collections.unmodifiableMap(sorted);
    }

    /**
     * The same issue with its message in the reader's language ({@code issue.<code>} of the message bundles), for a
     * response or a page; the English stays where the bundles cannot say it.
     *
     * @param file the name of the file the issue is about, or null
     */
    public VersionIssue localised(LocalisedMessages messages, @Nullable String file, Locale locale) {
        return new VersionIssue(severity, code, line, column, field, arguments,
                messages.issue(code, arguments, file, line, column, field, locale, message));
    }

    /**
     * An issue of {@code code}, its English rendered from the code's template with the arguments and positions.
     *
     * @param severity {@code info}, {@code warning} or {@code error}
     */
    public static VersionIssue of(String severity, MessageCode code, long line, int column, @Nullable String field,
            Map<String, ?> arguments) {
        Map<String, Object> all = new HashMap<>(Message.sorted(arguments));
        all.put("line", line);
        all.put("column", column);
        if (field != null) {
            all.put("field", field);
        }
        return new VersionIssue(severity, code.key(), line, column, field, Message.sorted(arguments),
                code.english(all));
    }
}
