// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import nl.datakraam.catalog.DatasetVersionCommitted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Queues an MQA assessment for every committed version, once the commit is certain. */
@Component
class MqaVersionListener {

    private final MqaScheduling scheduling;

    MqaVersionListener(MqaScheduling scheduling) {
        this.scheduling = scheduling;
    }

    /**
     * Runs after the committing transaction, in a transaction of its own: the committed one can take no more
     * writes, and queuing the task is a write.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DatasetVersionCommitted event) {
        scheduling.schedule(event.datasetId());
    }
}
