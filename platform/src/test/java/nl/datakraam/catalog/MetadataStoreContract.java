// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.access.DatasetGrant;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobStatus;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.lib.profiling.QualitySummary;
import nl.datakraam.quality.infra.DataQualityAssessments;
import nl.datakraam.quality.infra.QualityReports;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * What the metadata store must do, whichever database holds it: run by {@link MetadataStoreH2IT} (embedded H2, the
 * default) and {@link MetadataStorePostgresIT} (the PostgreSQL server on 127.0.0.1:5432).
 */
abstract class MetadataStoreContract extends PlatformIT {

    private static final Caller ADMIN = Caller.administrator("contract-test");

    @Autowired
    Catalog catalog;

    @Autowired
    IngestService ingest;

    @Autowired
    Jobs jobs;

    @Autowired
    DataQualityAssessments assessments;

    @Autowired
    QualityReports reports;

    @Test
    void commitsAVersionWithItsSchemaAndDistributions() {
        DatasetId id = catalog.register(new NewDataset("Contract " + Instant.now(), "beschrijving", AccessLevel.OPENBAAR,
                ADMIN.id()));
        assertThat(catalog.nextVersionNumber(id)).isEqualTo(1);
        var schema = new DatasetSchema(List.of(
                new SchemaField("code", "Code", "string", "default", null, null, List.of(), List.of(), List.of()),
                new SchemaField("bedrag", "Bedrag", "number", "default", ",", ".", List.of(), List.of(), List.of("n.v.t."))),
                List.of("n.v.t."));
        catalog.commitVersion(id, new NewVersion(1, "bron.csv", "raw/abc", "abc", 42, 7, schema, "{}",
                List.of(new VersionIssue("warning", "row.extra-values", 3, 3, null, Map.of("found", 3), "kept")),
                List.of(new NewDistribution("parquet", "application/vnd.apache.parquet", "datasets/x/v1/data.parquet", 10L),
                        new NewDistribution("csv", "text/csv", "datasets/x/v1/data.csv", 20L))));

        Dataset dataset = catalog.get(id, Caller.anonymous());
        DatasetVersion version = dataset.currentVersion();
        assertThat(version).isNotNull();
        assertThat(version.rowCount()).isEqualTo(7);
        assertThat(version.schema()).isEqualTo(schema);
        assertThat(version.issues()).extracting(VersionIssue::line).containsExactly(3L);
        assertThat(version.issues()).extracting(VersionIssue::arguments).containsExactly(Map.of("found", 3));
        assertThat(version.distributions()).extracting(Distribution::format).containsExactlyInAnyOrder("parquet", "csv");
        assertThat(catalog.nextVersionNumber(id)).isEqualTo(2);
        assertThat(catalog.readableTables(Caller.anonymous())).extracting(ReadableTable::datasetId).contains(id);
    }

    @Test
    void recordsTheSizeOfADistributionMadeAfterTheCommit() {
        DatasetId id = catalog.register(new NewDataset("Lazy " + Instant.now(), null, AccessLevel.OPENBAAR, ADMIN.id()));
        String csvKey = "datasets/" + id.value() + "/v1/data.csv";
        catalog.commitVersion(id, new NewVersion(1, "bron.csv", "raw/abc", "abc", 42, 7,
                new DatasetSchema(List.of(), List.of()), "{}", List.of(),
                List.of(new NewDistribution("parquet", "application/vnd.apache.parquet", "datasets/x/v1/data.parquet", 10L),
                        new NewDistribution("csv", "text/csv", csvKey, null))));
        assertThat(catalog.get(id, ADMIN).currentVersion().distribution("csv").orElseThrow().byteSize())
                .as("not made yet").isNull();

        catalog.distributionMade(csvKey, 1234, "a".repeat(64));
        catalog.distributionMade(csvKey, 99, "b".repeat(64));

        DatasetVersion version = catalog.get(id, ADMIN).currentVersion();
        assertThat(version.distribution("csv").orElseThrow().byteSize()).as("the first size recorded").isEqualTo(1234L);
        assertThat(version.distribution("csv").orElseThrow().sha256()).isEqualTo("a".repeat(64));
        assertThat(version.distribution("parquet").orElseThrow().byteSize()).isEqualTo(10L);
    }

    @Test
    void hidesInternalDatasetsFromAnonymousCallers() {
        DatasetId id = catalog.register(new NewDataset("Intern " + Instant.now(), null, AccessLevel.INTERN, ADMIN.id()));
        assertThat(catalog.find(id, Caller.anonymous())).isEmpty();
        assertThat(catalog.find(id, ADMIN)).isPresent();
        assertThat(catalog.list(Caller.anonymous(), 1000, 0).items()).extracting(Dataset::id).doesNotContain(id);
    }

