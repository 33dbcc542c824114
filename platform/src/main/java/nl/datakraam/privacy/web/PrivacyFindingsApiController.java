// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.web;

import java.util.UUID;
import nl.datakraam.access.Authorization;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.privacy.PrivacyFindings;
import nl.datakraam.privacy.PrivacyReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /v1/datasets/{id}/privacy-findings}: the personal-data scan of the current version. */
@RestController
class PrivacyFindingsApiController {

    private final PrivacyFindings findings;
    private final Authorization authorization;

    PrivacyFindingsApiController(PrivacyFindings findings, Authorization authorization) {
        this.findings = findings;
        this.authorization = authorization;
    }

    /**
     * The scan of the dataset's current version: {@code scanned} false while its job runs (or before the first
     * version), then the rows read and the findings (field, detector, confidence, count, rows scanned; never a
     * value). 404, as for a dataset that does not exist, unless the caller may edit the dataset or is beheerder or
     * functionaris-gegevensbescherming.
     */
    @GetMapping("/v1/datasets/{id}/privacy-findings")
    PrivacyReport privacyFindings(@PathVariable UUID id) {
        return findings.report(new DatasetId(id), authorization.currentCaller());
    }
}
