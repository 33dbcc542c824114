// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Which sources the scheduler fetches, against a fixed clock. "Now" is 2026-03-31 12:00 UTC; the scheduler looks
 * every 20 minutes, so a source is due when its time falls before 12:10.
 *
 * <pre>
 * schedule  last fetched          next fetch            due at 12:00
 * daily     03-30 12:00           03-31 12:00           yes
 * daily     03-30 12:09           03-31 12:09           yes (within half an interval)
 * daily     03-30 12:11           03-31 12:11           no
 * weekly    03-25 12:00           04-01 12:00           no
 * weekly    03-24 11:00           03-31 11:00           yes
 * monthly   02-28 12:00           03-28 12:00           yes
 * monthly   03-01 00:00           04-01 00:00           no
 * any       never                 at once               yes
 * none      01-01 (long ago)      never                 no
 * </pre>
 */
class DueSelectionTest {

    private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
    private final DueSelection selection = new DueSelection(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(20));

    @Test
    void dailySourceIsDueADayAfterItsLastFetch() {
        assertThat(isDue(FetchSchedule.DAILY, "2026-03-30T12:00:00Z")).isTrue();
        assertThat(isDue(FetchSchedule.DAILY, "2026-03-30T12:09:00Z")).isTrue();
        assertThat(isDue(FetchSchedule.DAILY, "2026-03-30T12:11:00Z")).isFalse();
        assertThat(isDue(FetchSchedule.DAILY, "2026-03-31T06:00:00Z")).isFalse();
    }

    @Test
    void weeklySourceIsDueSevenDaysAfterItsLastFetch() {
        assertThat(isDue(FetchSchedule.WEEKLY, "2026-03-25T12:00:00Z")).isFalse();
        assertThat(isDue(FetchSchedule.WEEKLY, "2026-03-24T11:00:00Z")).isTrue();
    }

    @Test
    void monthlySourceIsDueACalendarMonthAfterItsLastFetch() {
        assertThat(isDue(FetchSchedule.MONTHLY, "2026-02-28T12:00:00Z")).isTrue();
        assertThat(isDue(FetchSchedule.MONTHLY, "2026-03-01T00:00:00Z")).isFalse();
        assertThat(FetchSchedule.MONTHLY.nextAfter(Instant.parse("2026-01-31T08:00:00Z")))
                .as("end of month: the last day of the next").isEqualTo(Instant.parse("2026-02-28T08:00:00Z"));
    }

    @Test
    void scheduledSourceNeverFetchedIsDueAtOnce() {
        assertThat(isDue(FetchSchedule.DAILY, null)).isTrue();
        assertThat(isDue(FetchSchedule.MONTHLY, null)).isTrue();
    }

    @Test
    void sourceWithoutScheduleIsNeverDue() {
        assertThat(isDue(FetchSchedule.NONE, "2020-01-01T00:00:00Z")).isFalse();
        assertThat(isDue(FetchSchedule.NONE, null)).isFalse();
        assertThat(FetchSchedule.NONE.nextAfter(NOW)).isNull();
    }

    @Test
    void selectsOnlyTheDueSourcesOfMany() {
        FetchSource due = source(FetchSchedule.WEEKLY, "2026-03-20T00:00:00Z");
        FetchSource notYet = source(FetchSchedule.WEEKLY, "2026-03-30T00:00:00Z");
        FetchSource manual = source(FetchSchedule.NONE, null);

        assertThat(selection.due(List.of(notYet, due, manual))).containsExactly(due);
    }

    @Test
    void scheduleCodesAreTheApiWords() {
        assertThat(FetchSchedule.fromCode(" Weekly ")).isEqualTo(FetchSchedule.WEEKLY);
        assertThat(FetchSchedule.DAILY.code()).isEqualTo("daily");
    }

    private boolean isDue(FetchSchedule schedule, @Nullable String lastFetchedAt) {
        return !selection.due(List.of(source(schedule, lastFetchedAt))).isEmpty();
    }

    private static FetchSource source(FetchSchedule schedule, @Nullable String lastFetchedAt) {
        return new FetchSource(new DatasetId(UUID.randomUUID()), URI.create("https://data.example/file.csv"), schedule,
                false, null, null, lastFetchedAt == null ? null : Instant.parse(lastFetchedAt), null, null, null, null, Map.of());
    }
}
