// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DataArrival;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobStatus;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.quality.infra.DataQualityAssessments;
import nl.datakraam.quality.infra.QualityReports;
import nl.datakraam.quality.model.DataQualityFormula;
import nl.datakraam.quality.model.DueDates;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The quality facade: the report of a dataset's current version with its data quality score and its metadata
 * quality (MQA), the actualiteit of datasets and the overdue ones, for whoever may read them. Thread-safe; time
 * comes from the platform {@link Clock}.
 */
@Service
public class Quality {

    private final Catalog catalog;
    private final Jobs jobs;
    private final QualityReports reports;
    private final DataQualityAssessments assessments;
    private final MetadataQuality metadataQuality;
    private final Clock clock;

    Quality(Catalog catalog, Jobs jobs, QualityReports reports, DataQualityAssessments assessments,
            MetadataQuality metadataQuality, Clock clock) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.reports = reports;
        this.assessments = assessments;
        this.metadataQuality = metadataQuality;
        this.clock = clock;
    }

    /**
     * The quality of the dataset's current version, with its actualiteit and (when the report is ready) its data
     * quality score, both judged now. Costs four metadata queries at most; computes only the score's arithmetic.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when the dataset does not exist or the caller
     *     may not read it; {@link ErrorCode#DATASET_HAS_NO_DATA} before its first version
     */
    public QualityReport report(DatasetId id, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        DatasetVersion version = dataset.currentVersion();
        if (version == null) {
            throw new PlatformException(ErrorCode.DATASET_HAS_NO_DATA,
                    "This dataset has no data yet, so it has no quality report.", Map.of("datasetId", id.toString()));
        }
        Instant now = clock.instant();
        Actualiteit actualiteit = DueDates.judge(dataset.updateFrequency(), dataset.lastDataAt(), now);
        QualityReport report = reports.find(version.id(), version.number()).orElseGet(() -> withoutReport(version));
        DataQuality score = report.profile() == null ? null : DataQualityFormula.assess(version.id(),
                version.number(), report.profile(), report.checks(), actualiteit, now);
        return report.withDataQuality(actualiteit, score, "/v1/datasets/" + id + "/quality/history")
                .withMqa(metadataQuality.latest(id, caller).orElse(null));
    }

    /**
     * Whether the dataset was updated as often as it declares, judged now; computes without reading the report.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} as {@link #report}
     */
    public Actualiteit actualiteit(DatasetId id, Caller caller) {
        Dataset dataset = catalog.get(id, caller);
        return DueDates.judge(dataset.updateFrequency(), dataset.lastDataAt(), clock.instant());
    }

    /**
     * The stored data quality assessments of the dataset, newest first: one per quality job of each of its
     * versions. Costs two queries.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} as {@link #report}
     */
    public List<DataQuality> dataQualityHistory(DatasetId id, Caller caller) {
        catalog.get(id, caller);
        return assessments.history(id);
    }

    /**
     * The datasets the caller may read whose new data is overdue now, longest overdue first ("Achterstallige
     * datasets"). One catalogue query, whatever the number of datasets.
     */
    public List<OverdueDataset> overdue(Caller caller) {
        Instant now = clock.instant();
        return catalog.dataArrivals(caller).stream()
                .map(arrival -> overdue(arrival, now))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing(OverdueDataset::dueAt).thenComparing(OverdueDataset::title))
                .toList();
    }

    /** How many datasets the caller may read are overdue now: the size of {@link #overdue}, for dashboards. */
    public int overdueCount(Caller caller) {
        return overdue(caller).size();
    }

    private static java.util.Optional<OverdueDataset> overdue(DataArrival arrival, Instant now) {
        Actualiteit actualiteit = DueDates.judge(arrival.updateFrequency(), arrival.lastDataAt(), now);
        if (!actualiteit.overdue() || actualiteit.updateFrequency() == null || actualiteit.dueAt() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OverdueDataset(arrival.datasetId(), arrival.title(), arrival.accessLevel(),
                actualiteit.updateFrequency(), arrival.lastDataAt(), actualiteit.dueAt()));
    }

    /** The published catalogue's metadata quality (MQA); see {@link MetadataQuality#catalogue()}. */
    public MqaCatalogSummary metadataQualityOfCatalogue() {
        return metadataQuality.catalogue();
    }

    private QualityReport withoutReport(DatasetVersion version) {
        Job job = jobs.latestFor(version.id()).orElse(null);
        if (job == null || job.status() == JobStatus.SUCCEEDED) {
            return new QualityReport(QualityReport.ABSENT, version.id(), version.number(), null, null, List.of(),
                    null, null);
        }
        if (job.status() == JobStatus.FAILED || job.status() == JobStatus.CANCELLED) {
            return new QualityReport(QualityReport.FAILED, version.id(), version.number(), null, null, List.of(),
                    null, job.errorMessage());
        }
        return new QualityReport(QualityReport.PENDING, version.id(), version.number(), null, null, List.of(), null,
                null);
    }
}
