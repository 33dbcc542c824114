// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.GateReason;
import nl.datakraam.catalog.PublicationCheck;
import org.springframework.stereotype.Component;

/**
 * The privacy condition of the publication gate (issue 9), as the catalogue asks it before a dataset becomes
 * {@code openbaar} or is shared with a partner organisation: {@link PublicationRule} over the stored scan results
 * ({@link PrivacyFindings}), the assessment register ({@link Assessments#approvedFor}) and the anonymised copies
 * ({@link Anonymisation#sourceOf}). An assessment is required of datasets with findings, not yet scanned, or
 * anonymised from personal data — not of every dataset (the wording).
 */
@Component
class PrivacyPublicationCheck implements PublicationCheck {

    private final PublicationRule rule;

    PrivacyPublicationCheck(PrivacyFindings findings, Assessments assessments, Anonymisation anonymisation) {
        this.rule = new PublicationRule(
                (id, version) -> findings.of(id, version).stream()
                        .map(finding -> new PublicationRule.Finding(finding.field(), finding.detector())).toList(),
                findings::scanned, assessments::approvedFor, anonymisation::sourceOf, false);
    }

    @Override
    public List<GateReason> reasonsAgainst(Dataset dataset, AccessLevel target) {
        return rule.reasonsAgainst(dataset);
    }
}
