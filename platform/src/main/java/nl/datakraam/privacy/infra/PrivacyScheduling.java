// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import java.util.UUID;
import nl.datakraam.catalog.DatasetVersionCommitted;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Queues a privacy scan for every committed version, once the commit is certain. */
@Component
class PrivacyScheduling {

    private final Jobs jobs;
    private final PrivacyTask task;

    PrivacyScheduling(Jobs jobs, PrivacyTask task) {
        this.jobs = jobs;
        this.task = task;
    }

    /**
     * Runs after the committing transaction, in a transaction of its own, and returns as soon as the job is queued.
     * The job's subject is the version, so that a dataset's latest job stays its latest ingest.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DatasetVersionCommitted event) {
        var jobId = new JobId(UUID.randomUUID());
        var order = new PrivacyOrder(jobId.value(), event.datasetId().value(), event.versionId());
        jobs.submit(jobId, PrivacyTask.KIND, event.versionId(), PrivacyTask.SYSTEM_ID, null, task.instance(order));
    }
}
