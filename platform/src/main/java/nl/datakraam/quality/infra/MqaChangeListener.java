// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import nl.datakraam.catalog.DatasetChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Queues an MQA assessment for every committed version and every metadata change (edit, bulk edit, metadata
 * import), once the commit is certain, so that a steward who fills in a missing property sees the score follow within
 * seconds. A new quality rating, which the assessment itself records, queues nothing.
 */
@Component
class MqaChangeListener {

    private final MqaScheduling scheduling;

    MqaChangeListener(MqaScheduling scheduling) {
        this.scheduling = scheduling;
    }

    /**
     * Runs after the committing transaction, in a transaction of its own: the committed one can take no more
     * writes, and queuing the task is a write.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(DatasetChanged event) {
        if (event.change() == DatasetChanged.Change.VERSION || event.change() == DatasetChanged.Change.DESCRIBED) {
            scheduling.schedule(event.datasetId());
        }
    }
}
