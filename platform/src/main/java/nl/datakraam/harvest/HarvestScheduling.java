// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that harvests sources whose interval has come round. db-scheduler runs it on one node at a time,
 * every {@code datakraam.harvest.check-interval} after the previous round ended.
 */
@Configuration(proxyBeanMethods = false)
class HarvestScheduling {

    static final String TASK = "harvest-due-sources";

    @Bean
    RecurringTask<Void> harvestDueSources(Harvester harvester, HarvestSettings settings) {
        return Tasks.recurring(TASK, FixedDelay.of(settings.checkInterval()))
                .execute((instance, context) -> harvester.runDue());
    }
}
