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
 *
 * <p>Which findings stand in the way: those whose values matched their detector ({@code count > 0}) or that are
 * fairly sure (confidence {@value #BLOCKING_CONFIDENCE} or more) — except three kinds that are for review, not to
 * block on their own: {@code free-text} (a field of varied long text, which the issue asks to flag for review),
 * {@code office-metadata} (the uploaded file's document properties, which no published copy carries: every download
 * is written anew from the data), and {@code precise-location},
 * which is personal data when it locates a person, i.e. when the same version also holds another personal-data
 * finding (a name, address, e-mail, …), and not when it locates lamp posts or monuments. A field-name cue alone, with
 * no value matching (a field called {@code melder} that holds pseudonyms, confidence 0.3), is a review hint too. All
 * findings stay listed on the dataset page for the steward.
 */
@Component
class PrivacyPublicationCheck implements PublicationCheck {

    /** Confidence from which a finding blocks even when no value matched. */
    static final double BLOCKING_CONFIDENCE = 0.5;

    private static final String PRECISE_LOCATION = "precise-location";
    private static final java.util.Set<String> REVIEW_ONLY = java.util.Set.of("free-text", "office-metadata");

    private final PublicationRule rule;

    PrivacyPublicationCheck(PrivacyFindings findings, Assessments assessments, Anonymisation anonymisation) {
        this.rule = new PublicationRule(
                (id, version) -> blocking(findings.of(id, version)),
                findings::scanned, assessments::approvedFor, anonymisation::sourceOf, false);
    }

    /** The findings that stand in the way of publication (see the class comment). */
    static List<PublicationRule.Finding> blocking(List<PrivacyFinding> findings) {
        List<PrivacyFinding> sure = findings.stream()
                .filter(finding -> finding.count() > 0 || finding.confidence() >= BLOCKING_CONFIDENCE)
                .filter(finding -> !REVIEW_ONLY.contains(finding.detector()))
                .toList();
        boolean aboutPeople = sure.stream().anyMatch(finding -> !finding.detector().equals(PRECISE_LOCATION));
        return sure.stream()
                .filter(finding -> aboutPeople || !finding.detector().equals(PRECISE_LOCATION))
                .map(finding -> new PublicationRule.Finding(finding.field(), finding.detector()))
                .toList();
    }

    @Override
    public List<GateReason> reasonsAgainst(Dataset dataset, AccessLevel target) {
        return rule.reasonsAgainst(dataset);
    }
}
