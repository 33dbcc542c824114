// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.datalab;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import org.jspecify.annotations.Nullable;

/**
 * A stored chart: its source, its mapping of answer columns onto the chart, and who may see it. Its data is fetched
 * as the viewer ({@link Charts#data}).
 *
 * @param owner        the account that made it
 * @param description  the text alternative of the chart (what it shows, in words)
 * @param builder      the builder question it came from; null for a chart from SQL
 * @param sql          the SQL that fetches its data (made from {@code builder} when there is one)
 * @param xColumn      the category or x column; null only for {@link ChartType#TABLE}
 * @param valueColumns the value columns (one or more; for a table, the columns shown, all when empty)
 * @param seriesColumn a column whose values split the values into series (a legend), or null
 * @param reads        the SQL names of the datasets the SQL read when it was saved
 */
public record Chart(UUID id, String owner, String title, @Nullable String description, AccessLevel accessLevel,
        ChartType type, @Nullable BuilderQuery builder, String sql, @Nullable String xColumn,
        List<String> valueColumns, @Nullable String seriesColumn, List<String> reads, Instant createdAt,
        Instant modifiedAt) {

    public Chart {
        valueColumns = List.copyOf(valueColumns);
        reads = List.copyOf(reads);
    }
}
