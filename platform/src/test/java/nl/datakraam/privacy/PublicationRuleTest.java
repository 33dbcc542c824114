// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetSchema;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.DcatProperties;
import nl.datakraam.catalog.GateReason;
import nl.datakraam.privacy.PublicationRule.Finding;
import nl.datakraam.privacy.PublicationRule.Source;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The privacy rule of the publication gate, with the facts held in maps: findings per version, scanned versions,
 * approved assessments, and copies with their source.
 */
class PublicationRuleTest {

    private final Map<UUID, List<Finding>> findings = new HashMap<>();
    private final Set<UUID> scanned = new HashSet<>();
    private final Set<DatasetId> approved = new HashSet<>();
    private final Map<DatasetId, Source> sources = new HashMap<>();

    private PublicationRule rule(boolean assessmentForEveryDataset) {
        return new PublicationRule((id, version) -> findings.getOrDefault(version, List.of()), scanned::contains,
                approved::contains, id -> Optional.ofNullable(sources.get(id)), assessmentForEveryDataset);
    }

    private final Dataset meldingen = dataset("Meldingen", true);
    private final Dataset copy = dataset("Meldingen (geanonimiseerd)", true);

    @Test
    void aDatasetWithFindingsAndNoAssessmentGetsBothReasonsWithCountsDetectorsAndFields() {
        UUID version = meldingen.currentVersion().id();
        scanned.add(version);
        findings.put(version, List.of(new Finding("naam", "person-name"), new Finding("email", "email"),
                new Finding("opmerking", "email"), new Finding(null, "office-metadata")));

        List<GateReason> reasons = rule(false).reasonsAgainst(meldingen);

        assertThat(reasons).extracting(GateReason::code).containsExactly("privacy.gate.findings",
                "privacy.gate.assessment");
        assertThat(reasons.getFirst().reason().arguments()).containsEntry("count", 4)
                .containsEntry("detectors", List.of("email", "office-metadata", "person-name"))
                .containsEntry("fields", List.of("email", "naam", "opmerking"));
        assertThat(reasons.getFirst().reason().english()).isEqualTo("The current version has 4 unhandled"
                + " personal-data findings (email, office-metadata, person-name) in the fields email, naam,"
                + " opmerking.");
        assertThat(reasons.get(1).action().english()).startsWith("Link an assessment");
    }

    @Test
    void findingsBlockEvenWithAnApprovedAssessment() {
        UUID version = meldingen.currentVersion().id();
        scanned.add(version);
        findings.put(version, List.of(new Finding("email", "email")));
        approved.add(meldingen.id());

        assertThat(rule(false).reasonsAgainst(meldingen)).extracting(GateReason::code)
                .containsExactly("privacy.gate.findings");
    }

    @Test
    void anUnscannedVersionIsNotPublishedAndNeedsAnAssessment() {
        assertThat(rule(false).reasonsAgainst(meldingen)).extracting(GateReason::code)
                .containsExactly("privacy.gate.not-scanned", "privacy.gate.assessment");
    }

    @Test
    void aCleanDatasetPassesWithoutAnAssessmentUnlessEveryDatasetNeedsOne() {
        scanned.add(meldingen.currentVersion().id());

        assertThat(rule(false).reasonsAgainst(meldingen)).isEmpty();
        assertThat(rule(true).reasonsAgainst(meldingen)).extracting(GateReason::code)
                .containsExactly("privacy.gate.assessment");
        approved.add(meldingen.id());
        assertThat(rule(true).reasonsAgainst(meldingen)).isEmpty();
    }

    @Test
    void theAnonymisedCopyPassesOnceItScansCleanAndAnAssessmentOfItOrItsSourceIsApproved() {
        sources.put(copy.id(), new Source(meldingen.id(), "Meldingen"));
        UUID version = copy.currentVersion().id();
        findings.put(version, List.of(new Finding("email", "email")));

        assertThat(rule(false).reasonsAgainst(copy)).extracting(GateReason::code)
                .containsExactly("privacy.gate.not-scanned", "privacy.gate.assessment");
        scanned.add(version);
        assertThat(rule(false).reasonsAgainst(copy)).extracting(GateReason::code)
                .containsExactly("privacy.gate.findings", "privacy.gate.assessment");
        assertThat(rule(false).reasonsAgainst(copy).get(1).reason().english()).isEqualTo("No approved privacy"
                + " assessment (DPIA pre-scan or DPIA) is linked to this dataset or to its source Meldingen.");
        findings.remove(version);
        assertThat(rule(false).reasonsAgainst(copy)).extracting(GateReason::code)
                .as("clean, but derived from personal data").containsExactly("privacy.gate.assessment");
        approved.add(meldingen.id());
        assertThat(rule(false).reasonsAgainst(copy)).isEmpty();
    }

    @Test
    void aDatasetWithoutDataGivesNoReason() {
        assertThat(rule(true).reasonsAgainst(dataset("Geoogst", false))).isEmpty();
    }

    private static Dataset dataset(String title, boolean withData) {
        Instant t = Instant.parse("2026-01-15T10:00:00Z");
        @Nullable DatasetVersion version = withData ? new DatasetVersion(UUID.randomUUID(), 1, "m.csv", "abc", 10, 3,
                new DatasetSchema(List.of(), List.of()), List.of(), List.of(), t) : null;
        return new Dataset(DatasetId.random(), "m", title, null, null, null, List.of(), AccessLevel.INTERN, "m",
                version, t, t, null, null, DcatProperties.NONE, List.of(), null);
    }
}
