// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.util.List;

/** A version's Frictionless Table Schema: its fields in order and the null tokens found in the source. */
public record DatasetSchema(List<SchemaField> fields, List<String> missingValues) {

    public DatasetSchema {
        fields = List.copyOf(fields);
        missingValues = List.copyOf(missingValues);
    }
}
