// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.query.DerivedDatasets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The durable refresh of one derived dataset after a source got a new version ({@link DerivedDatasets#refresh}):
 * claimed by one node, run again after a crash (a refresh that already queued its ingest only queues another of the
 * same data). Never throws: a refusal ends the job {@code failed} with the reason, which the derived dataset also
 * shows; the dataset's current version stays.
 */
@Component
class DerivedRefreshTask extends OneTimeTask<RefreshOrder> {

    /** The job kind and task name. */
    static final String KIND = "derived-refresh";

    private static final Logger log = LoggerFactory.getLogger(DerivedRefreshTask.class);

    private final DerivedDatasets derived;
    private final Jobs jobs;

    DerivedRefreshTask(DerivedDatasets derived, Jobs jobs) {
        super(KIND, RefreshOrder.class);
        this.derived = derived;
        this.jobs = jobs;
    }

    TaskInstance<RefreshOrder> instance(RefreshOrder order) {
        return instance(order.jobId().toString(), order);
    }

    @Override
    public void executeOnce(TaskInstance<RefreshOrder> instance, ExecutionContext context) {
        RefreshOrder order = instance.getData();
        var jobId = new JobId(order.jobId());
        jobs.started(jobId);
        try {
            derived.refresh(order.derivedDatasetId(), order.jobId());
            jobs.succeeded(jobId, 0, 0);
        } catch (DerivedDatasets.RefreshRefused e) {
            jobs.failed(jobId, KIND + "." + e.code().key(), e.arguments(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Refresh of derived dataset {} failed", order.derivedDatasetId(), e);
            jobs.failed(jobId, KIND + ".failed", "The refresh failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); the previous version stays current. See the log of " + jobId + ".");
        }
    }
}
