// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;

/**
 * What {@link TabularInference} found in a file: how to read it, what its fields are, and what the steward should
 * know.
 *
 * @param layout        how to read the file again: {@link RecordSource#open(java.nio.file.Path, SourceLayout)} with it
 *                      yields the same records
 * @param schema        the inferred schema
 * @param rowCount      data records in the file (the header not included; for workbooks, rows with a value)
 * @param byteCount     bytes in the file
 * @param issues        what was found, in the order found
 * @param sourceColumns for each field of the schema, in order, the 1-based position of its value in a
 *                      {@link CsvRecord}; positions are skipped where an empty column was dropped
 */
public record Inference(SourceLayout layout, TableSchema schema, long rowCount, long byteCount, List<Issue> issues,
                        List<Integer> sourceColumns) {

    /** @throws IllegalArgumentException if sourceColumns and the schema's fields differ in number */
    public Inference {
        issues = List.copyOf(issues);
        sourceColumns = List.copyOf(sourceColumns);
        if (sourceColumns.size() != schema.fields().size()) {
            throw new IllegalArgumentException("one source column per field is needed");
        }
    }

    /**
     * The same file read with another schema, for instance one a steward reviewed.
     *
     * @throws IllegalArgumentException if the schema has a different number of fields
     */
    public Inference withSchema(TableSchema reviewed) {
        return new Inference(layout, reviewed, rowCount, byteCount, issues, sourceColumns);
    }
}
