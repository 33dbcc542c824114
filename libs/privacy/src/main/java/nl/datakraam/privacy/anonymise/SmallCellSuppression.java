// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Small-cell suppression of a two-way frequency table with its row, column and grand totals, the way statistical
 * offices protect published tables (Hundepool et al., <i>Statistical Disclosure Control</i>, Wiley 2012, ch. 4
 * "Frequency tables"; the ESSnet <i>Handbook on Statistical Disclosure Control</i> 1.2, 2010, §4.2–4.3; CBS and
 * Eurostat publish with τ-ARGUS, which implements these rules optimally).
 *
 * <ol>
 *   <li><b>Primary suppression</b> (the threshold rule): every cell, totals included, with a count of 1 up to
 *       {@code threshold − 1} is suppressed. Zeros are published (see the limits).</li>
 *   <li><b>Secondary suppression</b>, so that no suppressed cell can be worked out from the totals: the table with
 *       its totals is a set of lines (each row with its row total, each column with its column total, the totals row
 *       and column with the grand total), each an equation "cells add up to the total". A line with exactly one
 *       suppressed member gives that member away, so its smallest published inner cell with a count above zero (else
 *       a zero cell, else its total) is suppressed too; this is repeated until no line has exactly one suppressed
 *       member. Then an <b>audit</b> solves all lines together (Gaussian elimination: a suppressed cell is given away
 *       when its unit vector lies in the row space of the equations over the suppressed cells) and, for each cell that
 *       is still exactly determined (e.g. a cell bridging two otherwise closed patterns), suppresses the smallest
 *       published cell of its row (else its column) and starts over — until no suppressed cell is determined.</li>
 * </ol>
 *
 * <p>Limits: the choice of secondary cells is greedy (smallest cell first), not the minimum information loss that
 * τ-ARGUS's optimisation finds; protection is against exact recovery only: with non-negativity an attacker still
 * gets an interval for each suppressed cell, which may be narrow (no protection interval, "sliding protection", is
 * enforced); zeros are published, so a row of zeros beside one suppressed cell still says the group is small, and a
 * zero can disclose that nobody in a group has a property (group disclosure); tables are protected one at a time, so
 * linked tables published together (sharing a margin) may give away cells across tables. Cost: O((r·c)³) for the
 * audit; meant for published tables of up to a few thousand cells.
 */
public final class SmallCellSuppression {

    /** Default threshold: counts below 5 are suppressed. */
    public static final int DEFAULT_THRESHOLD = 5;

    /** Why a cell is, or is not, shown. */
    public enum Status {
        PUBLISHED, PRIMARY, SECONDARY
    }

    /**
     * The protected table.
     *
     * @param counts the counts with totals: {@code rows + 1} by {@code columns + 1}, the last row and column the
     *               totals, the last cell the grand total
     * @param status the status of each of those cells
     */
    public record Result(long[][] counts, Status[][] status) {

        /** Whether the cell (row, column) of the table with totals is suppressed. */
        public boolean suppressed(int row, int column) {
            return status[row][column] != Status.PUBLISHED;
        }

        /** How many cells have this status. */
        public int count(Status wanted) {
            int n = 0;
            for (Status[] row : status) {
                for (Status s : row) {
                    n += s == wanted ? 1 : 0;
                }
            }
            return n;
        }

