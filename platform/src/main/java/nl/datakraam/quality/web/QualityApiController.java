// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.quality.Quality;
import nl.datakraam.quality.QualityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/datasets/{id}/quality}: the profile, checks and summary of the current version. */
@RestController
class QualityApiController {

    private final Quality quality;
    private final Authorization authorization;

    QualityApiController(Quality quality, Authorization authorization) {
        this.quality = quality;
        this.authorization = authorization;
    }

    /**
     * The quality report of the dataset's current version; {@code status} is {@code pending} while its job runs.
     * 404 for a dataset the caller may not read, 409 before the first version.
     */
    @GetMapping("/v1/datasets/{id}/quality")
    QualityReport quality(@PathVariable UUID id) {
        return quality.report(new DatasetId(id), authorization.currentCaller());
    }
}
