// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query;

import java.util.List;

/**
 * A page of a dataset's rows, values as in {@link QueryResult}.
 *
 * @param total rows in the dataset's current version
 */
public record RowsPage(List<ResultField> fields, List<List<Object>> rows, long total) {
}
