// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to save or change a query ({@code POST /v1/saved-queries}, {@code PUT /v1/saved-queries/{id}}).
 *
 * @param title       1–500 characters
 * @param description free text; null or blank for none
 * @param sql         one SELECT statement the caller may run
 * @param builder     the no-SQL builder's state: a JSON object, kept as text and given back as it was; null for none
 */
public record NewSavedQuery(@Nullable String title, @Nullable String description, @Nullable String sql,
        @Nullable String builder) {
}
