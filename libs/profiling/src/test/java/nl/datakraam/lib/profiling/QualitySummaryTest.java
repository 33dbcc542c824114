// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.lib.profiling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualitySummaryTest {

    private static FieldProfile field(String name, long count, long nulls) {
        return new FieldProfile(name, "VARCHAR", "string", count, nulls, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, null);
    }

    /*
     *  4 rows × 2 fields = 8 cells, 6 filled: completeness 0.75
     *  rule checks: postcode 1 of 4 failed, gemeentecode 0 of 4: validity 1 − 1/8 = 0.875; the finding does not count
     */
    @Test
    void computesCompletenessOverCellsAndValidityOverRuleChecks() {
        var profile = new Profile(4, List.of(field("postcode", 4, 0), field("gemeentecode", 2, 2)));
        var results = List.of(
                new CheckResult("postcode", List.of("postcode"), CheckResult.FAILED, 4, 1, List.of(3L), List.of()),
                new CheckResult("gemeentecode", List.of("gemeentecode"), CheckResult.PASSED, 4, 0, List.of(),
                        List.of()),
                new CheckResult("duplicate-rows", List.of(), CheckResult.FINDING, 4, 2, List.of(2L, 3L), List.of()));

        assertThat(QualitySummary.of(profile, results)).isEqualTo(new QualitySummary(0.75, 0.875, 3, 1, 1, 1));
    }

    @Test
    void hasNoValidityWithoutRuleChecks() {
        var profile = new Profile(0, List.of(field("opmerking", 0, 0)));

        assertThat(QualitySummary.of(profile, List.of())).isEqualTo(new QualitySummary(1, null, 0, 0, 0, 0));
    }
}
