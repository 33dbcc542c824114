// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.shared;

import nl.datakraam.lib.messages.MessageCode;

/**
 * What the privacy registers (issue 9: assessments, the processing register) and retention can say about a request
 * they refuse. The English template is the default; the interface renders {@code issue.<key>} of the message
 * bundles. Arguments name questions, fields, versions and blob keys, never personal values.
 */
public enum PrivacyCode implements MessageCode {

    /** Arguments: {@code questions} (question ids). */
    ANSWERS_MISSING("privacy.assessment.answers-missing", "Answer these questions before submitting: {questions}."),

    /** Arguments: {@code question}, {@code allowed}. */
    ANSWER_INVALID("privacy.assessment.answer-invalid", "The answer to {question} must be one of: {allowed}."),

    /** Arguments: {@code question}, {@code questionnaire}, {@code version}. */
    QUESTION_UNKNOWN("privacy.assessment.question-unknown", "{question} is not a question of questionnaire"
            + " {questionnaire} version {version}."),

    /** No arguments. */
    REASON_MISSING("privacy.assessment.reason-missing", "Say why the assessment is rejected: a reason is required."),

    /** Arguments: {@code status}, {@code action}. */
    WRONG_STATE("privacy.assessment.wrong-state", "An assessment that is {status} cannot be {action}."),

    /** Arguments: {@code parameter}. */
    PERIOD_INVALID("privacy.retention.period-invalid", "{parameter} must be an ISO 8601 period of years, months"
            + " or days, such as P7Y or P18M."),

    /** Arguments: {@code version}. */
    NO_PERIOD("privacy.retention.no-period", "The dataset has no retention period, so version {version} does not"
            + " expire; nothing was deleted."),

    /** Arguments: {@code version}, {@code expiresAt}. */
    NOT_EXPIRED("privacy.retention.not-expired", "Version {version} is kept until {expiresAt}; nothing was"
            + " deleted."),

    /** Arguments: {@code version}. */
    CURRENT_VERSION("privacy.retention.current-version", "Version {version} is the dataset's current version; it"
            + " is deleted only when asked explicitly (includeCurrent=true). Nothing was deleted."),

    /** Arguments: {@code version}. */
    ALREADY_DELETED("privacy.retention.already-deleted", "The data of version {version} was deleted before."),

    /** Arguments: {@code version}. */
    VERSION_UNKNOWN("privacy.retention.version-unknown", "The dataset has no version {version}."),

    /** Arguments: {@code key}. */
    CHECKSUM_MISMATCH("privacy.retention.checksum-mismatch", "The file {key} is not what the catalogue recorded"
            + " (its SHA-256 differs); nothing was deleted. Check the blob store."),

    /** Arguments: {@code version}, {@code reason} (English). */
    FILES_UNAVAILABLE("privacy.retention.files-unavailable", "The files of version {version} could not be deleted"
            + " ({reason}); nothing was deleted.");

    private final String key;
    private final String englishTemplate;

    PrivacyCode(String key, String englishTemplate) {
        this.key = key;
        this.englishTemplate = englishTemplate;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String englishTemplate() {
        return englishTemplate;
    }
}
