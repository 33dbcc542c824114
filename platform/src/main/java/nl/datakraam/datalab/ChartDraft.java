// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a caller sends to make or change a chart ({@code POST /v1/charts}, {@code PUT /v1/charts/{id}}, the form).
 *
 * @param accessLevel {@code openbaar}, {@code intern} or {@code vertrouwelijk}; null for {@code intern}
 * @param type        a {@link ChartType} code; null for {@code bar}
 * @param builder     a builder question; or else {@code sql}
 * @param sql         one SELECT; ignored when {@code builder} is given
 * @param x           the category / x column; null for the answer's first column
 * @param values      the value columns; empty for the answer's last column (for a table: all columns)
 * @param series      the series column, or null
 */
public record ChartDraft(@Nullable String title, @Nullable String description, @Nullable String accessLevel,
        @Nullable String type, @Nullable BuilderQuery builder, @Nullable String sql, @Nullable String x,
        @Nullable List<String> values, @Nullable String series) {
}
