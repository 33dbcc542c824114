// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.detect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The detectors over a table: one {@link ColumnScan} per field, with the table's context (whether it has a
 * house-number field). Field names are scanned as well as values. Not thread-safe.
 */
public final class TableScan {

    private final List<ColumnScan> columns;

    /**
     * @param fields the table's field names, in order
     * @param today  the latest plausible date of birth
     */
    public TableScan(List<String> fields, LocalDate today) {
        boolean houseNumber = fields.stream().anyMatch(f -> FieldNames.of(f).houseNumberCue());
        this.columns = fields.stream().map(f -> new ColumnScan(f, today, houseNumber)).toList();
    }

    /** Counts one value of the field at {@code column} (0-based). */
    public void add(int column, @Nullable String value) {
        columns.get(column).add(value);
    }

    /** The findings of all fields, in field order. */
    public List<Finding> findings(long rowsScanned) {
        List<Finding> findings = new ArrayList<>();
        for (ColumnScan column : columns) {
            findings.addAll(column.findings(rowsScanned));
        }
        return findings;
    }
}
