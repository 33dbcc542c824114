// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Picks the sources whose scheduled fetch has come. The scheduler looks every check interval, so a source counts as
 * due when its time falls within half an interval from now: that keeps a daily fetch at about the same time of day
 * instead of creeping later by up to an interval each day.
 */
final class DueSelection {

    private final Clock clock;
    private final Duration slack;

    DueSelection(Clock clock, Duration checkInterval) {
        this.clock = clock;
        this.slack = checkInterval.dividedBy(2);
    }

    List<FetchSource> due(Collection<FetchSource> sources) {
        Instant horizon = clock.instant().plus(slack);
        return sources.stream().filter(source -> {
            Instant next = source.nextFetchAt();
            return next != null && !next.isAfter(horizon);
        }).toList();
    }
}
