// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.NewDataset;
import nl.datakraam.quality.MqaAssessment;
import nl.datakraam.quality.MqaScore;
import nl.datakraam.quality.ShaclFinding;
import nl.datakraam.support.PlatformIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the MQA history store must do, whichever database holds it: run by {@link MqaAssessmentsH2IT} (embedded
 * H2) and {@link MqaAssessmentsPostgresIT} (the PostgreSQL server on 127.0.0.1:5432).
 */
abstract class MqaAssessmentsContract extends PlatformIT {

    private static final Instant T = Instant.parse("2026-03-01T10:15:30.123456Z");

    @Autowired
    Catalog catalog;

    @Autowired
    MqaAssessments assessments;

    static MqaScore score(int keywords) {
        int total = 100 + keywords;
        return new MqaScore(total, 405, MqaScore.rating(total), "csv", List.of(
                new MqaScore.Dimension("findability", keywords, 100), new MqaScore.Dimension("accessibility", 100, 100),
                new MqaScore.Dimension("interoperability", 0, 110), new MqaScore.Dimension("reusability", 0, 75),
                new MqaScore.Dimension("contextuality", 0, 20)),
                List.of(new MqaScore.Indicator("keywordAvailability", "findability", "dcat:keyword", keywords, 30,
                        keywords > 0, keywords > 0 ? "present" : "absent",
                        Map.of("property", "dcat:keyword", "value", "subsidie, gemeente"), "dcat:keyword is given.",
                        List.of(), null, null, null),
                        new MqaScore.Indicator("dcatApCompliance", "interoperability", "DCAT-AP 3.0.1", 0, 30, false,
                                "violations", Map.of("count", 1), "Violates once.", List.of(new ShaclFinding(
                                "shacl.min-count", "dataset", "dct:description", "1", "minCount", null)), null, null,
                                null),
                        new MqaScore.Indicator("formatAvailability", "interoperability", "dct:format", 0, 20, false,
                                "absent", Map.of("property", "dct:format", "level", "distribution"), "No format.",
                                List.of(), 0, 2, null)));
    }

    private DatasetId aDataset() {
        return catalog.register(new NewDataset("MQA store " + Instant.now(), null, AccessLevel.OPENBAAR, "test"));
    }

    @Test
    void keepsEveryAssessmentAndReadsTheLatestBackWithItsIndicators() {
        DatasetId id = aDataset();
        assessments.save(id.value(), null, score(0), T);
        MqaAssessment saved = assessments.save(id.value(), null, score(30), T.plusSeconds(60));

        MqaAssessment latest = assessments.latest(id.value()).orElseThrow();

        assertThat(latest.id()).isEqualTo(saved.id());
        assertThat(latest.total()).isEqualTo(130);
        assertThat(latest.rating()).isEqualTo("sufficient");
        assertThat(latest.assessedAt()).isEqualTo(T.plusSeconds(60).truncatedTo(ChronoUnit.MICROS));
        assertThat(latest.dimensions()).isEqualTo(score(30).dimensions());
        assertThat(latest.indicators()).isEqualTo(score(30).indicators());
        assertThat(latest.distribution()).isEqualTo("csv");
        assertThat(assessments.count(id.value())).isEqualTo(2);
    }

    @Test
    void listsTheHistoryNewestFirstAndPaged() {
        DatasetId id = aDataset();
        for (int minute = 0; minute < 3; minute++) {
            assessments.save(id.value(), null, score(minute * 10), T.plusSeconds(60L * minute));
        }

        List<MqaAssessment> page = assessments.history(id.value(), 2, 0);

        assertThat(page).extracting(MqaAssessment::total).containsExactly(120, 110);
        assertThat(page).allSatisfy(a -> assertThat(a.indicators()).isEmpty());
        assertThat(assessments.history(id.value(), 2, 2)).extracting(MqaAssessment::total).containsExactly(100);
    }

    @Test
    void givesTheLatestOfManyDatasetsAtOnce() {
        DatasetId first = aDataset();
        DatasetId second = aDataset();
        DatasetId never = aDataset();
        assessments.save(first.value(), null, score(0), T);
        assessments.save(first.value(), null, score(20), T.plusSeconds(1));
        assessments.save(second.value(), null, score(10), T);

        var latest = assessments.latestOf(List.of(first.value(), second.value(), never.value()));

        assertThat(latest).hasSize(2);
        assertThat(latest.get(first.value()).total()).isEqualTo(120);
        assertThat(latest.get(second.value()).total()).isEqualTo(110);
        assertThat(assessments.latestOf(List.of())).isEmpty();
    }
}
