// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Two figures and a tally that summarise a profile and its checks.
 *
 * @param completeness share of cells with a value: non-null values of all fields divided by rows × fields, 0 to 1;
 *                     1 for a file without cells
 * @param validity     share of tested values that pass the rule checks (every check whose outcome can be
 *                     {@code failed}): 1 − Σ count ÷ Σ checked over them, 0 to 1; null when no rule check applied
 * @param checks       check results
 * @param passed       of which passed
 * @param failed       of which failed
 * @param findings     of which are findings
 */
public record QualitySummary(double completeness, @Nullable Double validity, int checks, int passed, int failed,
        int findings) {

    /** The summary of a profile and the results of checking the same file. */
    public static QualitySummary of(Profile profile, List<CheckResult> results) {
        long cells = profile.rowCount() * profile.fields().size();
        long filled = profile.fields().stream().mapToLong(FieldProfile::count).sum();
        long checked = 0;
        long broken = 0;
        int passed = 0;
        int failed = 0;
        int findings = 0;
        for (CheckResult result : results) {
            if (Check.of(result.check()).isRule()) {
                checked += result.checked();
                broken += result.count();
            }
            switch (result.outcome()) {
                case CheckResult.PASSED -> passed++;
                case CheckResult.FAILED -> failed++;
                default -> findings++;
            }
        }
        return new QualitySummary(cells == 0 ? 1 : (double) filled / cells,
                checked == 0 ? null : 1 - (double) broken / checked, results.size(), passed, failed, findings);
    }
}
