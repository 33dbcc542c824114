// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a version's schema, as a Frictionless Table Schema field descriptor
 * (https://specs.frictionlessdata.io/table-schema/#field-descriptors): {@code type} is a Table Schema type name
 * ({@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date}, {@code datetime}, and for the
 * geometry columns Datakraam adds, {@code object}); {@code format}, {@code decimalChar}, {@code groupChar},
 * {@code trueValues}, {@code falseValues} and the field's own {@code missingValues} (Table Schema v2; empty means the
 * schema's list applies) describe the source file; {@code description} is the Table Schema {@code description},
 * given for the columns Datakraam adds (null, and left out of the JSON, for a file's own fields).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SchemaField(String name, String title, String type, String format, @Nullable String decimalChar,
        @Nullable String groupChar, List<String> trueValues, List<String> falseValues, List<String> missingValues,
        @Nullable String description) {

    /** Empty lists are left out of the JSON form; reading it back gives them as null, hence the defaults. */
    public SchemaField {
        trueValues = trueValues == null ? List.of() : List.copyOf(trueValues);
        falseValues = falseValues == null ? List.of() : List.copyOf(falseValues);
        missingValues = missingValues == null ? List.of() : List.copyOf(missingValues);
    }

    /** A field of the source file, without a description. */
    public SchemaField(String name, String title, String type, String format, @Nullable String decimalChar,
            @Nullable String groupChar, List<String> trueValues, List<String> falseValues, List<String> missingValues) {
        this(name, title, type, format, decimalChar, groupChar, trueValues, falseValues, missingValues, null);
    }
}
