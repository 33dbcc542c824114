// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.util.List;

/**
 * A page of a dataset's MQA assessments, newest first, without their indicators.
 * {@code GET /v1/datasets/{id}/quality/mqa/history}.
 *
 * @param items the assessments on this page
 * @param total all assessments of the dataset
 */
public record MqaHistory(List<MqaAssessment> items, long total) {

    public MqaHistory {
        items = List.copyOf(items);
    }
}
