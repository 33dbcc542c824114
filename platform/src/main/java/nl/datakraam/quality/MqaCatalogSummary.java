// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The metadata quality of the published catalogue: the latest MQA assessment of every {@code openbaar} dataset with
 * data, aggregated as data.europa.eu's catalogue dashboard does. {@code GET /v1/quality/catalog}.
 *
 * @param datasets      openbaar datasets with data
 * @param assessed      how many of them have an assessment
 * @param averageScore  mean total of the assessed ones, 0–405, one decimal; null when none is assessed
 * @param max           405
 * @param rating        the rating band of the rounded mean; null when none is assessed
 * @param ratings       how many assessed datasets fall in each band: {@code excellent}, {@code good},
 *                      {@code sufficient}, {@code bad} (in that order)
 * @param dimensions    mean points per dimension, one decimal
 */
public record MqaCatalogSummary(int datasets, int assessed, @Nullable Double averageScore, int max,
        @Nullable String rating, Map<String, Integer> ratings, List<Dimension> dimensions) {

    /**
     * @param id      the dimension's id
     * @param average mean points, one decimal
     * @param max     most points of the dimension
     */
    public record Dimension(String id, double average, int max) {
    }
}
