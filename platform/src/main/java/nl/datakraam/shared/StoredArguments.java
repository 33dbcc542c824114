// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The arguments of a coded message as a table stores them: one JSON object (a nested message as an object of
 * {@code code}, {@code arguments} and {@code english}, which {@link LocalisedMessages} says again), so that a message
 * recorded once (a failed job, a fetch's outcome) can be said later in any language.
 */
public final class StoredArguments {

    private StoredArguments() {
    }

    /** The arguments as a JSON object; null when there are none. */
    public static @Nullable String write(JsonMapper json, Map<String, ?> arguments) {
        return arguments.isEmpty() ? null : json.writeValueAsString(arguments);
    }

    /** Stored arguments in their order, without null values; empty for none (null or blank). */
    public static Map<String, Object> read(JsonMapper json, @Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        Map<String, Object> arguments = new LinkedHashMap<>();
        json.readValue(stored, new TypeReference<Map<String, Object>>() { }).forEach((name, value) -> {
            if (value != null) {
                arguments.put(name, value);
            }
        });
        return arguments;
    }
}
