// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the values of one field into Java values, by the field's type, format, separators and missing values.
 * Immutable and thread-safe.
 */
final class FieldValueParser {

    private final Field field;
    private final Set<String> missing;
    private final int reading;
    private final boolean monthFirst;
    private final Map<String, Boolean> booleans = new HashMap<>();

    FieldValueParser(Field field, List<String> schemaMissing) {
        this.field = field;
        this.missing = new HashSet<>(field.missingValues().isEmpty() ? schemaMissing : field.missingValues());
        this.reading = field.type() == FieldType.NUMBER
                ? NumberSyntax.reading(charOf(field.decimalChar(), '.'), charOf(field.groupChar(), '\0'))
                : 0;
        String format = field.format();
        int day = format.indexOf("%d");
        int month = format.indexOf("%m");
        this.monthFirst = day >= 0 && month >= 0 && month < day && !format.startsWith("%Y");
        field.trueValues().forEach(word -> booleans.put(word, Boolean.TRUE));
        field.falseValues().forEach(word -> booleans.put(word, Boolean.FALSE));
    }

    /**
     * The value, or null when it is missing.
     *
     * @param line the record's line, for the exception
     * @throws TabularException {@code value.invalid} if the value does not fit the field
     */
    @Nullable Object parse(String raw, long line) {
        return parse(raw, line, 0, "line");
    }

    /**
     * As {@link #parse(String, long)}, naming the value's place fully in the exception.
     *
     * @param column the 1-based position of the value in its record, or 0
     * @param unit   what {@code line} counts: {@code line}, {@code row} or {@code feature}
     */
    @Nullable Object parse(String raw, long line, int column, String unit) {
        if (field.type() == FieldType.STRING) {
            return missing.contains(raw) ? null : raw;
        }
        String text = Cells.trimmed(raw);
        if (text.isEmpty() || missing.contains(text)) {
            return null;
        }
        Object value = switch (field.type()) {
            case INTEGER -> NumberSyntax.isInteger(text) ? Long.parseLong(text) : null;
            case NUMBER -> number(text);
            case BOOLEAN -> booleans.get(text);
            case DATE, DATETIME, DATETIME_TZ -> temporal(text);
            case STRING -> raw;
        };
        if (value == null) {
            throw new TabularException(TabularCode.VALUE_INVALID, line, column, field.name(),
                    Map.of("unit", unit, "type", field.type().tableSchemaType(), "format", field.format()));
        }
        return value;
    }

    private @Nullable Double number(String text) {
        try {
            return NumberSyntax.parse(text, reading);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private @Nullable Object temporal(String text) {
        TemporalValue value = TemporalSyntax.parse(text);
        if (value == null
                || (value.orders() & (monthFirst ? TemporalValue.MONTH_FIRST : TemporalValue.DAY_FIRST)) == 0) {
            return null;
        }
        boolean timed = value.has(TemporalValue.HAS_TIME);
        boolean zoned = value.has(TemporalValue.HAS_ZONE);
        return switch (field.type()) {
            case DATE -> timed ? null : value.date(monthFirst);
            case DATETIME -> zoned ? null : value.dateTime(monthFirst);
            case DATETIME_TZ -> zoned ? value.utc(monthFirst) : null;
            default -> throw new IllegalStateException("not a temporal type: " + field.type());
        };
    }

    private static char charOf(@Nullable String text, char absent) {
        return text == null || text.isEmpty() ? absent : text.charAt(0);
    }
}
