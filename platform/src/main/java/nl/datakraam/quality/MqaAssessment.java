// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One stored MQA assessment of a dataset: its {@link MqaScore} at a moment. The {@code mqa} member of
 * {@code GET /v1/datasets/{id}/quality} and the items of its history.
 *
 * @param id           the assessment's id
 * @param datasetId    the dataset assessed
 * @param versionId    its current version then; null for a dataset without data
 * @param assessedAt   when (UTC)
 * @param total        points, 0–405
 * @param max          405
 * @param rating       {@code excellent}, {@code good}, {@code sufficient} or {@code bad}
 * @param distribution the distribution whose points counted
 * @param dimensions   points per dimension
 * @param indicators   points per indicator, with the reason; empty in history listings
 * @param history      the path of this dataset's assessment history
 */
public record MqaAssessment(UUID id, UUID datasetId, @Nullable UUID versionId, Instant assessedAt, int total,
        int max, String rating, @Nullable String distribution, List<MqaScore.Dimension> dimensions,
        List<MqaScore.Indicator> indicators, String history) {

    public MqaAssessment {
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }

    /** The same assessment without its indicators, as history lists it. */
    public MqaAssessment summary() {
        return new MqaAssessment(id, datasetId, versionId, assessedAt, total, max, rating, distribution, dimensions,
                List.of(), history);
    }

    /** The history path of a dataset. */
    public static String historyOf(UUID datasetId) {
        return "/v1/datasets/" + datasetId + "/quality/mqa/history";
    }
}
