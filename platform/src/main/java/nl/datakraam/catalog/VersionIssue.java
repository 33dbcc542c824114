// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import org.jspecify.annotations.Nullable;

/**
 * Something the ingest noticed about the source file and what it did about it.
 *
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param code     stable key, e.g. {@code row.extra-values}
 * @param line     1-based line in the source file; 0 for the whole file
 * @param column   1-based column; 0 when not about one column
 * @param field    field name, when about one field
 * @param message  English sentence: what was found, what was done, what to do
 */
public record VersionIssue(String severity, String code, long line, int column, @Nullable String field,
        String message) {
}
