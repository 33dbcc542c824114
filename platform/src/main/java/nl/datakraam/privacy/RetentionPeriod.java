// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * The retention period that applies to a dataset, and where it comes from.
 *
 * @param period   an ISO 8601 period such as {@code P7Y}
 * @param source   {@code dataset} (set on the dataset) or {@code processing-activity}
 * @param activity for {@code processing-activity}: the activity's name (the one with the shortest period)
 */
public record RetentionPeriod(Period period, String source, @Nullable String activity) {

    public static final String DATASET = "dataset";
    public static final String PROCESSING_ACTIVITY = "processing-activity";
}
