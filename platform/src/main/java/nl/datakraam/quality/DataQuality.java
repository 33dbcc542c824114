// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The data quality score of one version: four dimensions and their total, each from 0 (worst) to 100 (best), rounded
 * to one decimal, as defined by formula {@link #formulaVersion()} ({@code docs/data-quality-score.md}, and for users
 * {@code /kwaliteit/formule}).
 *
 * @param versionId      the version assessed
 * @param version        its number, 1 for the first
 * @param dimensions     the four dimensions; a dimension is null when it cannot be assessed
 * @param total          the mean of the dimensions that were assessed (computed before rounding)
 * @param formulaVersion the version of the formula; a changed formula gets a new number, and stored assessments keep
 *                       the number they were computed with
 * @param assessedAt     when the assessment was made (UTC); timeliness depends on it
 */
public record DataQuality(UUID versionId, int version, Dimensions dimensions, double total, int formulaVersion,
        Instant assessedAt) {

    /**
     * @param completeness share of cells with a value
     * @param validity     share of checked values that pass the rule checks (codes, postcodes, coordinates…); null
     *                     when no rule check applied
     * @param uniqueness   share of rows that do not repeat an earlier row, times the share of values of key fields
     *                     that do not repeat; null when neither was checked
     * @param timeliness   100 until new data is due, then falling to 0 over one more interval; null when no update
     *                     frequency with a due date is declared
     */
    public record Dimensions(double completeness, @Nullable Double validity, @Nullable Double uniqueness,
            @Nullable Double timeliness) {
    }
}