    /**
     * Grants in SQL, on either database: a group grant opens a beperkt dataset, but not a vertrouwelijk one (an account
     * grant does), in the one-dataset read and in every listing alike; the creator owns what it registers.
     */
    @Test
    void appliesGrantsByKindAndLevelInEveryQuery() {
        Caller partner = new Caller("partner-" + UUID.randomUUID(), java.util.Set.of(Caller.ROLE_PARTNER),
                java.util.Set.of("grp-" + UUID.randomUUID()), null);
        DatasetId restricted = withData(AccessLevel.BEPERKT);
        DatasetId secret = withData(AccessLevel.VERTROUWELIJK);
        var group = new DatasetGrant(DatasetGrant.Kind.GROUP, partner.groups().iterator().next());
        catalog.replaceGrants(restricted, List.of(group), ADMIN);
        catalog.replaceGrants(secret, List.of(group), ADMIN);
        assertThat(catalog.find(restricted, partner)).isPresent();
        assertThat(catalog.find(secret, partner)).as("a group grant does not count for vertrouwelijk").isEmpty();
        assertThat(catalog.list(partner, 1000, 0).items()).extracting(Dataset::id).contains(restricted)
                .doesNotContain(secret);
        assertThat(catalog.readableTables(partner)).extracting(ReadableTable::datasetId).contains(restricted)
                .doesNotContain(secret);

        catalog.replaceGrants(secret, List.of(group, DatasetGrant.account(partner.id())), ADMIN);
        assertThat(catalog.find(secret, partner)).isPresent();
        assertThat(catalog.overview(partner)).extracting(DatasetOverview::datasetId).contains(restricted, secret);
        assertThat(catalog.dataArrivals(partner)).extracting(DataArrival::datasetId).contains(restricted, secret);
        assertThat(catalog.grants(secret, ADMIN)).containsExactly(DatasetGrant.account(partner.id()), group);
        assertThat(catalog.find(secret, Caller.anonymous())).isEmpty();

        DatasetId owned = catalog.register(new NewDataset("Eigen " + Instant.now(), null, AccessLevel.VERTROUWELIJK,
                "eigenaar-" + partner.id()));
        assertThat(catalog.grants(owned, ADMIN)).containsExactly(DatasetGrant.account("eigenaar-" + partner.id()));
    }

    private DatasetId withData(AccessLevel level) {
        DatasetId id = catalog.register(new NewDataset("Toegang " + level.code() + " " + Instant.now(), null, level,
                ADMIN.id()));
        catalog.commitVersion(id, new NewVersion(1, "bron.csv", "raw/abc", "abc", 42, 7,
                new DatasetSchema(List.of(), List.of()), "{}", List.of(), List.of(new NewDistribution("parquet",
                        "application/vnd.apache.parquet", "datasets/" + id.value() + "/v1/data.parquet", 10L))));
        return id;
    }

    @Test
    void givesEachDatasetAUniqueTableName() {
        DatasetId first = catalog.register(new NewDataset("Zelfde titel", null, AccessLevel.OPENBAAR, ADMIN.id()));
        DatasetId second = catalog.register(new NewDataset("Zelfde titel", null, AccessLevel.OPENBAAR, ADMIN.id()));
        assertThat(catalog.get(first, ADMIN).tableName()).isNotEqualTo(catalog.get(second, ADMIN).tableName());
    }

    @Test
    void neverNamesATableAfterAReservedWord() {
        DatasetId id = catalog.register(new NewDataset("Select", null, AccessLevel.OPENBAAR, ADMIN.id()));
        assertThat(catalog.get(id, ADMIN).tableName()).startsWith("select_data");
    }

    @Test
    void runsAnIngestAsADurableJob() throws InterruptedException {
        IngestSubmission submission = ingest.submit("meting.csv", stream("plaats;aantal\nGroningen;3\nAssen;4\n"),
                null, AccessLevel.OPENBAAR, ADMIN);

        Job job = await(submission);
        assertThat(job.status()).as("%s", job).isEqualTo(JobStatus.SUCCEEDED);
        assertThat(job.rowsDone()).isEqualTo(2);
        Dataset dataset = catalog.get(submission.datasetId(), Caller.anonymous());
        assertThat(dataset.title()).isEqualTo("meting");
        assertThat(dataset.currentVersion().rowCount()).isEqualTo(2);
    }

