// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.jobs.infra;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
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

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(DataSource dataSource, List<Task<?>> tasks, JobSettings settings) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.copyOf(tasks))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeatInterval())
                .enableImmediateExecution()
                .build();
    }

    /** After the context is refreshed (Flyway has run) and before command-line runners, which wait for jobs. */
    @EventListener(ApplicationStartedEvent.class)
    void start(ApplicationStartedEvent event) {
        event.getApplicationContext().getBean(Scheduler.class).start();
    }
}
