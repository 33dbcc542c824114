// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

/**
 * A column of a result, described as Frictionless Table Schema describes a field (v1, §"Types and formats").
 *
 * @param name   the column name
 * @param type   a Table Schema type: {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date},
 *               {@code datetime}, {@code array}, {@code object}, or {@code any} for types without a Table Schema
 *               counterpart. Geometry (WKB, DuckDB {@code GEOMETRY}) and other binary values are {@code string}
 *               with format {@code binary}, their values base64, as {@code GET /v1/datasets/{id}/schema} says
 * @param format the Table Schema format: {@code binary} for base64-encoded bytes, {@code default} otherwise
 */
public record ResultField(String name, String type, String format) {

    /** The format of base64-encoded binary values (Table Schema §"string"). */
    public static final String BINARY = "binary";

    /** A field with the default format. */
    public static ResultField of(String name, String type) {
        return new ResultField(name, type, "default");
    }
}
