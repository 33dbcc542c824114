// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs.infra;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.util.List;
import javax.sql.DataSource;
import nl.datakraam.jobs.JobSettings;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The persistent scheduler (db-scheduler) over the metadata store, with every {@link Task} bean the modules define.
 * It starts once the context is refreshed (so Flyway has run) and stops with the context.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    /**
     * Recurring tasks are start tasks: db-scheduler schedules each at start-up (once, whichever node starts first),
     * and knows them from there; the other tasks are only known.
     */
    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        List<RecurringTask<?>> recurring = tasks.stream().filter(RecurringTask.class::isInstance)
                .<RecurringTask<?>>map(RecurringTask.class::cast).toList();
        List<Task<?>> others = tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), others)
                .startTasks(recurring)
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .enableImmediateExecution()
                .alwaysPersistTimestampInUTC()
                .build();
    }

    /** After the context is refreshed (Flyway has run) and before command-line runners, which wait for jobs. */
    @EventListener(ApplicationStartedEvent.class)
    void start(ApplicationStartedEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }
}
