// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.Map;
import nl.datakraam.access.AccessLevel;

/**
 * A dataset as the builder offers it.
 *
 * @param tableName   its SQL name ({@link BuilderQuery#dataset()})
 * @param title       its title
 * @param accessLevel its access level
 * @param fields      its current version's fields, name to Frictionless Table Schema type, in schema order
 *                    (geometry left out)
 */
public record BuilderDataset(String tableName, String title, AccessLevel accessLevel, Map<String, String> fields) {

    public BuilderDataset {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }
}
