// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;

/**
 * One assessment of the register.
 *
 * @param questionnaireId      the questionnaire it was answered against (the kind's code)
 * @param questionnaireVersion that questionnaire's version: a newer version changes nothing here
 * @param answers              question id → answer ({@code yes}/{@code no}, an option's value, or text)
 * @param outcome              on submission: for a pre-scan {@link PrescanOutcome#REQUIRED} or
 *                             {@link PrescanOutcome#NOT_REQUIRED}; for a BIO classification the highest level
 *                             ({@code BBN1}–{@code BBN3}); null for other kinds and before submission
 * @param initiativeId         the initiative assessed; null when it concerns datasets only
 * @param datasets             the datasets it covers
 * @param decidedBy            the functionaris gegevensbescherming of the latest decision; null before one
 * @param decisionReason       why it was rejected (or a note with an approval); null when none
 */
public record Assessment(UUID id, AssessmentKind kind, String title, String questionnaireId,
        int questionnaireVersion, Map<String, String> answers, AssessmentStatus status, @Nullable String outcome,
        @Nullable UUID initiativeId, List<DatasetId> datasets, String createdBy, Instant createdAt,
        Instant modifiedAt, @Nullable String submittedBy, @Nullable Instant submittedAt, @Nullable String decidedBy,
        @Nullable Instant decidedAt, @Nullable String decisionReason) {

    public Assessment {
        answers = Map.copyOf(answers);
        datasets = List.copyOf(datasets);
    }

    /** Whether its answers may still change: a draft, or a rejected assessment being revised. */
    public boolean editable() {
        return status == AssessmentStatus.DRAFT || status == AssessmentStatus.REJECTED;
    }

    /**
     * Whether this assessment, approved, makes its datasets count as assessed: an approved DPIA, or an approved
     * pre-scan whose outcome is that no DPIA is required.
     */
    public boolean clearsDatasets() {
        return status == AssessmentStatus.APPROVED && (kind == AssessmentKind.DPIA
                || kind == AssessmentKind.DPIA_PRESCAN && PrescanOutcome.NOT_REQUIRED.equals(outcome));
    }
}
