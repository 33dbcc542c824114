// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.anonymise;

import static nl.datakraam.privacy.anonymise.SmallCellSuppression.Status.PRIMARY;
import static nl.datakraam.privacy.anonymise.SmallCellSuppression.Status.PUBLISHED;
import static nl.datakraam.privacy.anonymise.SmallCellSuppression.Status.SECONDARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.datakraam.privacy.anonymise.SmallCellSuppression.Status;
import org.junit.jupiter.api.Test;

/**
 * Each protected table is attacked independently of the implementation: {@link #feasibleValues} enumerates every
 * filling of the suppressed cells with non-negative whole numbers that agrees with all published cells and totals.
 */
class SmallCellSuppressionTest {

    /*
     *          A    B    C  | total
     *   r1    12    3   20  |   35
     *   r2    15   18   25  |   58
     *   r3     9   14   30  |   53
     *   total 36   35   75  |  146
     */
    private static final long[][] TABLE = {{12, 3, 20}, {15, 18, 25}, {9, 14, 30}};

    @Test
    void primarySuppressionAloneLeaksThroughTheRowTotal() {
        Status[][] primaryOnly = new Status[4][4];
        for (Status[] row : primaryOnly) {
            java.util.Arrays.fill(row, PUBLISHED);
        }
        primaryOnly[0][1] = PRIMARY;
        long[][] withTotals = SmallCellSuppression.suppress(TABLE, 2).counts(); // threshold 2: nothing suppressed

        List<Set<Long>> feasible = feasibleValues(withTotals, primaryOnly);

        assertThat(feasible).containsExactly(Set.of(3L)); // 35 − 12 − 20: recovered exactly
    }

    @Test
    void secondarySuppressionLeavesEverySuppressedCellOpen() {
        SmallCellSuppression.Result result = SmallCellSuppression.suppress(TABLE, 5);

        assertThat(result.status()).isDeepEqualTo(new Status[][] {
                {SECONDARY, PRIMARY, PUBLISHED, PUBLISHED},
                {PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED},
                {SECONDARY, SECONDARY, PUBLISHED, PUBLISHED},
                {PUBLISHED, PUBLISHED, PUBLISHED, PUBLISHED}});
        assertThat(result.published()).containsExactly(
                java.util.Arrays.asList(null, null, 20L, 35L),
                List.of(15L, 18L, 25L, 58L),
                java.util.Arrays.asList(null, null, 30L, 53L),
                List.of(36L, 35L, 75L, 146L));
        assertThat(feasibleValues(result.counts(), result.status()))
                .allSatisfy(values -> assertThat(values).hasSizeGreaterThan(1));
        assertThat(feasibleValues(result.counts(), result.status()).get(1)).contains(3L, 4L, 2L);
    }

    @Test
    void suppressesSmallTotalsAndTheCellsThatWouldGiveThemAway() {
        long[][] table = {{2, 1}, {40, 50}};

        SmallCellSuppression.Result result = SmallCellSuppression.suppress(table, 5);

        assertThat(result.status()[0][2]).as("row total 3").isEqualTo(PRIMARY);
        assertThat(feasibleValues(result.counts(), result.status()))
                .allSatisfy(values -> assertThat(values).hasSizeGreaterThan(1));
    }

