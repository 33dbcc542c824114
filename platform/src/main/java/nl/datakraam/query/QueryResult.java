// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;

/**
 * The answer to a query. Values are JSON-ready: strings, numbers, booleans, ISO 8601 dates ({@code 2024-04-03}),
 * date-times ({@code 2020-03-13T10:00}) and UTC instants ({@code 2024-03-31T01:30:00Z}), or null.
 *
 * @param truncated true when the query had more rows than the row limit and only the first were returned
 */
public record QueryResult(List<ResultField> fields, List<List<Object>> rows, boolean truncated) {
}
