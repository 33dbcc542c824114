// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.quality.MetadataQuality;
import nl.datakraam.quality.MqaCatalogSummary;
import nl.datakraam.quality.MqaHistory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Metadata quality (data.europa.eu MQA) over the API. The latest assessment of a dataset is the {@code mqa} member
 * of {@code GET /v1/datasets/{id}/quality}; here are its history, a request for a new assessment and the catalogue
 * aggregate.
 */
@RestController
class MqaApiController {

    private final MetadataQuality metadataQuality;
    private final Authorization authorization;

    MqaApiController(MetadataQuality metadataQuality, Authorization authorization) {
        this.metadataQuality = metadataQuality;
        this.authorization = authorization;
    }

    /** The dataset's assessments, newest first, without indicators. 404 for a dataset the caller may not read. */
    @GetMapping("/v1/datasets/{id}/quality/mqa/history")
    MqaHistory history(@PathVariable UUID id, @RequestParam(defaultValue = "20") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return metadataQuality.history(new DatasetId(id), authorization.currentCaller(), limit, offset);
    }

    /**
     * Queues a new assessment (administrators); 202, then read {@code GET /v1/datasets/{id}/quality} after a few
     * seconds.
     */
    @PostMapping("/v1/datasets/{id}/quality/mqa")
    ResponseEntity<Map<String, Object>> assess(@PathVariable UUID id) {
        metadataQuality.requestAssessment(new DatasetId(id), authorization.currentCaller());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("datasetId", id,
                "quality", "/v1/datasets/" + id + "/quality"));
    }

    /** The published catalogue's metadata quality: the openbaar datasets' latest assessments, aggregated. */
    @GetMapping("/v1/quality/catalog")
    MqaCatalogSummary catalogue() {
        return metadataQuality.catalogue();
    }
}
