// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.tabular;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * Counts record positions (lines or rows) with some property and keeps the first few, with a measure of the first
 * (such as its number of values), for issue messages; constant memory.
 */
final class LineTally {

    private static final int KEPT = 5;

    private final long[] first = new long[KEPT];
    private int kept;
    private long count;
    private int firstMeasure;

    /** Adds a line; lines must be added in increasing order. */
    void add(long line) {
        add(line, 0);
    }

    /** Adds a line with a measure of it, e.g. its number of values; lines must be added in increasing order. */
    void add(long line, int measure) {
        if (kept == 0) {
            firstMeasure = measure;
        }
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

    /** The measure given with the first line, or 0. */
    int firstMeasure() {
        return firstMeasure;
    }

    /** The tallies as one: the first lines of all of them, the measure of the earliest, and the sum of counts. */
    static LineTally merge(Collection<LineTally> tallies) {
        LineTally merged = new LineTally();
        long[] lines = tallies.stream()
                .flatMapToLong(tally -> Arrays.stream(tally.first, 0, tally.kept))
                .sorted()
                .limit(KEPT)
                .toArray();
        merged.firstMeasure = tallies.stream().filter(tally -> tally.kept > 0)
                .min(Comparator.comparingLong(LineTally::firstLine)).map(LineTally::firstMeasure).orElse(0);
        for (long line : lines) {
            merged.add(line, merged.firstMeasure);
        }
        merged.count = tallies.stream().mapToLong(LineTally::count).sum();
        return merged;
    }

    /**
     * The message arguments that describe the tally: {@code count} (all positions), {@code lines} (the first few)
     * and {@code more} (how many are not listed).
     */
    Map<String, Object> arguments() {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("count", count);
        List<Long> lines = LongStream.of(Arrays.copyOf(first, kept)).boxed().toList();
        arguments.put("lines", lines);
        arguments.put("more", count - kept);
        return arguments;
    }
}
