// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.publish.ogc;

import static nl.datakraam.support.SharedFiles.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of the OGC API – Features Part 1 OpenAPI 3.0 building blocks
 * ({@code ../shared/standards/ogcapi-features-1/openapi/ogcapi-features-1-oas30.yaml}), and a check of a JSON
 * document against one of them. The check covers what those schemas use: {@code type}, {@code required},
 * {@code properties}, {@code items}, {@code enum}, {@code oneOf}, {@code allOf}, {@code nullable},
 * {@code minItems}/{@code maxItems}, {@code minimum} and local {@code $ref}s; formats are not checked.
 */
final class OgcBuildingBlocks {

    private final Map<String, Object> schemas;

    @SuppressWarnings("unchecked")
    private OgcBuildingBlocks(Map<String, Object> schemas) {
        this.schemas = schemas;
    }

    /** Reads the building blocks; skips the calling test where {@code ../shared} is absent. */
    @SuppressWarnings("unchecked")
    static OgcBuildingBlocks load() {
        try (Reader reader = Files.newBufferedReader(
                shared("standards/ogcapi-features-1/openapi/ogcapi-features-1-oas30.yaml"))) {
            Map<String, Object> document = new Yaml().load(reader);
            Map<String, Object> components = (Map<String, Object>) document.get("components");
            return new OgcBuildingBlocks((Map<String, Object>) components.get("schemas"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What is wrong with {@code value} as the named schema ({@code landingPage}, {@code collection} …); empty if
     * nothing is.
     */
    List<String> violations(String schema, JsonNode value) {
        List<String> found = new ArrayList<>();
        check(schemaNamed(schema), value, "$", found);
        return found;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> schemaNamed(String name) {
        Object schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalArgumentException("No schema " + name + " in the building blocks");
        }
        return (Map<String, Object>) schema;
    }

    @SuppressWarnings("unchecked")
    private void check(Map<String, Object> schema, JsonNode value, String path, List<String> found) {
        if (schema.get("$ref") instanceof String ref) {
            check(schemaNamed(ref.substring(ref.lastIndexOf('/') + 1)), value, path, found);
            return;
        }
        if (value.isNull()) {
            if (!Boolean.TRUE.equals(schema.get("nullable")) && schema.containsKey("type")) {
                found.add(path + " is null");
            }
            return;
        }
        if (schema.get("allOf") instanceof List<?> all) {
            for (Object part : all) {
                check((Map<String, Object>) part, value, path, found);
            }
        }
        if (schema.get("oneOf") instanceof List<?> one) {
            long passing = one.stream().filter(part -> {
                List<String> inner = new ArrayList<>();
                check((Map<String, Object>) part, value, path, inner);
                return inner.isEmpty();
            }).count();
            if (passing != 1) {
                found.add(path + " matches " + passing + " of the oneOf alternatives, not one");
            }
        }
        if (schema.get("type") instanceof String type && !hasType(value, type)) {
            found.add(path + " is not of type " + type + ": " + value);
            return;
        }
        if (schema.get("enum") instanceof List<?> allowed
                && allowed.stream().noneMatch(a -> String.valueOf(a).equals(value.asString("")))) {
            found.add(path + " is not one of " + allowed);
        }
        if (schema.get("minimum") instanceof Number min && value.isNumber() && value.asDouble() < min.doubleValue()) {
            found.add(path + " is below " + min);
        }
        if (value.isArray()) {
            if (schema.get("minItems") instanceof Number min && value.size() < min.intValue()) {
                found.add(path + " has fewer than " + min + " items");
            }
            if (schema.get("maxItems") instanceof Number max && value.size() > max.intValue()) {
                found.add(path + " has more than " + max + " items");
            }
            if (schema.get("items") instanceof Map<?, ?> items) {
                for (int i = 0; i < value.size(); i++) {
                    check((Map<String, Object>) items, value.get(i), path + "[" + i + "]", found);
                }
            }
        }
        if (value.isObject()) {
            if (schema.get("required") instanceof List<?> required) {
                for (Object member : required) {
                    if (!value.has(String.valueOf(member))) {
                        found.add(path + " lacks " + member);
                    }
                }
            }
            if (schema.get("properties") instanceof Map<?, ?> properties) {
                Iterator<String> names = value.propertyNames().iterator();
                while (names.hasNext()) {
                    String name = names.next();
                    if (properties.get(name) instanceof Map<?, ?> property) {
                        check((Map<String, Object>) property, value.get(name), path + "." + name, found);
                    }
                }
            }
        }
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            default -> true;
        };
    }
}
