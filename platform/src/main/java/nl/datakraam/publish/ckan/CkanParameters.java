// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ckan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The parameters of one action call, read as CKAN reads them ({@code ckan/views/api.py} and the action schemas): the
 * URL's query parameters (each a string; a repeated one a list), overridden by the members of a JSON object body.
 * A list or object parameter may be given as JSON ({@code facet.field=["tags"]}, {@code filters={"a":1}}) or as
 * JSON in a string. Wrong values are CKAN's {@code Validation Error} with CKAN's messages ({@code Invalid integer},
 * {@code Must be a natural number}, {@code Cannot parse JSON}).
 */
final class CkanParameters {

    private static final Set<String> TRUE = Set.of("true", "yes", "on", "1", "t", "y");
    private static final Set<String> FALSE = Set.of("false", "no", "off", "0", "f", "n");

    private final Map<String, JsonNode> values;
    private final MultiValueMap<String, String> query;
    private final JsonMapper json;

    private CkanParameters(Map<String, JsonNode> values, MultiValueMap<String, String> query, JsonMapper json) {
        this.values = values;
        this.query = query;
        this.json = json;
    }

    /**
     * @param query the URL's query parameters
     * @param body  the request body; null or blank for none, else a JSON object
     * @throws CkanError a bare 400 {@code Bad request - JSON Error: ...} for a body that is not JSON, or
     *     {@code Bad request - Bad request data: ...} for JSON that is not an object, as CKAN answers
     */
    static CkanParameters of(MultiValueMap<String, String> query, @Nullable String body, JsonMapper json) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        query.forEach((name, list) -> {
            if (list.size() == 1) {
                values.put(name, JsonNodeFactory.instance.stringNode(list.getFirst()));
            } else {
                var array = JsonNodeFactory.instance.arrayNode();
                list.forEach(array::add);
                values.put(name, array);
            }
        });
        if (body != null && !body.isBlank()) {
            JsonNode parsed;
            try {
                parsed = json.readTree(body);
            } catch (JacksonException e) {
                throw CkanError.badRequest("JSON Error: " + e.getOriginalMessage());
            }
            if (!parsed.isObject()) {
                throw CkanError.badRequest("Bad request data: Request data JSON decoded to " + parsed
                        + " but it needs to be a dictionary.");
            }
            parsed.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        }
        return new CkanParameters(values, query, json);
    }

    /** The URL's own query parameters, for CKAN's {@code _links}. */
    MultiValueMap<String, String> query() {
        return query;
    }

    boolean has(String name) {
        JsonNode value = values.get(name);
        return value != null && !value.isNull() && !(value.isString() && value.asString().isEmpty());
    }

    /** A single text value; null when absent or empty. Numbers and booleans are given as their text. */
    @Nullable String text(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = values.get(name);
        if (value.isContainer()) {
            throw CkanError.invalid(name, "Must be a string");
        }
        return value.asString();
    }

    /** A single text value that must be there; CKAN's {@code Missing value} otherwise. */
    String required(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw CkanError.missing(name);
        }
        return value;
    }

    /**
     * A whole number of 0 or more, or {@code fallback} when absent.
     *
     * @throws CkanError {@code Invalid integer} or {@code Must be a natural number}
     */
    int natural(String name, int fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw CkanError.invalid(name, "Invalid integer");
        }
        if (number < 0) {
            throw CkanError.invalid(name, "Must be a natural number");
        }
        return number;
    }

    /** A boolean as CKAN's {@code asbool} reads it ({@code true}, {@code yes}, {@code 1}, …), or {@code fallback}. */
    boolean bool(String name, boolean fallback) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (TRUE.contains(v)) {
            return true;
        }
        if (FALSE.contains(v)) {
            return false;
        }
        throw CkanError.invalid(name, "Invalid boolean");
    }

    /**
     * A JSON value: as given in a JSON body, or parsed from a string; null when absent.
     *
     * @throws CkanError {@code Cannot parse JSON} for a string that is not JSON
     */
    @Nullable JsonNode json(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = values.get(name);
        if (!value.isString()) {
            return value;
        }
        try {
            return json.readTree(value.asString());
        } catch (JacksonException e) {
            throw CkanError.invalid(name, "Cannot parse JSON");
        }
    }

    /**
     * An object: given as a JSON object, or as a string holding one; null when absent or given as other text (a
     * parameter that takes text or an object, like {@code datastore_search}'s {@code q}).
     *
     * @throws CkanError {@code Cannot parse JSON} for a string that starts as an object but is not JSON
     */
    @Nullable JsonNode object(String name) {
        if (!has(name)) {
            return null;
        }
        JsonNode value = values.get(name);
        if (value.isString() && value.asString().strip().startsWith("{")) {
            value = json(name);
        }
        return value.isObject() ? value : null;
    }

    /**
     * A list of strings: a JSON array, a JSON array in a string, a repeated query parameter, or comma-separated text;
     * empty when absent.
     */
    List<String> list(String name) {
        if (!has(name)) {
            return List.of();
        }
        JsonNode value = values.get(name);
        if (value.isString() && value.asString().strip().startsWith("[")) {
            value = json(name);
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                if (item.isContainer()) {
                    throw CkanError.invalid(name, "Must be a list of strings");
                }
                items.add(item.asString());
            }
            return items;
        }
        if (value.isContainer()) {
            throw CkanError.invalid(name, "Must be a list of strings");
        }
        return Arrays.stream(value.asString().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
