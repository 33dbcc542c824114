// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a <a href="https://specs.frictionlessdata.io/table-schema/#field-descriptors">Table Schema</a>.
 *
 * @param name          a stable, unique, safe identifier made by {@link FieldNames}; {@code column_n} (n the 1-based
 *                      position in the record) for a column without header text
 * @param title         the header text exactly as written, or {@code (no header) n} for a column without one
 * @param type          the type of every non-missing value
 * @param format        {@code default}, or a strptime pattern for dates and date-times such as {@code %d-%m-%Y},
 *                      {@code %Y%m%d}, {@code %d %B %Y} (Dutch month names) or
 *                      {@code %Y-%m-%dT%H:%M:%S%z}; for date-times it describes the fullest form in the column, and
 *                      values with fewer parts (no seconds, date only) are read as well
 * @param decimalChar   for {@link FieldType#NUMBER}: {@code .} or {@code ,}; otherwise null
 * @param groupChar     for {@link FieldType#NUMBER}: the thousands separator when values use one; otherwise null
 * @param trueValues    for {@link FieldType#BOOLEAN}: the exact spellings read as true; otherwise empty
 * @param falseValues   for {@link FieldType#BOOLEAN}: the exact spellings read as false; otherwise empty
 * @param missingValues the exact values read as missing (null) in this field, as in Table Schema v2's field-level
 *                      {@code missingValues}; typed fields are trimmed of surrounding whitespace before the
 *                      comparison, string fields are not; an empty list means the schema's
 *                      {@link TableSchema#missingValues()} apply
 */
public record Field(String name, String title, FieldType type, String format,
                    @Nullable String decimalChar, @Nullable String groupChar,
                    List<String> trueValues, List<String> falseValues, List<String> missingValues) {

    public Field {
        trueValues = List.copyOf(trueValues);
        falseValues = List.copyOf(falseValues);
        missingValues = List.copyOf(missingValues);
    }

    /** A field whose missing values are the schema's. */
    public Field(String name, String title, FieldType type, String format,
                 @Nullable String decimalChar, @Nullable String groupChar,
                 List<String> trueValues, List<String> falseValues) {
        this(name, title, type, format, decimalChar, groupChar, trueValues, falseValues, List.of());
    }
}
