// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.quality.MqaAssessment;
import nl.datakraam.quality.MqaSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * When MQA assessments run: a durable one-time task per dataset ({@value #TASK}, instance id = dataset id, so a
 * dataset is queued at most once) after every committed version and metadata change ({@link MqaChangeListener}) and
 * on request, and a recurring look
 * ({@value #SWEEP}, every {@code datakraam.quality.mqa.check-interval}) that queues every dataset with data whose
 * latest assessment is missing, older than its last change (metadata edit or new version) or older than
 * {@code reassess-after}. db-scheduler runs them on one node at a time and again after a crash; no request waits
 * for them.
 */
@Configuration(proxyBeanMethods = false)
public class MqaScheduling {

    static final String TASK = "mqa-assess";
    static final String SWEEP = "mqa-due-datasets";
    private static final Caller SYSTEM = Caller.system("mqa");
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(MqaScheduling.class);

    private final SchedulerClient scheduler;
    private final Catalog catalog;
    private final MqaAssessments assessments;
    private final MqaSettings settings;
    private final Clock clock;
    private final OneTimeTask<MqaOrder> task;

    MqaScheduling(@Lazy SchedulerClient scheduler, Catalog catalog, MqaAssessments assessments, MqaSettings settings,
            Clock clock, MqaAssessor assessor) {
        this.scheduler = scheduler;
        this.catalog = catalog;
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
        this.task = Tasks.oneTime(TASK, MqaOrder.class).execute((instance, context) -> run(assessor, instance,
                context));
    }

    @Bean
    OneTimeTask<MqaOrder> mqaAssessTask() {
        return task;
    }

    @Bean
    RecurringTask<Void> mqaDueDatasets() {
        return Tasks.recurring(SWEEP, FixedDelay.of(settings.checkInterval())).execute((instance, context) -> sweep());
    }

    /**
     * Queues an assessment of the dataset to run as soon as a node is free. When one is already queued or running
     * (it may have read the dataset before the change that prompts this call), a second one is queued behind it;
     * never more than two per dataset.
     */
    public void schedule(DatasetId id) {
        var order = new MqaOrder(id.value());
        Instant now = Instant.now(); // the scheduler compares with its own time, not the platform clock
        if (!scheduler.scheduleIfNotExists(task.instance(id.toString(), order), now)) {
            scheduler.scheduleIfNotExists(task.instance(id + "-again", order), now.plusSeconds(1));
        }
    }

    /** Queues every dataset whose assessment is due. */
    void sweep() {
        Instant staleBefore = clock.instant().minus(settings.reassessAfter());
        for (int offset = 0; ; offset += PAGE) {
            DatasetPage page = catalog.list(SYSTEM, PAGE, offset);
            List<Dataset> withData = page.items().stream().filter(d -> d.currentVersion() != null).toList();
            Map<UUID, MqaAssessment> latest = assessments.latestOf(withData.stream().map(d -> d.id().value()).toList());
            for (Dataset dataset : withData) {
                MqaAssessment last = latest.get(dataset.id().value());
                if (last == null || last.assessedAt().isBefore(dataset.modifiedAt())
                        || last.assessedAt().isBefore(staleBefore)) {
                    schedule(dataset.id());
                }
            }
            if (page.items().size() < PAGE) {
                return;
            }
        }
    }

    private static void run(MqaAssessor assessor, TaskInstance<MqaOrder> instance, ExecutionContext context) {
        var id = new DatasetId(instance.getData().datasetId());
        try {
            assessor.assess(id);
        } catch (RuntimeException e) {
            log.error("MQA assessment of dataset {} failed; the next look tries again", id, e);
        }
    }
}
