// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A steward's decision on one field of an inferred schema.
 *
 * @param name        the field name as inferred
 * @param type        Table Schema type to read it as: {@code string}, {@code integer}, {@code number},
 *                    {@code date}, {@code datetime}; the inferred type when unchanged
 * @param format      for dates and date-times, the source's strptime pattern (e.g. {@code %d-%m-%Y}); null keeps
 *                    the inferred one
 * @param decimalChar for numbers, {@code ,} or {@code .}; null keeps the inferred one
 */
public record ReviewedField(String name, String type, @Nullable String format, @Nullable String decimalChar) {

    /** Types a steward may choose; booleans keep the spellings ingest found, so they are not offered. */
    public static final List<String> TYPES = List.of("string", "integer", "number", "date", "datetime");
}