        /** The table as it is published: suppressed cells null. */
        public List<List<Long>> published() {
            List<List<Long>> rows = new ArrayList<>();
            for (int r = 0; r < counts.length; r++) {
                List<Long> row = new ArrayList<>();
                for (int c = 0; c < counts[r].length; c++) {
                    row.add(suppressed(r, c) ? null : counts[r][c]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private SmallCellSuppression() {
    }

    /**
     * Protects the table of {@code cells} (rows by columns, no totals; counts ≥ 0).
     *
     * @param threshold counts from 1 to {@code threshold − 1} are suppressed; 2 or more
     * @throws AnonymisationException {@code cells-invalid} for a ragged or empty table or a negative count;
     *     {@code threshold-range} for a threshold below 2
     */
    public static Result suppress(long[][] cells, int threshold) {
        if (threshold < 2) {
            throw new AnonymisationException("threshold-range", Map.of("threshold", threshold, "min", 2),
                    "The small-cell threshold must be 2 or more.");
        }
        long[][] table = withTotals(cells);
        int rows = table.length;
        int columns = table[0].length;
        Status[][] status = new Status[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                status[r][c] = table[r][c] >= 1 && table[r][c] < threshold ? Status.PRIMARY : Status.PUBLISHED;
            }
        }
        while (true) {
            lineRule(table, status);
            int @Nullable [] determined = firstDetermined(status);
            if (determined == null) {
                return new Result(table, status);
            }
            int @Nullable [] partner = smallestPublished(table, status, line(determined[0], -1, rows, columns));
            if (partner == null) {
                partner = smallestPublished(table, status, line(-1, determined[1], rows, columns));
            }
            if (partner == null) {
                // every member of both lines is suppressed, so the audit cannot have found this cell determined
                throw new IllegalStateException("no cell left to suppress beside a determined cell");
            }
            status[partner[0]][partner[1]] = Status.SECONDARY;
        }
    }

    private static long[][] withTotals(long[][] cells) {
        if (cells.length == 0 || cells[0].length == 0) {
            throw new AnonymisationException("cells-invalid", Map.of(), "The table has no cells.");
        }
        int rows = cells.length;
        int columns = cells[0].length;
        long[][] table = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            if (cells[r].length != columns) {
                throw new AnonymisationException("cells-invalid", Map.of("row", r), "Row " + r + " of the table"
                        + " has " + cells[r].length + " cells instead of " + columns + ".");
            }
            for (int c = 0; c < columns; c++) {
                if (cells[r][c] < 0) {
                    throw new AnonymisationException("cells-invalid", Map.of("row", r, "column", c),
                            "Counts cannot be negative.");
                }
                table[r][c] = cells[r][c];
                table[r][columns] += cells[r][c];
                table[rows][c] += cells[r][c];
                table[rows][columns] += cells[r][c];
            }
        }
        return table;
    }

    /**
     * The members of a line of the table with totals: row {@code row} (when ≥ 0) or column {@code column}; the
     * line's total last.
     */
    private static List<int[]> line(int row, int column, int rows, int columns) {
        List<int[]> members = new ArrayList<>();
        if (row >= 0) {
            for (int c = 0; c < columns; c++) {
                members.add(new int[] {row, c});
            }
        } else {
            for (int r = 0; r < rows; r++) {
                members.add(new int[] {r, column});
            }
        }
        return members;
    }

    private static List<List<int[]>> lines(int rows, int columns) {
        List<List<int[]>> lines = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            lines.add(line(r, -1, rows, columns));
        }
        for (int c = 0; c < columns; c++) {
            lines.add(line(-1, c, rows, columns));
        }
        return lines;
    }

    private static void lineRule(long[][] table, Status[][] status) {
        List<List<int[]>> lines = lines(table.length, table[0].length);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<int[]> line : lines) {
                if (line.stream().filter(m -> status[m[0]][m[1]] != Status.PUBLISHED).count() == 1) {
                    int[] partner = smallestPublished(table, status, line);
                    if (partner != null) {
                        status[partner[0]][partner[1]] = Status.SECONDARY;
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * The published inner member (not the line's total) with the smallest count above zero; else a published zero;
     * else the line's total if published; null when every member is suppressed.
     */
    private static int @Nullable [] smallestPublished(long[][] table, Status[][] status, List<int[]> line) {
        int @Nullable [] best = null;
        int @Nullable [] zero = null;
        for (int[] member : line.subList(0, line.size() - 1)) {
            if (status[member[0]][member[1]] != Status.PUBLISHED) {
                continue;
            }
            long count = table[member[0]][member[1]];
            if (count == 0) {
                zero = zero == null ? member : zero;
            } else if (best == null || count < table[best[0]][best[1]]) {
                best = member;
            }
        }
        if (best != null) {
            return best;
        }
        if (zero != null) {
            return zero;
        }
        int[] total = line.getLast();
        return status[total[0]][total[1]] == Status.PUBLISHED ? total : null;
    }

    /**
     * The first suppressed cell that the lines determine exactly, or null: with the suppressed cells as unknowns,
     * cell j is determined iff adding its unit vector to the equations does not raise their rank.
     */
    static int @Nullable [] firstDetermined(Status[][] status) {
        int rows = status.length;
        int columns = status[0].length;
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                index[r][c] = -1;
                if (status[r][c] != Status.PUBLISHED) {
                    index[r][c] = unknowns.size();
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        if (unknowns.isEmpty()) {
            return null;
        }
        List<double[]> equations = new ArrayList<>();
        for (List<int[]> line : lines(rows, columns)) {
            double[] equation = new double[unknowns.size()];
            boolean any = false;
            for (int i = 0; i < line.size(); i++) {
                int[] m = line.get(i);
                if (index[m[0]][m[1]] >= 0) {
                    equation[index[m[0]][m[1]]] = i == line.size() - 1 ? -1 : 1;
                    any = true;
                }
            }
            if (any) {
                equations.add(equation);
            }
        }
        int rank = rank(equations, unknowns.size());
        for (int j = 0; j < unknowns.size(); j++) {
            List<double[]> extended = new ArrayList<>(equations);
            double[] unit = new double[unknowns.size()];
            unit[j] = 1;
            extended.add(unit);
            if (rank(extended, unknowns.size()) == rank) {
                return unknowns.get(j);
            }
        }
        return null;
    }

    private static int rank(List<double[]> equations, int width) {
        double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
        int rank = 0;
        for (int column = 0; column < width && rank < m.length; column++) {
            int pivot = rank;
            for (int r = rank + 1; r < m.length; r++) {
                if (Math.abs(m[r][column]) > Math.abs(m[pivot][column])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][column]) < 1e-9) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][column]) > 1e-12) {
                    double factor = m[r][column] / m[rank][column];
                    for (int c = column; c < width; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
