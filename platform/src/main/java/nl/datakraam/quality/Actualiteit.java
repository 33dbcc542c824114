// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import nl.datakraam.catalog.UpdateFrequency;
import org.jspecify.annotations.Nullable;

/**
 * Whether a dataset was updated as often as it declares, at one moment. The due date is the time data last arrived
 * plus the frequency's interval and grace margin (the table in {@code docs/data-quality-score.md} and on
 * {@code /kwaliteit/formule}).
 *
 * @param updateFrequency the declared frequency; null when not declared
 * @param lastDataAt      when data last arrived (UTC): the current version's commit, or a later re-fetch that found
 *                        the source unchanged; null before the first version
 * @param dueAt           when new data is due at the latest (UTC); null without data or without a frequency that
 *                        sets a due date ({@code IRREG}, {@code OTHER}, {@code UNKNOWN}, {@code NEVER})
 * @param overdue         true when the moment of judging lies after {@code dueAt}
 */
public record Actualiteit(@Nullable UpdateFrequency updateFrequency, @Nullable Instant lastDataAt,
        @Nullable Instant dueAt, boolean overdue) {
}