    @Test
    void aFailedIngestLeavesNoVersion() throws InterruptedException {
        IngestSubmission submission = ingest.submit("leeg.csv", stream(""), "Leeg", AccessLevel.OPENBAAR, ADMIN);

        Job job = await(submission);
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errorMessage()).isNotBlank();
        assertThat(catalog.get(submission.datasetId(), ADMIN).currentVersion()).isNull();
    }

    @Autowired
    Organisations organisations;

    @Test
    void registersADatasetWithItsOrganisationsDefaultsAndAStableSlug() {
        String title = "Fietspaden " + Instant.now().toEpochMilli();
        DatasetId id = withVersion(title, AccessLevel.OPENBAAR);
        Dataset dataset = catalog.get(id, ADMIN);

        assertThat(dataset.publisher()).extracting(Organisation.Ref::id).isEqualTo("pv20");
        assertThat(dataset.publisher().name()).isEqualTo("Provincie Groningen");
        assertThat(dataset.slug()).startsWith("fietspaden-");
        assertThat(dataset.licence()).isEqualTo("http://creativecommons.org/publicdomain/zero/1.0/deed.nl");
        assertThat(dataset.properties().contactPoint()).isNotNull();
        assertThat(dataset.properties().euThemes()).containsExactly(
                "http://publications.europa.eu/resource/authority/data-theme/GOVE");
        assertThat(dataset.properties().donlThemes()).containsExactly(
                "http://standaarden.overheid.nl/owms/terms/Provincies");

        DatasetMetadata renamed = new DatasetMetadata("Andere titel", "beschrijving", null, "CC-BY-4.0",
                List.of("fiets"), AccessLevel.OPENBAAR, null, new DcatProperties(null,
                        List.of("TRAN"), List.of("NLD"), "NLD", new ContactPoint("Team Data", "data@example.nl", null),
                        null, "https://example.nl/fietsen", null, List.of(), "Geteld", List.of("GM0014", "PV20"),
                        java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2024, 12, 31)));
        Dataset after = catalog.describe(id, renamed, ADMIN);

        assertThat(after.slug()).as("stable after a title edit").isEqualTo(dataset.slug());
        assertThat(catalog.findBySlugOrId(dataset.slug(), ADMIN)).get().extracting(Dataset::id).isEqualTo(id);
        assertThat(catalog.findBySlugOrId(id.toString(), ADMIN)).get().extracting(Dataset::slug)
                .isEqualTo(dataset.slug());
        assertThat(after.licence()).isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
        assertThat(after.properties().themes()).containsExactly(
                "http://publications.europa.eu/resource/authority/data-theme/TRAN");
        assertThat(after.properties().spatial()).containsExactly("GM0014", "PV20");
        assertThat(after.properties().temporalEnd()).isEqualTo(java.time.LocalDate.of(2024, 12, 31));
        assertThat(catalog.overview(ADMIN)).filteredOn(o -> o.datasetId().equals(id)).singleElement()
                .satisfies(o -> {
                    assertThat(o.organisation().id()).isEqualTo("pv20");
                    assertThat(o.euThemes()).containsExactly(
                            "http://publications.europa.eu/resource/authority/data-theme/TRAN");
                    assertThat(o.formats()).containsExactly("csv");
                    assertThat(o.licence()).isEqualTo("http://creativecommons.org/licenses/by/4.0/deed.nl");
                });
    }

    @Test
    void keepsVersionNotesAndGroups() {
        DatasetId id = withVersion("Versies " + Instant.now().toEpochMilli(), AccessLevel.OPENBAAR);
        catalog.noteVersion(id, 1, "Eerste levering", ADMIN);
        organisations.createGroup("fietsen", "Fietsen", null, ADMIN);
        catalog.setGroups(id, List.of("fietsen"), ADMIN);

        assertThat(catalog.versions(id, Caller.anonymous())).singleElement()
                .extracting(VersionSummary::versionNotes).isEqualTo("Eerste levering");
        assertThat(catalog.get(id, Caller.anonymous()).groups()).containsExactly("fietsen");
        assertThat(catalog.get(id, Caller.anonymous()).currentVersion().versionNotes()).isEqualTo("Eerste levering");
    }

    @Test
    void refusesAValueOutsideItsListNamingTheField() {
        DatasetId id = withVersion("Fout " + Instant.now().toEpochMilli(), AccessLevel.OPENBAAR);
        Dataset dataset = catalog.get(id, ADMIN);
        var wrong = new DatasetMetadata(dataset.title(), null, null, "MIT", List.of(), AccessLevel.OPENBAAR, null,
                dataset.properties());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> catalog.describe(id, wrong, ADMIN))
                .isInstanceOfSatisfying(nl.datakraam.shared.PlatformException.class, e -> {
                    assertThat(e.code()).isEqualTo(nl.datakraam.shared.ErrorCode.METADATA_INVALID);
                    assertThat(e.details()).containsEntry("field", "licence").containsEntry("problem", "not-in-list");
                });
        assertThat(catalog.get(id, ADMIN).licence()).as("nothing changed").isEqualTo(dataset.licence());
    }

    @Test
    void keepsTheUpdateFrequencyAndWhenDataLastArrived() {
        DatasetId id = withVersion("Actualiteit " + Instant.now(), AccessLevel.OPENBAAR);
        DatasetId internal = withVersion("Actualiteit intern " + Instant.now(), AccessLevel.INTERN);
        Dataset dataset = catalog.get(id, ADMIN);
        DatasetMetadata current = DatasetMetadata.of(dataset);
        catalog.describe(id, new DatasetMetadata(current.title(), null, current.organisationId(), current.licence(),
                List.of(), AccessLevel.OPENBAAR, UpdateFrequency.ofCode("MONTHLY"), current.properties()), ADMIN);

        dataset = catalog.get(id, Caller.anonymous());
        Instant committed = dataset.currentVersion().createdAt();
        assertThat(dataset.updateFrequency()).isEqualTo(UpdateFrequency.ofCode("MONTHLY"));
        assertThat(dataset.dataConfirmedAt()).isNull();
        assertThat(dataset.lastDataAt()).isEqualTo(committed);

        Instant unchanged = committed.plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        catalog.confirmUnchanged(id, unchanged);
        catalog.confirmUnchanged(id, unchanged.minus(Duration.ofDays(1)));
        assertThat(catalog.get(id, ADMIN).lastDataAt()).as("a later confirmation never moves back").isEqualTo(unchanged);

        assertThat(catalog.dataArrivals(Caller.anonymous()))
                .contains(new DataArrival(id, dataset.title(), AccessLevel.OPENBAAR, UpdateFrequency.ofCode("MONTHLY"),
                        unchanged))
                .extracting(DataArrival::datasetId).doesNotContain(internal);
        assertThat(catalog.dataArrivals(ADMIN)).extracting(DataArrival::datasetId).contains(id, internal);
    }

    @Test
    void keepsEveryDataQualityAssessmentNewestFirst() {
        DatasetId id = withVersion("Score " + Instant.now(), AccessLevel.OPENBAAR);
        DatasetVersion version = catalog.get(id, ADMIN).currentVersion();
        Instant first = Instant.parse("2026-03-01T10:00:00Z");
        var older = new DataQuality(version.id(), 1, new DataQuality.Dimensions(85.0, null, 72.0, null), 78.5, 1,
                first);
        var newer = new DataQuality(version.id(), 1, new DataQuality.Dimensions(85.0, 90.0, 72.0, 50.0), 74.3, 1,
                first.plus(Duration.ofDays(3)));
        assessments.save(id, older);
        assessments.save(id, newer);

        assertThat(assessments.history(id)).containsExactly(newer, older);
    }

    /*
     * The quality job stores a version's report and its data quality assessment in one go. Here the assessment names
     * a version that does not exist, so the database refuses it after the report was written: neither may remain,
     * and the report an earlier attempt stored stays as it was.
     */
    @Test
    void storesAQualityReportAndItsAssessmentTogetherOrNeither() {
        DatasetId id = withVersion("Report and score " + Instant.now(), AccessLevel.OPENBAAR);
        DatasetVersion version = catalog.get(id, ADMIN).currentVersion();
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        var assessment = new DataQuality(version.id(), 1, new DataQuality.Dimensions(100.0, null, null, null), 100.0,
                1, at);
        reports.save(version.id(), id, new Profile(7, List.of()), List.of(), new QualitySummary(1, null, 0, 0, 0, 0),
                assessment, at);
        var ofNoVersion = new DataQuality(UUID.randomUUID(), 1, new DataQuality.Dimensions(50.0, null, null, null),
                50.0, 1, at.plusSeconds(60));

        assertThatThrownBy(() -> reports.save(version.id(), id, new Profile(8, List.of()), List.of(),
                new QualitySummary(0.5, null, 0, 0, 0, 0), ofNoVersion, at.plusSeconds(60)))
                .isInstanceOf(DataAccessException.class);

        assertThat(reports.find(version.id(), 1)).get()
                .satisfies(report -> assertThat(report.profile().rowCount()).as("the earlier report").isEqualTo(7));
        assertThat(assessments.history(id)).containsExactly(assessment);
    }

    private DatasetId withVersion(String title, AccessLevel accessLevel) {
        DatasetId id = catalog.register(new NewDataset(title, null, accessLevel, ADMIN.id()));
        var schema = new DatasetSchema(List.of(
                new SchemaField("code", "Code", "string", "default", null, null, List.of(), List.of(), List.of())),
                List.of());
        catalog.commitVersion(id, new NewVersion(1, "bron.csv", "raw/abc", "abc", 42, 7, schema, "{}", List.of(),
                List.of(new NewDistribution("csv", "text/csv", "datasets/x/v1/data.csv", 20L))));
        return id;
    }

    private Job await(IngestSubmission submission) throws InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(2));
        Job job = jobs.find(submission.jobId()).orElseThrow();
        while (!job.status().isFinished() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(100);
            job = jobs.find(submission.jobId()).orElseThrow();
        }
        return job;
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
