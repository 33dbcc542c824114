// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.jspecify.annotations.Nullable;

/**
 * The data quality score, formula version {@value #VERSION}: four dimensions from a version's profile, its check
 * results and its actualiteit, each from 0 to 100, and their total. Pure and thread-safe; the one place the formula
 * is written down in code ({@code docs/data-quality-score.md} is the same text for people).
 *
 * <pre>
 * rows n, fields f, cells = n × f
 * completeness = 100 × Σ non-null values of every field ÷ cells                    (100 when cells = 0)
 * validity     = 100 × (1 − Σ count ÷ Σ checked) over the rule checks             (null when Σ checked = 0)
 *                (rule checks: those whose outcome can be "failed": postcode, pc4, gemeentecode,
 *                 provinciecode, wijkcode, buurtcode, bsn, iban, coordinates)
 * uniqueness   = 100 × (1 − d ÷ n) × (1 − Σ k ÷ Σ c)                                 (null when neither was checked)
 *                d = repeated rows (duplicate-rows count), n = its rows checked (factor 1 when absent or n = 0)
 *                k = repeated values of key fields (key-unique count), c = their values checked
 *                (factor 1 when no key field was checked)
 * timeliness   = 100 while now ≤ due, then 100 × max(0, 1 − (now − due) ÷ interval)
 *                due and interval from the frequency's rule (DueDates); null without a frequency with a due date
 * total        = mean of the dimensions that are not null
 * </pre>
 *
 * Each dimension and the total are rounded half up to one decimal (after rounding to nine decimals, so that binary
 * floating-point noise cannot decide a half); the total is computed from the unrounded dimensions.
 */
public final class DataQualityFormula {

    /** The formula version stored with every assessment; raise it whenever a definition above changes. */
    public static final int VERSION = 1;

    static final String DUPLICATE_ROWS = "duplicate-rows";
    static final String KEY_UNIQUE = "key-unique";

    private DataQualityFormula() {
    }

    /**
     * Assesses one version.
     *
     * @param actualiteit the dataset's actualiteit judged at {@code now} ({@link DueDates#judge})
     * @param now         the moment of assessment, recorded as {@code assessedAt}
     */
    public static DataQuality assess(UUID versionId, int version, Profile profile, List<CheckResult> checks,
            Actualiteit actualiteit, Instant now) {
        double completeness = completeness(profile);
        Double validity = validity(checks);
        Double uniqueness = uniqueness(checks);
        Double timeliness = timeliness(actualiteit, now);
        List<Double> assessed = new ArrayList<>();
        assessed.add(completeness);
        for (Double dimension : new Double[] {validity, uniqueness, timeliness}) {
            if (dimension != null) {
                assessed.add(dimension);
            }
        }
        double total = assessed.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new DataQuality(versionId, version, new DataQuality.Dimensions(round(completeness), round(validity),
                round(uniqueness), round(timeliness)), round(total), VERSION, now);
    }

    /**
     * A stored assessment with its timeliness judged again at {@code now}: completeness, validity and uniqueness
     * depend only on the version's data and are kept. When the timeliness comes out as stored, the stored assessment
     * is returned unchanged (its total was computed from the unrounded dimensions, as on the dataset page);
     * otherwise the total is the mean of the assessed dimensions as rounded, so it may differ by 0.1 from the one
     * computed from the profile. Used where reading every profile would cost too much (the quality dashboard).
     *
     * @param actualiteit the dataset's actualiteit judged at {@code now} ({@link DueDates#judge})
     * @return an assessment with {@code assessedAt} = {@code now} when the timeliness changed
     */
    public static DataQuality rejudge(DataQuality stored, Actualiteit actualiteit, Instant now) {
        DataQuality.Dimensions kept = stored.dimensions();
        Double timeliness = round(timeliness(actualiteit, now));
        if (java.util.Objects.equals(timeliness, kept.timeliness())) {
            return stored;
        }
        List<Double> assessed = new ArrayList<>();
        assessed.add(kept.completeness());
        for (Double dimension : new Double[] {kept.validity(), kept.uniqueness(), timeliness}) {
            if (dimension != null) {
                assessed.add(dimension);
            }
        }
        double total = assessed.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new DataQuality(stored.versionId(), stored.version(), new DataQuality.Dimensions(kept.completeness(),
                kept.validity(), kept.uniqueness(), timeliness), round(total), stored.formulaVersion(), now);
    }

    /** 100 × non-null cells ÷ all cells; 100 for a file without cells. Unrounded. */
    static double completeness(Profile profile) {
        long cells = profile.rowCount() * profile.fields().size();
        long filled = profile.fields().stream().mapToLong(FieldProfile::count).sum();
        return cells == 0 ? 100 : 100.0 * filled / cells;
    }

    /** 100 × (1 − failed ÷ checked) over the rule checks; null when no rule check tested a value. Unrounded. */
    static @Nullable Double validity(List<CheckResult> checks) {
        long checked = 0;
        long broken = 0;
        for (CheckResult result : checks) {
            if (CheckResult.isRule(result.check())) {
                checked += result.checked();
                broken += result.count();
            }
        }
        return checked == 0 ? null : 100.0 * (1 - (double) broken / checked);
    }

    /** 100 × row factor × key factor; null when neither duplicate rows nor key fields were checked. Unrounded. */
    static @Nullable Double uniqueness(List<CheckResult> checks) {
        boolean assessed = false;
        double rows = 1;
        long keyChecked = 0;
        long keyRepeats = 0;
        for (CheckResult result : checks) {
            if (result.check().equals(DUPLICATE_ROWS)) {
                assessed = true;
                rows = result.checked() == 0 ? 1 : 1 - (double) result.count() / result.checked();
            } else if (result.check().equals(KEY_UNIQUE)) {
                assessed = true;
                keyChecked += result.checked();
                keyRepeats += result.count();
            }
        }
        double keys = keyChecked == 0 ? 1 : 1 - (double) keyRepeats / keyChecked;
        return assessed ? 100 * rows * keys : null;
    }

    /**
     * 100 until the due date, then linearly down to 0 at one interval after it; null without a due date. Unrounded.
     */
    static @Nullable Double timeliness(Actualiteit actualiteit, Instant now) {
        UpdateFrequency frequency = actualiteit.updateFrequency();
        Instant due = actualiteit.dueAt();
        Instant last = actualiteit.lastDataAt();
        if (frequency == null || due == null || last == null) {
            return null;
        }
        if (!now.isAfter(due)) {
            return 100.0;
        }
        Duration interval = DueDates.intervalFrom(frequency, last).orElseThrow();
        double late = (double) Duration.between(due, now).toMillis() / interval.toMillis();
        return 100 * Math.max(0, 1 - late);
    }

    private static @Nullable Double round(@Nullable Double value) {
        return value == null ? null : round(value.doubleValue());
    }

    private static double round(double value) {
        // First to nine decimals, so that binary noise (66.74999999999999 for 66.75) does not decide the half.
        return BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_UP).setScale(1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
