// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Counts record positions (lines or rows) with some property and keeps the first few, for issue messages; constant
 * memory.
 */
final class LineTally {

    private static final int KEPT = 5;

    private final long[] first = new long[KEPT];
    private int kept;
    private long count;

    /** Adds a line; lines must be added in increasing order. */
    void add(long line) {
        if (kept < KEPT) {
            first[kept++] = line;
        }
        count++;
    }

    long count() {
        return count;
    }

    /** The first line added, or 0. */
    long firstLine() {
        return kept == 0 ? 0 : first[0];
    }

    /** The tallies as one: the first lines of all of them, and the sum of their counts. */
    static LineTally merge(Collection<LineTally> tallies) {
        LineTally merged = new LineTally();
        long[] lines = tallies.stream()
                .flatMapToLong(tally -> Arrays.stream(tally.first, 0, tally.kept))
                .sorted()
                .limit(KEPT)
                .toArray();
        for (long line : lines) {
            merged.add(line);
        }
        merged.count = tallies.stream().mapToLong(LineTally::count).sum();
        return merged;
    }

    /**
     * E.g. "line 3", "lines 3, 5 and 9", or "lines 3, 5, 9, 12, 15 and 20 more".
     *
     * @param unit what a position counts, singular: {@code line} or {@code row}
     */
    String describe(String unit) {
        String lines = LongStream.of(Arrays.copyOf(first, kept)).mapToObj(Long::toString)
                .collect(Collectors.joining(", "));
        if (count == 1) {
            return unit + " " + lines;
        }
        if (count > kept) {
            return unit + "s " + lines + " and " + (count - kept) + " more";
        }
        int lastComma = lines.lastIndexOf(", ");
        return unit + "s " + lines.substring(0, lastComma) + " and " + lines.substring(lastComma + 2);
    }
}
