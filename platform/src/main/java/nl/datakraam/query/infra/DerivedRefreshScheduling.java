// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.query.infra;

import java.util.UUID;
import nl.datakraam.catalog.DatasetVersionCommitted;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import nl.datakraam.query.DerivedDatasets;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * After a version commits: gives a derived run its version, and queues a refresh job for every derived dataset that
 * reads the dataset, created by (and run as) the derived dataset's owner. The job's subject is the derived dataset,
 * so that its page shows a failed refresh like a failed ingest.
 */
@Component
class DerivedRefreshScheduling {

    private final DerivedDatasets derived;
    private final Jobs jobs;
    private final DerivedRefreshTask task;

    DerivedRefreshScheduling(DerivedDatasets derived, Jobs jobs, DerivedRefreshTask task) {
        this.derived = derived;
        this.jobs = jobs;
        this.task = task;
    }

    /** In a transaction of its own (the committed one takes no more writes); returns once the jobs are queued. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DatasetVersionCommitted event) {
        for (UUID dependant : derived.versionCommitted(event.datasetId(), event.versionId())) {
            String owner = derived.owner(dependant).orElse(null);
            if (owner == null) {
                continue;
            }
            var jobId = new JobId(UUID.randomUUID());
            jobs.submit(jobId, DerivedRefreshTask.KIND, dependant, owner, null, task.instance(new RefreshOrder(
                    jobId.value(), dependant, event.datasetId().value(), event.versionId())));
        }
    }
}
