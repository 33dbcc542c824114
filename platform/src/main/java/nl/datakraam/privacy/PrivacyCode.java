// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What the privacy rule of the publication gate says ({@link PublicationRule}); each reason with its action
 * ({@code <key>.action}). The English template is the default; the interface renders {@code issue.<key>} of the
 * message bundles.
 */
public enum PrivacyCode implements MessageCode {

    /** Arguments: {@code count} (findings), {@code detectors} (detector codes), {@code fields} (field names). */
    FINDINGS("privacy.gate.findings", "The current version has {count,plural,one{one unhandled personal-data"
            + " finding}other{# unhandled personal-data findings}} ({detectors}){fields,plural,=0{}other{ in the"
            + " fields {fields}}}."),
    FINDINGS_ACTION("privacy.gate.findings.action", "Anonymise the dataset (its Anonymisation section: drop,"
            + " pseudonymise or coarsen fields) and publish the anonymised copy instead of the original."),
    NOT_SCANNED("privacy.gate.not-scanned", "The current version has not been scanned for personal data yet."),
    NOT_SCANNED_ACTION("privacy.gate.not-scanned.action", "Wait until the privacy scan of this version has"
            + " finished, then try again."),
    /** Arguments: {@code source} (the title of the dataset this is an anonymised copy of, or {@code none}). */
    ASSESSMENT("privacy.gate.assessment", "No approved privacy assessment (DPIA pre-scan or DPIA) is linked to this"
            + " dataset{source,select,none{}other{ or to its source {source}}}."),
    ASSESSMENT_ACTION("privacy.gate.assessment.action", "Link an assessment in the assessment register to the"
            + " dataset and have the functionaris gegevensbescherming (data protection officer) approve it.");

    private final String key;
    private final String english;

    PrivacyCode(String key, String english) {
        this.key = key;
        this.english = english;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return english;
    }
}
