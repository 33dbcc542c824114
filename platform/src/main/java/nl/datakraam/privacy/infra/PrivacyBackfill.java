// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy.infra;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.ReadableTable;
import nl.datakraam.jobs.JobId;
import nl.datakraam.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues a privacy scan, at start-up, for every current version that has none (committed before this module existed,
 * or whose job was lost), so that "every version is scanned" holds for data already there. The job id is derived from
 * the version, so that nodes starting together queue it once; a job already recorded is left alone.
 */
@Component
class PrivacyBackfill {

    private static final Logger log = LoggerFactory.getLogger(PrivacyBackfill.class);
    private static final Caller SYSTEM = Caller.system(PrivacyTask.KIND);

    private final Catalog catalog;
    private final FindingsStore store;
    private final Jobs jobs;
    private final PrivacyTask task;
    private final TransactionTemplate transactions;

    PrivacyBackfill(Catalog catalog, FindingsStore store, Jobs jobs, PrivacyTask task,
            TransactionTemplate transactions) {
        this.catalog = catalog;
        this.store = store;
        this.jobs = jobs;
        this.task = task;
        this.transactions = transactions;
    }

    /** Queues the missing scans; returns how many it queued. Never throws: a failure is logged and skipped. */
    @EventListener(ApplicationReadyEvent.class)
    int scanVersionsNotScanned() {
        int queued = 0;
        try {
            for (ReadableTable table : catalog.readableTables(SYSTEM)) {
                if (store.report(table.versionId()).isPresent()) {
                    continue;
                }
                var jobId = new JobId(UUID.nameUUIDFromBytes(("privacy-scan:" + table.versionId())
                        .getBytes(StandardCharsets.UTF_8)));
                if (jobs.find(jobId).isPresent()) {
                    continue;
                }
                try {
                    transactions.executeWithoutResult(status -> jobs.submit(jobId, PrivacyTask.KIND,
                            table.versionId(), PrivacyTask.SYSTEM_ID, null, task.instance(new PrivacyOrder(
                                    jobId.value(), table.datasetId().value(), table.versionId()))));
                    queued++;
                } catch (DataAccessException e) {
                    log.info("Privacy scan of version {} was queued by another node", table.versionId());
                }
            }
        } catch (RuntimeException e) {
            log.error("Could not queue the privacy scans of versions not scanned yet", e);
        }
        if (queued > 0) {
            log.info("Queued privacy scans of {} versions that had none", queued);
        }
        return queued;
    }
}
