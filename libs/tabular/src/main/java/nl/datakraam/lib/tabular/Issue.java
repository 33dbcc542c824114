// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.HashMap;
import java.util.Map;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.lib.messages.MessageCode;
import org.jspecify.annotations.Nullable;

/**
 * Something found while reading a file, for the steward's report: a stable code, where it is, the facts a message
 * needs, and the English message. Readers in another language render {@code code} with {@code arguments} and the
 * positions from their own template (the platform's message bundles). Messages never quote cell values (they may be
 * personal data); they name lines or rows, columns, fields, sheets, bytes and counts.
 *
 * @param severity  how much it matters
 * @param code      a stable kebab-case key, one of {@link TabularCode} (or a code of the platform's), e.g.
 *                  {@code encoding.undefined-byte}, {@code row.extra-values}
 * @param line      the 1-based position of the first occurrence, in the unit of
 *                  {@link TabularFormat#positionName()} (a physical line, or a sheet row for workbooks), or 0 for the
 *                  whole file
 * @param column    the 1-based position of the value in the record, or 0 when not about one column
 * @param field     the name of the field concerned, or null
 * @param arguments the other facts the code's template uses, by name (see {@link TabularCode}); sorted, never null
 *                  values (see {@link Message#sorted})
 * @param message   English: what was found, where, what was done, and what the steward can do
 */
public record Issue(Severity severity, String code, long line, int column, @Nullable String field,
        Map<String, Object> arguments, String message) {

    public Issue {
        arguments = Message.sorted(arguments);
    }

    /**
     * An issue of {@code code}, its English message rendered from the code's template with the arguments and the
     * positions.
     */
    public static Issue of(Severity severity, MessageCode code, long line, int column, @Nullable String field,
            Map<String, ?> arguments) {
        return new Issue(severity, code.key(), line, column, field, Message.sorted(arguments),
                code.english(withPositions(arguments, line, column, field)));
    }

    /** The arguments with the positions {@code line}, {@code column} and {@code field} added, for a template. */
    public static Map<String, Object> withPositions(Map<String, ?> arguments, long line, int column,
            @Nullable String field) {
        Map<String, Object> all = new HashMap<>(Message.sorted(arguments));
        all.put("line", line);
        all.put("column", column);
        if (field != null) {
            all.put("field", field);
        }
        return all;
    }

    /** The same issue about the field {@code name}; the message stays as it is. */
    Issue withField(String name) {
        return new Issue(severity, code, line, column, name, arguments, message);
    }
}
