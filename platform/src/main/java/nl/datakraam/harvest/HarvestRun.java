// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.harvest;

import java.time.Instant;
import java.util.List;
import nl.datakraam.lib.messages.Message;

/**
 * How one harvest of a source went. A run that failed ({@link #errors()} not empty: the source unreachable, an HTTP
 * error, a page that is not RDF or not CKAN's JSON) imported nothing: every page is read before any record is.
 *
 * @param created   records new in this run (a dataset registered for each)
 * @param updated   records whose content changed since the last run (their dataset described again)
 * @param unchanged records as they were
 * @param gone      records of earlier runs no longer in the source, marked as gone in this run (kept)
 * @param failed    records that could not be imported (each has a message in {@code problems})
 * @param errors    why the run failed, with codes of {@link nl.datakraam.shared.HarvestCode}; empty when it did not
 * @param problems  warnings (paging loops, unknown licences) and per-record failures
 */
public record HarvestRun(Instant startedAt, Instant finishedAt, int created, int updated, int unchanged, int gone,
        int failed, List<Message> errors, List<Message> problems) {

    public HarvestRun {
        errors = List.copyOf(errors);
        problems = List.copyOf(problems);
    }

    /** A run that read nothing, for this reason. */
    static HarvestRun failed(Instant startedAt, Instant finishedAt, Message error) {
        return new HarvestRun(startedAt, finishedAt, 0, 0, 0, 0, 0, List.of(error), List.of());
    }
}
