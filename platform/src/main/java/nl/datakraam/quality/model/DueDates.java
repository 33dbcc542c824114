// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.quality.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAmount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.datakraam.catalog.UpdateFrequency;
import nl.datakraam.quality.Actualiteit;
import org.jspecify.annotations.Nullable;

/**
 * When new data of a dataset is due, per declared update frequency: the time data last arrived plus the frequency's
 * interval plus a grace margin, added on the UTC calendar (a month after 31 January is 28 or 29 February). A dataset
 * is overdue once the moment of judging lies strictly after its due date. Pure and thread-safe.
 *
 * <table>
 *   <caption>Interval and grace per frequency (ISO 8601 durations)</caption>
 *   <tr><th>code</th><th>interval</th><th>grace</th></tr>
 *   <tr><td>CONT, UPDATE_CONT</td><td>P1D</td><td>P1D</td></tr>
 *   <tr><td>DAILY_2</td><td>PT12H</td><td>P1D</td></tr>
 *   <tr><td>DAILY</td><td>P1D</td><td>P1D</td></tr>
 *   <tr><td>WEEKLY_3</td><td>P3D</td><td>P1D</td></tr>
 *   <tr><td>WEEKLY_2</td><td>P4D</td><td>P1D</td></tr>
 *   <tr><td>WEEKLY</td><td>P7D</td><td>P2D</td></tr>
 *   <tr><td>BIWEEKLY</td><td>P14D</td><td>P3D</td></tr>
 *   <tr><td>MONTHLY_3</td><td>P10D</td><td>P3D</td></tr>
 *   <tr><td>MONTHLY_2</td><td>P15D</td><td>P3D</td></tr>
 *   <tr><td>MONTHLY</td><td>P1M</td><td>P7D</td></tr>
 *   <tr><td>BIMONTHLY</td><td>P2M</td><td>P14D</td></tr>
 *   <tr><td>QUARTERLY</td><td>P3M</td><td>P14D</td></tr>
 *   <tr><td>ANNUAL_3</td><td>P4M</td><td>P14D</td></tr>
 *   <tr><td>ANNUAL_2</td><td>P6M</td><td>P1M</td></tr>
 *   <tr><td>ANNUAL</td><td>P1Y</td><td>P1M</td></tr>
 *   <tr><td>BIENNIAL</td><td>P2Y</td><td>P2M</td></tr>
 *   <tr><td>TRIENNIAL</td><td>P3Y</td><td>P3M</td></tr>
 *   <tr><td>IRREG, OTHER, UNKNOWN, NEVER</td><td colspan="2">no due date: never overdue</td></tr>
 * </table>
 *
 * <p>Datakraam holds files, not streams, so "continuous" is held to at least daily. The grace margin absorbs the
 * usual slack of a publication rhythm (a weekly file on Tuesday instead of Monday) without hiding a missed update.
 */
public final class DueDates {

    /**
     * One row of the table.
     *
     * @param frequency the frequency
     * @param interval  the expected time between updates, a {@link Period} or a {@link Duration}
     * @param grace     the margin after the interval before the data counts as overdue
     */
    public record Rule(UpdateFrequency frequency, TemporalAmount interval, TemporalAmount grace) {
    }

    private static final Map<String, TemporalAmount[]> TABLE = table();

    private DueDates() {
    }

    private static Map<String, TemporalAmount[]> table() {
        Map<String, TemporalAmount[]> table = new LinkedHashMap<>();
        table.put("CONT", new TemporalAmount[] {Period.ofDays(1), Period.ofDays(1)});
        table.put("UPDATE_CONT", new TemporalAmount[] {Period.ofDays(1), Period.ofDays(1)});
        table.put("DAILY_2", new TemporalAmount[] {Duration.ofHours(12), Period.ofDays(1)});
        table.put("DAILY", new TemporalAmount[] {Period.ofDays(1), Period.ofDays(1)});
        table.put("WEEKLY_3", new TemporalAmount[] {Period.ofDays(3), Period.ofDays(1)});
        table.put("WEEKLY_2", new TemporalAmount[] {Period.ofDays(4), Period.ofDays(1)});
        table.put("WEEKLY", new TemporalAmount[] {Period.ofDays(7), Period.ofDays(2)});
        table.put("BIWEEKLY", new TemporalAmount[] {Period.ofDays(14), Period.ofDays(3)});
        table.put("MONTHLY_3", new TemporalAmount[] {Period.ofDays(10), Period.ofDays(3)});
        table.put("MONTHLY_2", new TemporalAmount[] {Period.ofDays(15), Period.ofDays(3)});
        table.put("MONTHLY", new TemporalAmount[] {Period.ofMonths(1), Period.ofDays(7)});
        table.put("BIMONTHLY", new TemporalAmount[] {Period.ofMonths(2), Period.ofDays(14)});
        table.put("QUARTERLY", new TemporalAmount[] {Period.ofMonths(3), Period.ofDays(14)});
        table.put("ANNUAL_3", new TemporalAmount[] {Period.ofMonths(4), Period.ofDays(14)});
        table.put("ANNUAL_2", new TemporalAmount[] {Period.ofMonths(6), Period.ofMonths(1)});
        table.put("ANNUAL", new TemporalAmount[] {Period.ofYears(1), Period.ofMonths(1)});
        table.put("BIENNIAL", new TemporalAmount[] {Period.ofYears(2), Period.ofMonths(2)});
        table.put("TRIENNIAL", new TemporalAmount[] {Period.ofYears(3), Period.ofMonths(3)});
        return Map.copyOf(table);
    }

    /** The rule of a frequency; empty for one without a due date (IRREG, OTHER, UNKNOWN, NEVER). */
    public static Optional<Rule> rule(UpdateFrequency frequency) {
        TemporalAmount[] row = TABLE.get(frequency.code());
        return row == null ? Optional.empty() : Optional.of(new Rule(frequency, row[0], row[1]));
    }

    /** Every rule, in the order of {@link UpdateFrequency#all()}: the table above, for the formula page. */
    public static List<Rule> rules() {
        return UpdateFrequency.all().stream().map(DueDates::rule).flatMap(Optional::stream).toList();
    }

    /** The due date of data that last arrived at {@code lastDataAt}; empty for a frequency without one. */
    public static Optional<Instant> dueAt(UpdateFrequency frequency, Instant lastDataAt) {
        return rule(frequency).map(rule -> lastDataAt.atOffset(ZoneOffset.UTC).plus(rule.interval())
                .plus(rule.grace()).toInstant());
    }

    /**
     * The interval that starts at {@code from}, as an exact duration (a month from 31 January is 28 or 29 days);
     * empty for a frequency without a due date.
     */
    public static Optional<Duration> intervalFrom(UpdateFrequency frequency, Instant from) {
        return rule(frequency).map(rule -> Duration.between(from,
                from.atOffset(ZoneOffset.UTC).plus(rule.interval()).toInstant()));
    }

    /**
     * The actualiteit of a dataset at {@code now}.
     *
     * @param frequency  the declared frequency, or null
     * @param lastDataAt when data last arrived, or null before the first version
     */
    public static Actualiteit judge(@Nullable UpdateFrequency frequency, @Nullable Instant lastDataAt, Instant now) {
        Instant due = frequency == null || lastDataAt == null ? null : dueAt(frequency, lastDataAt).orElse(null);
        return new Actualiteit(frequency, lastDataAt, due, due != null && now.isAfter(due));
    }
}
