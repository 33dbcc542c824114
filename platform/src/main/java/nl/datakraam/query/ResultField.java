// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

/**
 * A column of a result.
 *
 * @param name the column name
 * @param type a Frictionless Table Schema type: {@code string}, {@code integer}, {@code number}, {@code boolean},
 *             {@code date}, {@code datetime}, or {@code any} for types without a Table Schema counterpart
 */
public record ResultField(String name, String type) {
}
