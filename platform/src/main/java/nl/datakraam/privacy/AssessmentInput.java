// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a caller gives to create or revise an assessment. On revision, {@code kind} must be absent or the same, and
 * null members leave the assessment's value as it was (answers: a null answer removes it).
 *
 * @param kind       {@code dpia-prescan}, {@code dpia}, {@code ethics} or {@code bio}; required on creation
 * @param title      1 to 300 characters; required on creation
 * @param initiative an initiative's id; a blank value unlinks
 * @param datasets   ids of datasets the caller may read
 * @param answers    question id → answer; answers are checked against the questionnaire (known question, allowed
 *                   value), completeness only on submission
 */
public record AssessmentInput(@Nullable String kind, @Nullable String title, @Nullable String initiative,
        @Nullable List<String> datasets, @Nullable Map<String, @Nullable String> answers) {
}