    /*
     * Every line has 0 or at least 2 primary cells, so the line rule adds nothing, but the cell (0,2) bridges the two
     * closed patterns and rows 0 and 1 minus columns 0 and 1 give it away: x02 = 6 + 3 − 3 − 3 = 3. The audit must
     * find it and suppress more.
     */
    @Test
    void theAuditCatchesACellThatTheLinesGiveAwayTogether() {
        long[][] table = {{1, 2, 3, 50}, {2, 1, 40, 60}, {30, 40, 1, 2}, {70, 80, 3, 1}};

        SmallCellSuppression.Result result = SmallCellSuppression.suppress(table, 5);

        assertThat(result.count(PRIMARY)).isEqualTo(9);
        assertThat(result.count(SECONDARY)).isGreaterThanOrEqualTo(1);
        assertThat(determinedByElimination(result.counts(), result.status())).isEmpty();
        Status[][] primaryOnly = new Status[5][5];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                primaryOnly[r][c] = r < 4 && c < 4 && table[r][c] < 5 ? PRIMARY : PUBLISHED;
            }
        }
        assertThat(determinedByElimination(result.counts(), primaryOnly)).containsExactly(List.of(0, 2));
    }

    @Test
    void refusesATooLowThresholdOrARaggedTable() {
        assertThatThrownBy(() -> SmallCellSuppression.suppress(TABLE, 1)).isInstanceOf(AnonymisationException.class);
        assertThatThrownBy(() -> SmallCellSuppression.suppress(new long[][] {{1, 2}, {3}}, 5))
                .isInstanceOf(AnonymisationException.class);
    }

    /**
     * For each suppressed cell (row by row), every value it can take in a filling of all suppressed cells with whole
     * numbers from 0 to the grand total that makes every row, column and the totals add up.
     */
    private static List<Set<Long>> feasibleValues(long[][] table, Status[][] status) {
        int n = table.length;
        int m = table[0].length;
        List<int[]> unknowns = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                if (status[r][c] != PUBLISHED) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<Set<Long>> values = new ArrayList<>();
        unknowns.forEach(u -> values.add(new HashSet<>()));
        long[][] filled = new long[n][m];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                filled[r][c] = status[r][c] == PUBLISHED ? table[r][c] : -1;
            }
        }
        long bound = status[n - 1][m - 1] == PUBLISHED ? table[n - 1][m - 1] : 1000;
        fill(filled, unknowns, 0, bound, values);
        return values;
    }

    private static void fill(long[][] filled, List<int[]> unknowns, int i, long bound, List<Set<Long>> values) {
        if (i == unknowns.size()) {
            if (consistent(filled)) {
                for (int j = 0; j < unknowns.size(); j++) {
                    values.get(j).add(filled[unknowns.get(j)[0]][unknowns.get(j)[1]]);
                }
            }
            return;
        }
        int[] u = unknowns.get(i);
        for (long v = 0; v <= bound; v++) {
            filled[u[0]][u[1]] = v;
            if (partlyConsistent(filled)) {
                fill(filled, unknowns, i + 1, bound, values);
            }
        }
        filled[u[0]][u[1]] = -1;
    }

    /** No complete line fails to add up, and no line's known cells already exceed its known total. */
    private static boolean partlyConsistent(long[][] f) {
        int n = f.length;
        int m = f[0].length;
        for (int r = 0; r < n; r++) {
            long sum = 0;
            boolean complete = true;
            for (int c = 0; c < m - 1; c++) {
                complete &= f[r][c] >= 0;
                sum += Math.max(0, f[r][c]);
            }
            if (f[r][m - 1] >= 0 && (sum > f[r][m - 1] || complete && sum != f[r][m - 1])) {
                return false;
            }
        }
        for (int c = 0; c < m; c++) {
            long sum = 0;
            boolean complete = true;
            for (int r = 0; r < n - 1; r++) {
                complete &= f[r][c] >= 0;
                sum += Math.max(0, f[r][c]);
            }
            if (f[n - 1][c] >= 0 && (sum > f[n - 1][c] || complete && sum != f[n - 1][c])) {
                return false;
            }
        }
        return true;
    }

    private static boolean consistent(long[][] f) {
        return partlyConsistent(f);
    }

    /**
     * The suppressed cells the equations fix to one value, by reduced row echelon form: a pivot variable whose row
     * has no free variable is determined.
     */
    private static List<List<Integer>> determinedByElimination(long[][] table, Status[][] status) {
        int n = table.length;
        int m = table[0].length;
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[n][m];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < m; c++) {
                index[r][c] = status[r][c] == PUBLISHED ? -1 : unknowns.size();
                if (index[r][c] >= 0) {
                    unknowns.add(new int[] {r, c});
                }
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int line = 0; line < n + m; line++) {
            double[] eq = new double[unknowns.size()];
            int members = line < n ? m : n;
            for (int i = 0; i < members; i++) {
                int r = line < n ? line : i;
                int c = line < n ? i : line - n;
                if (index[r][c] >= 0) {
                    eq[index[r][c]] = i == members - 1 ? -1 : 1;
                }
            }
            rows.add(eq);
        }
        double[][] a = rows.toArray(double[][]::new);
        int width = unknowns.size();
        int[] pivotOfRow = new int[a.length];
        java.util.Arrays.fill(pivotOfRow, -1);
        int row = 0;
        for (int col = 0; col < width && row < a.length; col++) {
            int best = row;
            for (int r = row; r < a.length; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[best][col])) {
                    best = r;
                }
            }
            if (Math.abs(a[best][col]) < 1e-9) {
                continue;
            }
            double[] t = a[best];
            a[best] = a[row];
            a[row] = t;
            double p = a[row][col];
            for (int c = 0; c < width; c++) {
                a[row][c] /= p;
            }
            for (int r = 0; r < a.length; r++) {
                if (r != row && Math.abs(a[r][col]) > 1e-12) {
                    double f = a[r][col];
                    for (int c = 0; c < width; c++) {
                        a[r][c] -= f * a[row][c];
                    }
                }
            }
            pivotOfRow[row] = col;
            row++;
        }
        List<List<Integer>> determined = new ArrayList<>();
        for (int r = 0; r < row; r++) {
            int nonZero = 0;
            for (int c = 0; c < width; c++) {
                nonZero += Math.abs(a[r][c]) > 1e-9 ? 1 : 0;
            }
            if (nonZero == 1) {
                int[] u = unknowns.get(pivotOfRow[r]);
                determined.add(List.of(u[0], u[1]));
            }
        }
        return determined;
    }
}
