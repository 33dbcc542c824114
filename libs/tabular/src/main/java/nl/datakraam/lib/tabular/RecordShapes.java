// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.List;
import java.util.TreeMap;

/**
 * Tallies records whose number of values differs from the header's (or, without a header, the first record's), so
 * that the report can say which lines are ragged and what was done; constant memory.
 */
final class RecordShapes {

    private int width;
    private final LineTally extraValues = new LineTally();
    private final LineTally extraBlanks = new LineTally();
    private final TreeMap<Integer, LineTally> shortRecords = new TreeMap<>();

    /** @param headerWidth the header's number of values, or -1 to take the first record's */
    RecordShapes(int headerWidth) {
        this.width = headerWidth;
    }

    void add(CsvRecord record) {
        List<String> values = record.values();
        int n = values.size();
        if (width < 0) {
            width = n;
        }
        if (n > width) {
            boolean content = false;
            for (int i = width; i < n && !content; i++) {
                content = !Cells.trimmed(values.get(i)).isEmpty();
            }
            (content ? extraValues : extraBlanks).add(record.line(), n);
        } else if (n < width) {
            shortRecords.computeIfAbsent(n, k -> new LineTally()).add(record.line(), n);
        }
    }

    /** The expected number of values: the header's, else the first record's, else 0. */
    int width() {
        return Math.max(width, 0);
    }

    /** Records with a non-blank value beyond {@link #width()}, measured by their number of values. */
    LineTally extraValues() {
        return extraValues;
    }

    /** Records with more values than {@link #width()}, all of the extra ones blank. */
    LineTally extraBlanks() {
        return extraBlanks;
    }

    /** Records with fewer values than {@code needed}, measured by their number of values. */
    LineTally shortRecords(int needed) {
        return LineTally.merge(shortRecords.headMap(needed).values());
    }
}
