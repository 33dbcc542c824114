// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import org.jspecify.annotations.Nullable;

/** The least and greatest value of a field, as in {@link QueryResult}; both null when the field has no values. */
public record ValueRange(@Nullable Object min, @Nullable Object max) {
}
