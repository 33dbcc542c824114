// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetChanged;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.catalog.DatasetVisibility;
import nl.datakraam.catalog.QualityRating;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Catalogue search: keeps the Lucene index ({@link SearchIndex}) in step with the metadata store and answers
 * searches with only what the caller may see ({@link Catalog#visibility}, which asks the one authorisation service).
 *
 * <p>The index lives on local disk ({@code datakraam.search.directory}) and is always rebuildable from the metadata
 * store: at start-up it is rebuilt when it is missing, was built by another analysis version, or was built from
 * another catalogue revision ({@link Catalog#revision}); after every catalogue change ({@link DatasetChanged}) the
 * dataset's document is replaced; and every {@code check-interval} the revision is compared again, so that changes
 * made by another process are picked up. When another process holds the index folder, this one keeps its own index
 * in memory (built the same way) and says so in the log.
 */
@Service
public class CatalogSearch {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearch.class);

    /** The index holds every dataset; reading the catalogue as an administrator is how it sees them all. */
    private static final Caller SYSTEM = Caller.administrator("system:search");

    private static final int PAGE = 500;

    private final Catalog catalog;
    private final SearchSettings settings;
    private volatile @Nullable SearchIndex index;
    private @Nullable ScheduledExecutorService checker;

    public CatalogSearch(Catalog catalog, SearchSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /** Opens the index, rebuilds it when stale, and starts the periodic check. */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void start() throws IOException {
        if (!settings.enabled() || index != null) {
            return;
        }
        DutchAnalysis analysis = new DutchAnalysis(settings.synonymsFile());
        try {
            Files.createDirectories(settings.directory());
            index = new SearchIndex(FSDirectory.open(settings.directory()), analysis);
        } catch (LockObtainFailedException e) {
            LOG.warn("Another process holds the search index in {}; this one keeps its own index in memory.",
                    settings.directory());
            index = new SearchIndex(new ByteBuffersDirectory(), analysis);
        }
        refreshIfStale(analysis.version());
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-check").daemon()
                .factory());
        long every = settings.checkInterval().toMillis();
        checker.scheduleWithFixedDelay(() -> {
            try {
                refreshIfStale(analysis.version());
            } catch (RuntimeException e) {
                LOG.warn("Search index check failed; the next check tries again.", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    private void refreshIfStale(String analysisVersion) {
        SearchIndex current = requireIndex();
        Map<String, String> built = current.commitData();
        String revision = catalog.revision();
        if (analysisVersion.equals(built.get(SearchIndex.ANALYSIS_KEY))
                && revision.equals(built.get(SearchIndex.REVISION_KEY))) {
            return;
        }
        rebuild();
    }

    /**
     * Rebuilds the whole index from the metadata store, in one commit. Reads the catalogue a page at a time (four
     * queries per {@value #PAGE} datasets).
     *
     * @return the number of datasets indexed
     */
    public synchronized int rebuild() {
        SearchIndex current = requireIndex();
        long started = System.nanoTime();
        String revision = catalog.revision();
        List<SearchDocument> documents = new ArrayList<>();
        for (int offset = 0; ; offset += PAGE) {
            DatasetPage page = catalog.list(SYSTEM, PAGE, offset);
            Map<DatasetId, QualityRating> ratings = catalog.qualityRatings(
                    page.items().stream().map(Dataset::id).toList());
            page.items().forEach(d -> documents.add(SearchDocument.of(d, ratings.get(d.id()))));
            if (page.items().size() < PAGE) {
                break;
            }
        }
        current.replaceAll(documents, revision);
        LOG.info("Search index rebuilt: {} datasets in {} ms.", documents.size(),
                (System.nanoTime() - started) / 1_000_000);
        return documents.size();
    }

    /** Replaces the changed dataset's document once its change is committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(DatasetChanged event) {
        if (index == null) {
            return;
        }
        DatasetId id = event.datasetId();
        String revision = catalog.revision();
        SearchDocument document = catalog.find(id, SYSTEM)
                .map(d -> SearchDocument.of(d, catalog.qualityRatings(List.of(id)).get(id)))
                .orElse(null);
        requireIndex().put(id.toString(), document, revision);
    }

    /**
     * Searches the datasets the caller may see. Cost: one Lucene search, plus one per facet the request filters on
     * (for that facet's counts); no database query.
     *
     * @throws IllegalStateException when search is disabled in this process
     */
    public SearchResult search(SearchRequest request, Caller caller) {
        DatasetVisibility visibility = catalog.visibility(caller);
        return requireIndex().search(request,
                visibility.accessLevels().stream().map(AccessLevel::code).collect(Collectors.toSet()),
                visibility.withoutData());
    }

    private SearchIndex requireIndex() {
        SearchIndex current = index;
        if (current == null) {
            throw new IllegalStateException("Search is not running in this process (datakraam.search.enabled).");
        }
        return current;
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (checker != null) {
            checker.shutdownNow();
        }
        if (index != null) {
            index.close();
            index = null;
        }
    }
}
