// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/**
 * A <a href="https://specs.frictionlessdata.io/table-schema/">Frictionless Table Schema</a>.
 *
 * @param fields        the fields in record order
 * @param missingValues the values read as missing in fields that do not list their own: always {@code ""}, plus every
 *                      null token (such as {@code NULL} or {@code n.v.t.}) that inference found in a typed field
 */
public record TableSchema(List<Field> fields, List<String> missingValues) {

    public TableSchema {
        fields = List.copyOf(fields);
        missingValues = List.copyOf(missingValues);
    }
}
