// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.web;

import java.util.Locale;
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
    private final MqaTexts mqaTexts;

    QualityApiController(Quality quality, Authorization authorization, MqaTexts mqaTexts) {
        this.quality = quality;
        this.authorization = authorization;
        this.mqaTexts = mqaTexts;
    }

    /**
     * The quality report of the dataset's current version; {@code status} is {@code pending} while its job runs.
     * 404 for a dataset the caller may not read, 409 before the first version. The MQA indicators' reasons and
     * SHACL findings are said in the reader's language ({@code message}; Accept-Language, Dutch by default) beside
     * their codes, arguments and English explanation.
     */
    @GetMapping("/v1/datasets/{id}/quality")
    QualityReport quality(@PathVariable UUID id, Locale locale) {
        QualityReport report = quality.report(new DatasetId(id), authorization.currentCaller());
        return report.withMqa(mqaTexts.said(report.mqa(), locale));
    }
}
