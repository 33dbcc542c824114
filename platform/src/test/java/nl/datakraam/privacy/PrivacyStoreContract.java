// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.VersionFiles;
import nl.datakraam.support.Fixtures;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The privacy module's JDBC stores ({@link AssessmentStore}, {@link ProcessingActivityStore},
 * {@link RetentionStore}) keep and give back exactly what they were given, whichever database holds them: run by
 * {@link PrivacyStoreH2IT} (embedded H2) and {@link PrivacyStorePostgresIT} (PostgreSQL).
 */
abstract class PrivacyStoreContract extends PlatformIT {

    private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123Z");

    @Autowired
    AssessmentStore assessments;

    @Autowired
    ProcessingActivityStore activities;

    @Autowired
    RetentionStore retention;

    @Autowired
    Catalog catalog;

    private DatasetId dataset;

    @BeforeEach
    void aDataset() {
        JsonNode job = admin().importFile(Fixtures.file("winkels.csv", "plaats;aantal\nÜtrecht;" + System.nanoTime()
                + "\n", StandardCharsets.UTF_8), "Winkels per plaats", "intern");
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("succeeded");
        dataset = DatasetId.parse(job.get("subjectId").asString());
    }

    @Test
    void anAssessmentComesBackAsItWasWrittenAndAnUpdateNeedsTheExpectedStatus() {
        var initiative = new Initiative(UUID.randomUUID(), "Fietsroutes", "Planner", "Provincie", "de-1", AT, false);
        assessments.insertInitiative(initiative);
        var draft = new Assessment(UUID.randomUUID(), AssessmentKind.DPIA_PRESCAN, "Voortoets “fiets”",
                "dpia-prescan", 1, Map.of("ap-12", "yes", "toelichting", "Locaties van fietsers; één per rit"),
                AssessmentStatus.DRAFT, null, initiative.id(), List.of(dataset), "de-1", AT, AT, null, null, null,
                null, null);
        assessments.insert(draft);
        assertThat(assessments.find(draft.id())).contains(draft);
        assertThat(assessments.ofDataset(dataset)).containsExactly(draft);

        var submitted = new Assessment(draft.id(), draft.kind(), draft.title(), "dpia-prescan", 1, draft.answers(),
                AssessmentStatus.SUBMITTED, PrescanOutcome.NOT_REQUIRED, initiative.id(), List.of(), "de-1", AT,
                AT.plusSeconds(60), "de-1", AT.plusSeconds(60), null, null, null);
        assertThat(assessments.update(submitted, AssessmentStatus.REJECTED)).isFalse();
        assertThat(assessments.find(draft.id())).contains(draft);
        assertThat(assessments.update(submitted, AssessmentStatus.DRAFT)).isTrue();
        assertThat(assessments.find(draft.id())).contains(submitted);
        assertThat(assessments.ofDataset(dataset)).isEmpty();

        long assessedBefore = assessments.indicator().assessed();
        var approved = new Assessment(draft.id(), draft.kind(), draft.title(), "dpia-prescan", 1, draft.answers(),
                AssessmentStatus.APPROVED, PrescanOutcome.NOT_REQUIRED, initiative.id(), List.of(dataset), "de-1",
                AT, AT.plusSeconds(120), "de-1", AT.plusSeconds(60), "fg-1", AT.plusSeconds(120), "akkoord");
        assertThat(assessments.update(approved, AssessmentStatus.SUBMITTED)).isTrue();
        assertThat(assessments.approvedFor(dataset)).isTrue();
        assertThat(assessments.indicator().assessed()).isEqualTo(assessedBefore + 1);
        assertThat(assessments.initiative(initiative.id()).orElseThrow().assessed()).isTrue();
    }

    @Test
    void aProcessingActivityComesBackAsItWasWritten() {
        var activity = new ProcessingActivity(UUID.randomUUID(), "Vergunningverlening", "Omgeving", "Vergunnen",
                LegalBasis.WETTELIJKE_VERPLICHTING, "Omgevingswet", "Gedeputeerde Staten", "fg@example.nl",
                List.of("aanvragers", "omwonenden"), List.of("naam", "adres"),
                List.of(SpecialCategory.GEZONDHEID, SpecialCategory.STRAFRECHTELIJKE_GEGEVENS), List.of("gemeenten"),
                List.of(), "betrokkene", "20 jaar", Period.ofYears(20), "versleuteld", true, List.of(dataset), "de-1",
                AT, "de-1", AT);
        activities.insert(activity);
        assertThat(activities.find(activity.id())).contains(activity);
        assertThat(activities.ofDataset(dataset)).containsExactly(activity);
        assertThat(activities.datasetsWithActivityPeriod()).contains(dataset);

        var changed = new ProcessingActivity(activity.id(), "Vergunningen", null, "Vergunnen", LegalBasis.PUBLIEKE_TAAK,
                null, "GS", null, List.of(), List.of(), List.of(), List.of(), List.of("Zwitserland"), null, null, null,
                null, false, List.of(), "de-1", AT, "fg-1", AT.plusSeconds(5));
        activities.update(changed);
        assertThat(activities.find(activity.id())).contains(changed);
        assertThat(activities.ofDataset(dataset)).isEmpty();
    }

    @Test
    void aRetentionPeriodAndADeletionComeBackAsTheyWereWritten() {
        assertThat(retention.periodOf(dataset)).isEmpty();
        retention.setPeriod(dataset, Period.parse("P1Y6M"), "de-1", AT);
        assertThat(retention.periodOf(dataset)).contains(Period.parse("P1Y6M"));
        assertThat(retention.datasetsWithPeriod()).contains(dataset);
        retention.setPeriod(dataset, null, "de-1", AT);
        assertThat(retention.periodOf(dataset)).isEmpty();

        VersionFiles version = catalog.versionFiles(dataset, Caller.system("contract")).getFirst();
        var deletion = new RetentionDeletion(UUID.randomUUID(), dataset, version.id(), version.number(), true, "P1Y",
                AT, "beheerder", AT.plus(1, ChronoUnit.DAYS), List.of(new RetentionDeletion.File(version.rawKey(),
                        "raw", version.rawSha256(), version.rawSize(), true)));
        retention.insert(deletion);
        assertThat(retention.deletions(dataset)).containsExactly(deletion);
    }
}
