// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A table the caller may query ({@code GET /v1/query/tables}): a dataset's current version, by its SQL name, with
 * the fields its rows have, as Frictionless Table Schema describes them (as {@code GET /v1/datasets/{id}/schema}
 * serves them, geometry columns included).
 *
 * @param accessLevel the dataset's access level code ({@code openbaar}, {@code intern}, {@code beperkt},
 *                    {@code vertrouwelijk})
 */
public record QueryTable(String tableName, String title, UUID datasetId, String accessLevel, List<Field> fields) {

    /**
     * A field (Table Schema field descriptor, the members the workbench shows).
     *
     * @param title  the field's title; null when it is the name
     * @param type   a Table Schema type ({@code string}, {@code integer}, {@code number}, {@code date} …)
     * @param format the Table Schema format ({@code default}, {@code binary} …)
     */
    public record Field(String name, @Nullable String title, String type, String format) {
    }
}
