// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetVersion;
import nl.datakraam.catalog.Distribution;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.lib.profiling.CheckResult;
import nl.datakraam.lib.profiling.Checks;
import nl.datakraam.lib.profiling.Profile;
import nl.datakraam.lib.profiling.Profiler;
import nl.datakraam.lib.profiling.ProfilingException;
import nl.datakraam.lib.profiling.ProfilingSettings;
import nl.datakraam.lib.profiling.QualitySummary;
import nl.datakraam.quality.QualitySettings;
import nl.datakraam.quality.model.DataQualityFormula;
import nl.datakraam.quality.model.DueDates;
import nl.datakraam.shared.IssueCode;
import nl.datakraam.storage.BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable quality job of one version: profiles and checks its Parquet file and stores the report. Runs on
 * whichever node claims it and again from the start after a crash (storing replaces a half-finished attempt's
 * report). A version that is no longer current when the job runs is skipped. Never throws: every failure ends the
 * job {@code failed} with a message.
 */
@Component
class QualityTask extends OneTimeTask<QualityOrder> {

    /** The job kind and task name. */
    static final String KIND = "quality";

    /** Who reads the catalogue for the job: the system, which may read every dataset. */
    private static final Caller SYSTEM = Caller.system(KIND);

    /** Who quality jobs are recorded as created by. */
    static final String SYSTEM_ID = SYSTEM.id();

    private static final Logger log = LoggerFactory.getLogger(QualityTask.class);

    private final Catalog catalog;
    private final BlobStore blobs;
    private final Jobs jobs;
    private final QualityReports reports;
    private final QualitySettings settings;
    private final Clock clock;

    QualityTask(Catalog catalog, BlobStore blobs, Jobs jobs, QualityReports reports, QualitySettings settings,
            Clock clock) {
        super(KIND, QualityOrder.class);
        this.catalog = catalog;
        this.blobs = blobs;
        this.jobs = jobs;
        this.reports = reports;
        this.settings = settings;
        this.clock = clock;
    }

    /** The schedulable instance for an order; its id is the job id. */
    TaskInstance<QualityOrder> instance(QualityOrder order) {
        return instance(order.jobId().toString(), order);
    }

    @Override
    public void executeOnce(TaskInstance<QualityOrder> instance, ExecutionContext context) {
        QualityOrder order = instance.getData();
        var jobId = new JobId(order.jobId());
        var datasetId = new DatasetId(order.datasetId());
        jobs.started(jobId);
        Path temporary = blobs.temporaryFile("-quality");
        try {
            Dataset dataset = catalog.find(datasetId, SYSTEM).orElse(null);
            DatasetVersion version = dataset == null ? null : dataset.currentVersion();
            Distribution parquet = version == null || !version.id().equals(order.versionId()) ? null
                    : version.distribution("parquet").orElse(null);
            if (parquet == null) {
                jobs.succeeded(jobId, 0, 0);
                return;
            }
            var profiling = ProfilingSettings.defaults().withResources(
                    (int) settings.duckdbMemoryLimit().toMegabytes(), settings.duckdbThreads(), temporary);
            Path file = blobs.path(parquet.blobKey());
            Profile profile = new Profiler(profiling).profile(file);
            if (!jobs.progressed(jobId, parquet.byteSize() / 2, profile.rowCount())) {
                jobs.cancelled(jobId);
                return;
            }
            List<CheckResult> checks = new Checks(profiling).run(file, profile);
            var now = clock.instant();
            reports.save(version.id(), datasetId, profile, checks, QualitySummary.of(profile, checks),
                    DataQualityFormula.assess(version.id(), version.number(), profile, checks,
                            DueDates.judge(dataset.updateFrequency(), dataset.lastDataAt(), now), now), now);
            jobs.succeeded(jobId, parquet.byteSize(), profile.rowCount());
        } catch (ProfilingException e) {
            log.warn("Quality job {} of dataset {} could not read its data: {}", jobId, datasetId, e.getMessage());
            jobs.failed(jobId, "quality." + IssueCode.UNREADABLE.key(), Map.of("job", jobId.toString()),
                    "The data of this version could not be profiled (job " + jobId + "): " + e.getMessage());
        } catch (RuntimeException e) {
            log.error("Quality job {} of dataset {} failed", jobId, datasetId, e);
            jobs.failed(jobId, "quality." + IssueCode.INTERNAL_ERROR.key(), Map.of("job", jobId.toString()),
                    "The quality check stopped on an unexpected error (job " + jobId + "). The data is unaffected;"
                    + " give the job id to the administrator.");
        } finally {
            blobs.deleteTree(temporary);
        }
    }
}
