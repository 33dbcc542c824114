// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.quality.OverdueDataset;
import nl.datakraam.quality.Quality;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Actualiteit and the data quality history over REST: {@code GET /v1/quality/overdue} and
 * {@code GET /v1/datasets/{id}/quality/history}.
 */
@RestController
class ActualiteitApiController {

    private final Quality quality;
    private final Authorization authorization;

    ActualiteitApiController(Quality quality, Authorization authorization) {
        this.quality = quality;
        this.authorization = authorization;
    }

    /**
     * The datasets the caller may read whose new data is overdue now ("Achterstallige datasets"), longest overdue
     * first. Anonymous callers see only {@code openbaar} datasets.
     */
    @GetMapping("/v1/quality/overdue")
    OverdueList overdue() {
        List<OverdueItem> items = quality.overdue(authorization.currentCaller()).stream().map(OverdueItem::of).toList();
        return new OverdueList(items, items.size());
    }

    /**
     * Every stored data quality assessment of the dataset, newest first (one per quality job of each version). 404
     * for a dataset the caller may not read.
     */
    @GetMapping("/v1/datasets/{id}/quality/history")
    History history(@PathVariable UUID id) {
        return new History(quality.dataQualityHistory(new DatasetId(id), authorization.currentCaller()));
    }

    record OverdueList(List<OverdueItem> items, int total) {
    }

    /**
     * @param accessLevel     {@code openbaar} or {@code intern}
     * @param updateFrequency the IRI of the declared frequency in the EU frequency list
     * @param lastDataAt      when data last arrived (UTC)
     * @param dueAt           when new data was due at the latest (UTC)
     * @param page            the dataset page, relative to this server
     */
    record OverdueItem(UUID id, String title, String accessLevel, String updateFrequency, Instant lastDataAt,
            Instant dueAt, String page) {

        static OverdueItem of(OverdueDataset dataset) {
            return new OverdueItem(dataset.datasetId().value(), dataset.title(), dataset.accessLevel().code(),
                    dataset.updateFrequency().iri(), dataset.lastDataAt(), dataset.dueAt(),
                    "/datasets/" + dataset.datasetId());
        }
    }

    /** @param items the assessments, newest first */
    record History(List<DataQuality> items) {
    }
}
