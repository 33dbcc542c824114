// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

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
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.quality.DataQuality;
import nl.datakraam.quality.QualitySettings;
import nl.datakraam.quality.model.DataQualityFormula;
import nl.datakraam.quality.model.DueDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Judges the timeliness of every dataset again as time passes ({@value #TASK}, a db-scheduler recurring task every
 * {@code datakraam.quality.timeliness-check-interval}, daily by default, on one node at a time). Timeliness is the
 * one dimension of the data quality score that changes without new data: 100 until new data is due, then falling
 * (docs/data-quality-score.md). For each dataset with data and a stored assessment of its current version, the
 * latest assessment is judged again at the platform clock's now ({@link DataQualityFormula#rejudge}); when the score
 * comes out different, the new assessment is appended to the dataset's history, otherwise nothing is written. So the
 * history shows a dataset going overdue and its score falling, one point per change, and stays as it was while
 * nothing changes. Whether a dataset is overdue is judged on every read from the same clock ({@code Quality}), so
 * the lists and badges need no stored state.
 */
@Configuration(proxyBeanMethods = false)
public class TimelinessRescoring {

    static final String TASK = "timeliness-rescore";
    private static final Caller SYSTEM = Caller.system("quality");
    private static final int PAGE = 200;
    private static final Logger log = LoggerFactory.getLogger(TimelinessRescoring.class);

    private final Catalog catalog;
    private final DataQualityAssessments assessments;
    private final QualitySettings settings;
    private final Clock clock;

    TimelinessRescoring(Catalog catalog, DataQualityAssessments assessments, QualitySettings settings, Clock clock) {
        this.catalog = catalog;
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> timelinessRescore() {
        return Tasks.recurring(TASK, FixedDelay.of(settings.timelinessCheckInterval()))
                .execute((instance, context) -> rescore());
    }

    /**
     * Judges every dataset's timeliness at the platform clock's now and appends an assessment for each whose score
     * changed. Reads the catalogue 200 datasets at a time: two queries per page, plus one insert per change.
     *
     * @return how many assessments were appended
     */
    public int rescore() {
        Instant now = clock.instant();
        int changed = 0;
        for (int offset = 0; ; offset += PAGE) {
            DatasetPage page = catalog.list(SYSTEM, PAGE, offset);
            List<Dataset> withData = page.items().stream().filter(d -> d.currentVersion() != null).toList();
            Map<UUID, DataQuality> latest = assessments.latestOfVersions(withData.stream()
                    .map(d -> d.currentVersion().id()).toList());
            for (Dataset dataset : withData) {
                DataQuality stored = latest.get(dataset.currentVersion().id());
                if (stored == null) {
                    continue; // its quality job has not stored one yet, and will judge timeliness itself
                }
                DataQuality rejudged = DataQualityFormula.rejudge(stored, DueDates.judge(dataset.updateFrequency(),
                        dataset.lastDataAt(), now), now);
                if (rejudged != stored) {
                    assessments.save(dataset.id(), rejudged);
                    changed++;
                }
            }
            if (page.items().size() < PAGE) {
                break;
            }
        }
        if (changed > 0) {
            log.info("Timeliness judged again: {} dataset(s) scored differently", changed);
        }
        return changed;
    }
}
