// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.lib.profiling.QualitySummary;
import nl.datakraam.quality.Dashboard;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.quality.QualityDashboard;
import nl.datakraam.support.PostgresTestSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The MQA history store on PostgreSQL (127.0.0.1:5432, database {@code test}, trust authentication), in a schema of
 * its own per run (see {@link PostgresTestSchema}). Also the quality dashboard's reads of the catalogue and the
 * quality stores, which {@code QualityDashboardIT} covers on H2.
 */
@ActiveProfiles("postgres")
class MqaAssessmentsPostgresIT extends MqaAssessmentsContract {

    private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgresAndTidyUp() throws SQLException {
        SCHEMA.requirePostgresAndTidyUp();
    }

    @Autowired
    nl.datakraam.catalog.Organisations organisations;

    @Autowired
    QualityDashboard dashboard;

    @Autowired
    DataQualityAssessments dataQuality;

    @Autowired
    QualityReports reports;

    @Autowired
    JdbcClient jdbc;

    /*
     * One intern dataset of its own organisation, its version written straight into the tables (no files: nothing
     * else in this schema reads it), two data quality assessments of that version and a report with a failed check.
     */
    @Test
    void theDashboardReadsTheLatestAssessmentsOfTheCurrentVersions() {
        String organisation = "Waterschap " + UUID.randomUUID();
        // after the registration, so that the MQA sweep sees nothing to reassess while the test runs
        Instant at = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
        DatasetId id = catalog.register(new NewDataset("Dashboard PostgreSQL", null, AccessLevel.INTERN, "test"));
        UUID version = UUID.randomUUID();
        jdbc.sql("""
                insert into dataset_version (id, dataset_id, version_number, source_filename, raw_key, raw_sha256,
                    raw_size, row_count, table_schema, dialect, issues, created_at)
                values (:id, :dataset, 1, 'peil.csv', 'raw', 'sha', 1, 4, '{"fields": [], "missingValues": []}', '{}', '[]', :at)""")
                .param("id", version).param("dataset", id.value())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        String organisationId = organisations.resolve(organisation, Caller.administrator("test")).id();
        jdbc.sql("update dataset set current_version = :version, organisation_id = :organisation where id = :id")
                .param("version", version).param("organisation", organisationId).param("id", id.value()).update();
        assessments.save(id.value(), version, score(30), at);
        dataQuality.save(id, new DataQuality(version, 1, new DataQuality.Dimensions(80.0, 50.0, null, null), 65.0, 1,
                at));
        reports.save(version, id, new Profile(4, List.of()), List.of(new CheckResult("postcode", List.of("postcode"),
                CheckResult.FAILED, 4, 2, List.of(1L, 3L), List.of())), new QualitySummary(1, 0.5, 1, 0, 1, 0),
                new DataQuality(version, 1, new DataQuality.Dimensions(90.0, 50.0, null, null), 70.0, 1,
                        at.plusSeconds(1)), at);

        Dashboard figures = dashboard.dashboard(Caller.administrator("test"), organisationId, null, Dashboard.Sort.MQA, true);

        assertThat(figures.datasets()).isEqualTo(1);
        assertThat(figures.openbaar()).isZero();
        assertThat(figures.mqa().averageScore()).isEqualTo(130.0);
        assertThat(figures.dataQuality().averageScore()).as("the later assessment").isEqualTo(70.0);
        assertThat(figures.failingChecks()).containsExactly(new Dashboard.FailingCheck("postcode", 1, 2));
        Dashboard.Row row = figures.rows().get(0);
        assertThat(row.organisation()).isEqualTo(organisation);
        assertThat(row.mqaScore()).isEqualTo(130);
        assertThat(row.dimensions()).isEqualTo(new DataQuality.Dimensions(90.0, 50.0, null, null));
        assertThat(dashboard.dashboard(Caller.anonymous(), organisationId, null, Dashboard.Sort.TITLE, false).datasets())
                .as("intern, so not for the anonymous").isZero();
    }
}
