// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which findings of a version stand in the way of publication, and which are only for the steward's review. */
class PrivacyPublicationCheckTest {

    private static PrivacyFinding finding(String field, String detector, double confidence, long count) {
        return new PrivacyFinding(field, detector, confidence, count, 100);
    }

    private static List<String> blocking(PrivacyFinding... findings) {
        return PrivacyPublicationCheck.blocking(List.of(findings)).stream().map(PublicationRule.Finding::detector)
                .toList();
    }

    @Test
    void valuesThatMatchBlock() {
        assertThat(blocking(finding("email", "email", 1.0, 100), finding("bsn", "bsn", 1.0, 3)))
                .containsExactly("email", "bsn");
    }

    @Test
    void aFieldNameCueWithoutAMatchingValueIsAReviewHint() {
        assertThat(blocking(finding("melder", "person-name", 0.3, 0))).isEmpty();
        assertThat(blocking(finding("geboortedatum", "birth-date", 0.9, 0))).as("sure by its name")
                .containsExactly("birth-date");
    }

    @Test
    void freeTextAndOfficeMetadataAreForReview() {
        assertThat(blocking(finding("toelichting", "free-text", 0.8, 90))).isEmpty();
        assertThat(blocking(finding(null, "office-metadata", 1.0, 1))).as("no published copy carries them").isEmpty();
    }

    @Test
    void aPreciseLocationBlocksOnlyWhenItLocatesAPerson() {
        assertThat(blocking(finding("geometry", "precise-location", 0.9, 100))).as("lamp posts").isEmpty();
        assertThat(blocking(finding("geometry", "precise-location", 0.9, 100), finding("naam", "person-name", 0.9,
                80))).containsExactly("precise-location", "person-name");
        assertThat(blocking(finding("geometry", "precise-location", 0.9, 100), finding("melder", "person-name", 0.3,
                0))).as("a cue alone does not make it personal").isEmpty();
    }
}
