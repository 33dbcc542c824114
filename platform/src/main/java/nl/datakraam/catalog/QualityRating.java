// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import java.time.Instant;

/**
 * A dataset's latest metadata quality rating per the data.europa.eu MQA method, as the {@code quality} module
 * reports it to the catalogue ({@link Catalog#recordQualityRating}), so that the catalogue and its search index can
 * show and sort by it without depending on {@code quality}.
 *
 * @param rating     the MQA band: {@code excellent}, {@code good}, {@code sufficient} or {@code bad}
 * @param points     the MQA total, 0–405
 * @param assessedAt when the assessment was made (UTC)
 */
public record QualityRating(String rating, int points, Instant assessedAt) {

    /** The MQA bands, best first. */
    public static final java.util.List<String> RATINGS = java.util.List.of("excellent", "good", "sufficient", "bad");

    /** @throws IllegalArgumentException for a band outside {@link #RATINGS} or points outside 0–405 */
    public QualityRating {
        if (!RATINGS.contains(rating) || points < 0 || points > 405) {
            throw new IllegalArgumentException("an MQA rating is one of " + RATINGS + " with 0-405 points, not "
                    + rating + " with " + points);
        }
    }
}
