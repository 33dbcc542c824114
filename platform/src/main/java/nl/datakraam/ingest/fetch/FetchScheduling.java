// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that re-fetches sources whose schedule has come round. db-scheduler runs it on one node at a
 * time, every {@code datakraam.ingest.fetch.check-interval} after the previous round ended.
 */
@Configuration(proxyBeanMethods = false)
class FetchScheduling {

    static final String TASK = "fetch-due-sources";

    @Bean
    RecurringTask<Void> fetchDueSources(FetchService fetch, FetchSettings settings) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> fetch.refreshDue());
    }
}
