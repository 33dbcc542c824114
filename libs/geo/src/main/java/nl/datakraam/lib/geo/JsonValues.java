// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.geo;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The canonical text of JSON values, as {@link Feature#properties()} documents it. Numbers must have been read
 * exactly (integers as integers, decimals as {@link BigDecimal}), never through {@code double}.
 */
final class JsonValues {

    /** Below this exponent (0.000000123…) and from this one (10²¹) numbers are written in scientific notation. */
    private static final int MIN_PLAIN_EXPONENT = -7;
    private static final int MAX_PLAIN_EXPONENT = 21;

    private JsonValues() {
    }

    /** The canonical text of a JSON value, or {@code null} for JSON {@code null}. */
    static @Nullable String text(JsonNode node, ObjectMapper mapper) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isNumber()) {
            return number(node);
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "true" : "false";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = mapper.createGenerator(out)) {
            write(node, generator);
        }
        return out.toString();
    }

    /** The canonical text of a JSON number: see {@link #decimal(BigDecimal)}. */
    static String number(JsonNode node) {
        return node.isIntegralNumber() ? node.bigIntegerValue().toString() : decimal(node.decimalValue());
    }

    /**
     * The shortest plain decimal form of a number: no exponent, no trailing zeros after the decimal point, no
     * decimal point for whole numbers; scientific notation only outside 10⁻⁷ to 10²¹.
     */
    static String decimal(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        int exponent = stripped.precision() - stripped.scale() - 1;
        if (exponent >= MIN_PLAIN_EXPONENT && exponent < MAX_PLAIN_EXPONENT) {
            return stripped.toPlainString();
        }
        return stripped.toString();
    }

    private static void write(JsonNode node, JsonGenerator generator) {
        if (node.isObject()) {
            generator.writeStartObject();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                generator.writeName(member.getKey());
                write(member.getValue(), generator);
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node.values()) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (node.isNumber()) {
            generator.writeNumber(number(node));
        } else if (node.isString()) {
            generator.writeString(node.stringValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else {
            generator.writeNull();
        }
    }
}
