// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.lib.profiling.FieldProfile;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.quality.Actualiteit;
import nl.datakraam.quality.DataQuality;
import org.junit.jupiter.api.Test;

/**
 * The data quality formula, version 1, with every expected value computed by hand. The base case:
 *
 * <pre>
 * 10 rows × 2 fields = 20 cells; field a 10 values, field b 7 values (3 empty)
 *   completeness = 100 × 17 / 20                                  = 85.0
 * rule checks: postcode 8 checked, 2 failed; gemeentecode 12 checked, 0 failed; a sentinel finding (not a rule)
 *   validity     = 100 × (1 − 2 / 20)                             = 90.0
 * duplicate-rows 10 rows, 1 repeat; key-unique 10 values, 2 repeats
 *   uniqueness   = 100 × (1 − 1/10) × (1 − 2/10)                  = 72.0
 * MONTHLY, data on 2026-01-01T00:00Z: due 2026-01-01 + P1M + P7D   = 2026-02-08T00:00Z; interval 31 days
 *   timeliness at the due date                                     = 100.0
 *   timeliness 15.5 days after it: 100 × (1 − 15.5 / 31)           = 50.0
 *   total (85 + 90 + 72 + 50) / 4 = 74.25, half up                 = 74.3
 * </pre>
 */
class DataQualityFormulaTest {

    private static final Instant DATA = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-02-08T00:00:00Z");
    private static final Instant HALF_LATE = DUE.plus(Duration.ofHours(15 * 24 + 12));
    private static final UpdateFrequency MONTHLY = UpdateFrequency.ofCode("MONTHLY");

    private final Profile profile = profile(10, 10, 7);
    private final List<CheckResult> checks = List.of(
            rule("postcode", 8, 2), rule("gemeentecode", 12, 0), finding("sentinel", 10, 4),
            finding("duplicate-rows", 10, 1), finding("key-unique", 10, 2));

