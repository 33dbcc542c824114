// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A steward's choice for one field, kept per dataset and applied to its next versions where the field still fits.
 *
 * @param type        Table Schema type: {@code string}, {@code integer}, {@code number}, {@code date},
 *                    {@code datetime}
 * @param format      for dates and date-times, a strptime pattern of the source such as {@code %d-%m-%Y}; null for
 *                    the inferred one
 * @param decimalChar for numbers, the source's decimal separator ({@code ,} or {@code .}); null for the inferred one
 */
public record FieldOverride(String type, @Nullable String format, @Nullable String decimalChar) {
}
