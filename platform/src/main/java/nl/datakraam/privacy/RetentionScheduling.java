// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.util.Objects;
import nl.datakraam.access.Caller;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring job that deletes the raw data of expired versions ({@link Retention#deleteExpired}, never a current
 * version), as {@code system:retention}; only when {@code datakraam.privacy.retention-deletion-interval} is set.
 * db-scheduler runs it on one node at a time.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "datakraam.privacy", name = "retention-deletion-interval")
class RetentionScheduling {

    static final String TASK = "retention-deletion";

    @Bean
    RecurringTask<Void> retentionDeletion(Retention retention, PrivacySettings settings) {
        return Tasks.recurring(TASK, FixedDelay.of(Objects.requireNonNull(settings.retentionDeletionInterval())))
                .execute((instance, context) -> retention.deleteExpired(Caller.system("retention")));
    }
}
