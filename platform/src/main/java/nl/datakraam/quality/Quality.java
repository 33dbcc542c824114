// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality;

import java.util.List;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.jobs.Job;
import nl.datakraam.jobs.JobStatus;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.quality.infra.QualityReports;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.PlatformException;
import org.springframework.stereotype.Service;

/**
 * The quality facade: the report of a dataset's current version, with its metadata quality (MQA), for whoever may
 * read the dataset. Thread-safe.
 */
@Service
public class Quality {

    private final Catalog catalog;
    private final Jobs jobs;
    private final QualityReports reports;
    private final MetadataQuality metadataQuality;

    Quality(Catalog catalog, Jobs jobs, QualityReports reports, MetadataQuality metadataQuality) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.reports = reports;
        this.metadataQuality = metadataQuality;
    }

    /**
     * The quality of the dataset's current version. Costs three metadata queries at most; computes nothing.
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
        return reports.find(version.id(), version.number()).orElseGet(() -> withoutReport(version))
                .withMqa(metadataQuality.latest(id, caller).orElse(null));
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
