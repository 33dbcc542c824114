// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;

/**
 * The answer to a query, or one page of it. Values are JSON-ready: strings, numbers, booleans, ISO 8601 dates
 * ({@code 2024-04-03}), date-times ({@code 2020-03-13T10:00}) and UTC instants ({@code 2024-03-31T01:30:00Z}), or
 * null.
 *
 * @param truncated true when the answer has more rows after these (beyond the row limit, or the page asked for)
 * @param offset    rows of the answer skipped before these (0 for the first page)
 * @param more      the same as {@code truncated}, named for paging: there is a next page. The total is not counted
 */
public record QueryResult(List<ResultField> fields, List<List<Object>> rows, boolean truncated, long offset,
        boolean more) {

    /** The first page of an answer. */
    public QueryResult(List<ResultField> fields, List<List<Object>> rows, boolean truncated) {
        this(fields, rows, truncated, 0, truncated);
    }
}