    @Test
    void baseCaseGivesTheHandComputedScores() {
        DataQuality quality = assess(profile, checks, MONTHLY, HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 72.0, 50.0));
        assertThat(quality.total()).isEqualTo(74.3);
        assertThat(quality.formulaVersion()).isEqualTo(1);
        assertThat(quality.assessedAt()).isEqualTo(HALF_LATE);
    }

    @Test
    void completenessMovesAloneWithEmptyCells() {
        // field b 2 values: 100 × 12 / 20 = 60.0; total (60 + 90 + 72 + 50) / 4 = 68.0
        DataQuality quality = assess(profile(10, 10, 2), checks, MONTHLY, HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(60.0, 90.0, 72.0, 50.0));
        assertThat(quality.total()).isEqualTo(68.0);
    }

    @Test
    void validityMovesAloneWithFailedRuleValues() {
        // postcode 8 failed of 8: 100 × (1 − 8 / 20) = 60.0; total (85 + 60 + 72 + 50) / 4 = 66.75 → 66.8
        DataQuality quality = assess(profile, replace(checks, 0, rule("postcode", 8, 8)), MONTHLY, HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 60.0, 72.0, 50.0));
        assertThat(quality.total()).isEqualTo(66.8);
    }

    @Test
    void findingsDoNotCountForValidity() {
        // 9 sentinel values instead of 4: validity, and everything else, stays
        DataQuality quality = assess(profile, replace(checks, 2, finding("sentinel", 10, 9)), MONTHLY, HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 72.0, 50.0));
    }

    @Test
    void uniquenessMovesAloneWithRepeatedRows() {
        // 5 repeated rows: 100 × (1 − 5/10) × (1 − 2/10) = 40.0; total (85 + 90 + 40 + 50) / 4 = 66.25 → 66.3
        DataQuality quality = assess(profile, replace(checks, 3, finding("duplicate-rows", 10, 5)), MONTHLY,
                HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 40.0, 50.0));
        assertThat(quality.total()).isEqualTo(66.3);
    }

    @Test
    void uniquenessMovesAloneWithRepeatedKeyValues() {
        // key values all unique: 100 × (1 − 1/10) × 1 = 90.0; total (85 + 90 + 90 + 50) / 4 = 78.75 → 78.8
        DataQuality quality = assess(profile, replace(checks, 4, finding("key-unique", 10, 0)), MONTHLY,
                HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 90.0, 50.0));
        assertThat(quality.total()).isEqualTo(78.8);
    }

    @Test
    void timelinessIsFullUpToTheDueDate() {
        // total (85 + 90 + 72 + 100) / 4 = 86.75 → 86.8
        DataQuality quality = assess(profile, checks, MONTHLY, DUE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 72.0, 100.0));
        assertThat(quality.total()).isEqualTo(86.8);
    }

    @Test
    void timelinessFallsToZeroOneIntervalAfterTheDueDate() {
        // 31 days (the interval from 1 January) after the due date, and later: 0; total (85 + 90 + 72 + 0) / 4 = 61.75
        assertThat(assess(profile, checks, MONTHLY, DUE.plus(Duration.ofDays(31))).dimensions().timeliness())
                .isEqualTo(0.0);
        DataQuality muchLater = assess(profile, checks, MONTHLY, DUE.plus(Duration.ofDays(400)));
        assertThat(muchLater.dimensions().timeliness()).isEqualTo(0.0);
        assertThat(muchLater.total()).isEqualTo(61.8);
    }

    @Test
    void dimensionsThatCannotBeAssessedAreLeftOutOfTheTotal() {
        // no checks, no frequency: only completeness 85.0, which is the total
        DataQuality quality = assess(profile, List.of(), null, HALF_LATE);

        assertThat(quality.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, null, null, null));
        assertThat(quality.total()).isEqualTo(85.0);
    }

    @Test
    void aFrequencyWithoutDueDateLeavesTimelinessUnassessed() {
        // IRREG: total (85 + 90 + 72) / 3 = 82.333… → 82.3
        DataQuality quality = assess(profile, checks, UpdateFrequency.ofCode("IRREG"), HALF_LATE);

        assertThat(quality.dimensions().timeliness()).isNull();
        assertThat(quality.total()).isEqualTo(82.3);
    }

    @Test
    void anEmptyFileIsComplete() {
        DataQuality quality = assess(new Profile(0, List.of()), List.of(), null, HALF_LATE);

        assertThat(quality.dimensions().completeness()).isEqualTo(100.0);
        assertThat(quality.total()).isEqualTo(100.0);
    }

    @Test
    void rejudgingKeepsAStoredAssessmentWhoseTimelinessIsUnchanged() {
        DataQuality stored = assess(profile, checks, MONTHLY, DUE);

        DataQuality later = DataQualityFormula.rejudge(stored, DueDates.judge(MONTHLY, DATA, DUE.minusSeconds(60)),
                DUE.minusSeconds(60));

        assertThat(later).isSameAs(stored);
    }

    @Test
    void rejudgingALateDatasetAveragesTheDimensionsAsShown() {
        // stored at the due date: 85, 90, 72, 100; 15.5 days later timeliness 50.0, total (85 + 90 + 72 + 50) / 4
        DataQuality stored = assess(profile, checks, MONTHLY, DUE);

        DataQuality later = DataQualityFormula.rejudge(stored, DueDates.judge(MONTHLY, DATA, HALF_LATE), HALF_LATE);

        assertThat(later.dimensions()).isEqualTo(new DataQuality.Dimensions(85.0, 90.0, 72.0, 50.0));
        assertThat(later.total()).isEqualTo(74.3);
        assertThat(later.assessedAt()).isEqualTo(HALF_LATE);
        assertThat(later.versionId()).isEqualTo(stored.versionId());
    }

    private static DataQuality assess(Profile profile, List<CheckResult> checks, UpdateFrequency frequency,
            Instant now) {
        Actualiteit actualiteit = DueDates.judge(frequency, DATA, now);
        return DataQualityFormula.assess(UUID.randomUUID(), 1, profile, checks, actualiteit, now);
    }

    /** {@code rows} rows, one field per value count, each with {@code rows − count} nulls. */
    private static Profile profile(long rows, long... counts) {
        List<FieldProfile> fields = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            fields.add(new FieldProfile("f" + i, "VARCHAR", "string", counts[i], rows - counts[i], null, null, null,
                    null, null, null, List.of(), List.of(), List.of(), null, null));
        }
        return new Profile(rows, fields);
    }

    private static CheckResult rule(String check, long checked, long failed) {
        return new CheckResult(check, List.of("f0"), failed == 0 ? CheckResult.PASSED : CheckResult.FAILED, checked,
                failed, List.of(), List.of());
    }

    private static CheckResult finding(String check, long checked, long count) {
        return new CheckResult(check, List.of(), count == 0 ? CheckResult.PASSED : CheckResult.FINDING, checked,
                count, List.of(), List.of());
    }

    private static List<CheckResult> replace(List<CheckResult> checks, int index, CheckResult result) {
        List<CheckResult> replaced = new ArrayList<>(checks);
        replaced.set(index, result);
        return replaced;
    }
}
