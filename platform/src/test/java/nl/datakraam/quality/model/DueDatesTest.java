// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.quality.Actualiteit;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    private static final Set<String> WITHOUT_DUE_DATE = Set.of("IRREG", "OTHER", "UNKNOWN", "NEVER");

    @Test
    void everyFrequencyHasARuleExceptThoseThatPromiseNoRhythm() {
        for (UpdateFrequency frequency : UpdateFrequency.all()) {
            assertThat(DueDates.rule(frequency).isPresent()).as(frequency.code())
                    .isEqualTo(!WITHOUT_DUE_DATE.contains(frequency.code()));
        }
        assertThat(DueDates.rules()).hasSize(UpdateFrequency.all().size() - WITHOUT_DUE_DATE.size());
    }

    @Test
    void monthlyDataIsDueAMonthAndAWeekLaterOnTheCalendar() {
        // 31 January + P1M = 28 February (2026 is no leap year), + P7D = 7 March
        assertThat(DueDates.dueAt(frequency("MONTHLY"), Instant.parse("2026-01-31T10:00:00Z")))
                .contains(Instant.parse("2026-03-07T10:00:00Z"));
    }

    @Test
    void dailyDataIsDueTwoDaysLater() {
        assertThat(DueDates.dueAt(frequency("DAILY"), Instant.parse("2026-03-01T06:00:00Z")))
                .contains(Instant.parse("2026-03-03T06:00:00Z"));
    }

    @Test
    void overdueOnlyStrictlyAfterTheDueDate() {
        Instant data = Instant.parse("2026-01-05T12:00:00Z");
        Instant due = Instant.parse("2026-01-14T12:00:00Z"); // WEEKLY: P7D + P2D

        assertThat(DueDates.judge(frequency("WEEKLY"), data, due))
                .isEqualTo(new Actualiteit(frequency("WEEKLY"), data, due, false));
        assertThat(DueDates.judge(frequency("WEEKLY"), data, due.plusMillis(1)).overdue()).isTrue();
    }

    @Test
    void withoutFrequencyOrDataNothingIsDue() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        Instant longAgo = Instant.parse("2000-01-01T00:00:00Z");

        assertThat(DueDates.judge(null, longAgo, now)).isEqualTo(new Actualiteit(null, longAgo, null, false));
        assertThat(DueDates.judge(frequency("DAILY"), null, now).overdue()).isFalse();
        assertThat(DueDates.judge(frequency("NEVER"), longAgo, now).overdue()).isFalse();
        assertThat(DueDates.judge(frequency("IRREG"), longAgo, now).dueAt()).isNull();
    }

    private static UpdateFrequency frequency(String code) {
        return UpdateFrequency.ofCode(code);
    }
}
