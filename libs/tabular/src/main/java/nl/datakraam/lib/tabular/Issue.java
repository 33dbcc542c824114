// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import org.jspecify.annotations.Nullable;

/**
 * Something found while reading a file, for the steward's report. Messages never quote cell values (they may be
 * personal data); they name lines or rows, fields, sheets and bytes.
 *
 * @param severity how much it matters
 * @param code     a stable kebab-case key for translation and tests, e.g. {@code encoding.undefined-byte},
 *                 {@code row.extra-values}, {@code row.missing-values}, {@code column.empty-dropped},
 *                 {@code sheet.chosen}, {@code sheet.error-values}, {@code json.table-path},
 *                 {@code json.flattened}, {@code json.array-as-text}
 * @param line     the 1-based position of the first occurrence, in the unit of
 *                 {@link TabularFormat#positionName()} (a physical line, or a sheet row for workbooks), or 0 for the
 *                 whole file
 * @param column   the 1-based position of the value in the record, or 0 when not about one column
 * @param field    the name of the field concerned, or null
 * @param message  English: what was found, what was done, and what the steward can do
 */
public record Issue(Severity severity, String code, long line, int column, @Nullable String field, String message) {
}
