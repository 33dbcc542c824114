// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.ingest.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Authorization;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.ingest.IngestService;
import nl.datakraam.ingest.IngestSubmission;
import nl.datakraam.ingest.VersionMode;
import nl.datakraam.lib.messages.Message;
import nl.datakraam.shared.ErrorCode;
import nl.datakraam.shared.FetchCode;
import nl.datakraam.shared.PlatformException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Datasets fetched from a URL: the first fetch makes the dataset, later ones (on request, or when the schedule says
 * so) make new versions when the server has a changed file. The download streams straight into the normal ingest
 * path ({@link IngestService}), which keeps the raw bytes; nothing is held in memory. A failed re-fetch is recorded on
 * the source and leaves the current version as it is.
 */
@Service
class FetchService implements AutoCloseable {

    /** Who fetches on the schedule's behalf. */
    static final Caller SCHEDULER = Caller.system("fetch");

    private static final Logger log = LoggerFactory.getLogger(FetchService.class);
    private static final int VALIDATOR_LENGTH = 100;
    private static final int ETAG_LENGTH = 500;

    private final IngestService ingest;
    private final Catalog catalog;
    private final Authorization authorization;
    private final FetchSources sources;
    private final Clock clock;
    private final UrlGuard guard;
    private final HttpFetcher fetcher;
    private final DueSelection dueSelection;

    FetchService(IngestService ingest, Catalog catalog, Authorization authorization, FetchSources sources,
            FetchSettings settings, ObjectProvider<MultipartProperties> multipart, Clock clock) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.authorization = authorization;
        this.sources = sources;
        this.clock = clock;
        this.guard = new UrlGuard(settings.allowPrivateAddresses());
        this.fetcher = new HttpFetcher(guard, settings.connectTimeout(), settings.readTimeout(),
                maxBytes(settings.maxSize(), multipart.getIfAvailable()));
        this.dueSelection = new DueSelection(clock, settings.checkInterval());
    }

    private static long maxBytes(@Nullable DataSize configured, @Nullable MultipartProperties multipart) {
        DataSize size = configured != null ? configured : multipart == null ? null : multipart.getMaxFileSize();
        return size == null || size.toBytes() < 0 ? Long.MAX_VALUE : size.toBytes();
    }

    /**
     * Fetches {@code url} and registers it as a new dataset with its ingest job, remembering the URL and schedule.
     * Returns once the file is stored and the job queued.
     *
     * @throws PlatformException {@link ErrorCode#FETCH_URL_REFUSED} (400) for a URL Datakraam may not fetch,
     *     {@link ErrorCode#FETCH_FAILED} (422) when the server does not deliver the file,
     *     {@link ErrorCode#FETCH_TOO_LARGE} (413) over the size limit, and as {@link IngestService#submit}
     */
    IngestSubmission fromUrl(String url, @Nullable String title, AccessLevel accessLevel, FetchSchedule schedule,
            boolean review, Caller caller) {
        authorization.requireCreate(caller);
        URI uri = guard.parse(url);
        Instant at = clock.instant();
        if (!(fetcher.get(uri, null, null) instanceof HttpFetcher.Body body)) {
            throw HttpFetcher.failed(FetchCode.NOT_MODIFIED_UNASKED, uri, Map.of());
        }
        IngestSubmission submission;
        try (body) {
            submission = reading(uri, body,
                    () -> ingest.submit(body.filename(), body.content(), title, accessLevel, review, caller));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.insert(FetchSource.fetched(submission.datasetId(), uri, schedule, review,
                validator(body.etag(), ETAG_LENGTH), validator(body.lastModified(), VALIDATOR_LENGTH), at,
                fetched(body, submission), submission.jobId().value()), caller.id(), at);
        return submission;
    }

    /**
     * The source of a dataset fetched from a URL.
     *
     * @throws PlatformException {@link ErrorCode#DATASET_NOT_FOUND} when the caller may not read the dataset,
     *     {@link ErrorCode#FETCH_SOURCE_NOT_FOUND} when it was not fetched from a URL
     */
    FetchSource source(DatasetId id, Caller caller) {
        catalog.get(id, caller);
        return sources.find(id).orElseThrow(() -> new PlatformException(ErrorCode.FETCH_SOURCE_NOT_FOUND,
                FetchCode.SOURCE_NOT_FOUND, Map.of("datasetId", id.toString())));
    }

    /**
     * Fetches a source now, conditionally, and records the outcome; a failed fetch is an outcome, not an exception.
     *
     * @return the source as recorded afterwards
     * @throws PlatformException as {@link #source}, and {@link ErrorCode#LOGIN_REQUIRED} /
     *     {@link ErrorCode#NOT_ALLOWED} for callers who may not change the dataset
     */
    FetchSource refresh(DatasetId id, Caller caller) {
        catalog.editable(id, caller);
        refresh(source(id, caller), caller);
        return sources.find(id).orElseThrow();
    }

    /** The scheduler's round: fetches every source that is due. Never throws for one source's failure. */
    int refreshDue() {
        List<FetchSource> due = dueSelection.due(sources.scheduled());
        for (FetchSource source : due) {
            refresh(source, SCHEDULER);
        }
        return due.size();
    }

    private void refresh(FetchSource source, Caller caller) {
        DatasetId id = source.datasetId();
        Instant at = clock.instant();
        try {
            switch (fetcher.get(source.url(), source.etag(), source.lastModified())) {
                case HttpFetcher.NotModified notModified -> {
                    sources.record(id, at, FetchStatus.NOT_MODIFIED, Message.of(FetchCode.UNCHANGED, Map.of()));
                    catalog.confirmUnchanged(id, at);
                }
                case HttpFetcher.Body body -> {
                    try (body) {
                        IngestSubmission submission = reading(source.url(), body, () -> ingest.submitVersion(id,
                                body.filename(), body.content(), VersionMode.REPLACE, source.review(), caller));
                        sources.recordFetched(id, at, fetched(body, submission), submission.jobId().value(),
                                validator(body.etag(), ETAG_LENGTH), validator(body.lastModified(), VALIDATOR_LENGTH));
                    }
                }
            }
        } catch (PlatformException e) {
            sources.record(id, at, FetchStatus.FAILED, Message.of(FetchCode.FAILED_KEPT, Map.of("reason",
                    e.message() != null ? e.message() : new Message("", Map.of(), String.valueOf(e.getMessage())))));
        } catch (RuntimeException | IOException e) {
            log.warn("Fetching the source of dataset {} failed unexpectedly", id, e);
            sources.record(id, at, FetchStatus.FAILED, Message.of(FetchCode.FAILED_UNEXPECTEDLY,
                    Map.of("exception", e.getClass().getSimpleName())));
        }
    }

    /** Runs an ingest call that reads the body, and words a failure of the download as the fetcher would. */
    private IngestSubmission reading(URI url, HttpFetcher.Body body, Supplier<IngestSubmission> submit) {
        try {
            return submit.get();
        } catch (UncheckedIOException e) {
            IOException failure = body.content().failure();
            if (failure != null) {
                throw HttpFetcher.whileReading(url, failure, body.content().count(), fetcher.maxBytes());
            }
            throw e;
        }
    }

    private static Message fetched(HttpFetcher.Body body, IngestSubmission submission) {
        return Message.of(FetchCode.RECEIVED, Map.of("filename", body.filename(), "bytes", body.content().count(),
                "jobId", submission.jobId().toString()));
    }

    private static @Nullable String validator(@Nullable String value, int maxLength) {
        return value == null || value.length() > maxLength ? null : value;
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
