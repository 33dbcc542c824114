// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.lib.messages.Message;
import org.jspecify.annotations.Nullable;

/**
 * Where a dataset's data comes from when it is fetched from a URL, and how the last fetch went.
 *
 * @param url           the URL as given (redirects are followed again on every fetch)
 * @param review        new versions stop for the steward's review of the schema
 * @param etag          the {@code ETag} of the last file received, sent back as {@code If-None-Match}
 * @param lastModified  the {@code Last-Modified} of the last file received, as the server wrote it, sent back as
 *                      {@code If-Modified-Since}
 * @param lastFetchedAt when the last fetch was tried, whatever its outcome; null before the first
 * @param lastMessage   what happened, in an English sentence (the reason of a failure)
 * @param lastMessageCode      the code of that sentence, one of {@link nl.datakraam.shared.FetchCode}; null for a
 *                      fetch recorded before messages were coded, which only the English says
 * @param lastMessageArguments its facts by name (a nested message as an object of code, arguments and English)
 * @param lastJobId     the ingest job of the last file received
 */
record FetchSource(DatasetId datasetId, URI url, FetchSchedule schedule, boolean review, @Nullable String etag,
        @Nullable String lastModified, @Nullable Instant lastFetchedAt, @Nullable FetchStatus lastStatus,
        @Nullable String lastMessage, @Nullable UUID lastJobId, @Nullable String lastMessageCode,
        Map<String, Object> lastMessageArguments) {

    FetchSource {
        lastMessageArguments = Map.copyOf(lastMessageArguments);
    }

    /** The source with the outcome of its first fetch. */
    static FetchSource fetched(DatasetId datasetId, URI url, FetchSchedule schedule, boolean review,
            @Nullable String etag, @Nullable String lastModified, Instant at, Message outcome, UUID jobId) {
        return new FetchSource(datasetId, url, schedule, review, etag, lastModified, at, FetchStatus.FETCHED,
                outcome.english(), jobId, outcome.code(), outcome.arguments());
    }

    /** When the schedule fetches this source next; null when it is fetched only on request. */
    @Nullable Instant nextFetchAt() {
        return schedule.nextAfter(lastFetchedAt);
    }
}
