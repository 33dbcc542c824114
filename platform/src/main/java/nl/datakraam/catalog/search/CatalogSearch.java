// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.datakraam.access.Caller;
import nl.datakraam.catalog.Catalog;
import nl.datakraam.catalog.Dataset;
import nl.datakraam.catalog.DatasetChanged;
import nl.datakraam.catalog.DatasetId;
import nl.datakraam.catalog.DatasetPage;
import nl.datakraam.catalog.QualityRating;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Catalogue search: keeps the Lucene index ({@link SearchIndex}) in step with the metadata store and answers
 * searches with only what the caller may see ({@link Catalog#visibility}, which asks the one authorisation service).
 *
 * <p>The index lives on local disk ({@code datakraam.search.directory}) and is always rebuildable from the metadata
 * store: at start-up it is rebuilt when it is missing or was written by another analysis version; after every
 * catalogue change made here ({@link DatasetChanged}) the dataset's document is replaced at once; and at start-up
 * and every {@code check-interval} it catches up with what other processes (the import command, another node)
 * changed: the datasets changed since the last catalogue change it had seen ({@link Catalog#changedSince}, with a
 * margin for transactions that committed late) are indexed again, and a different number of datasets (one was
 * removed) makes it rebuild. When another process holds the index folder, this one keeps its own index in memory
 * (built the same way) and says so in the log.
 */
@Service
public class CatalogSearch implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSearch.class);

    /** The index holds every dataset; reading the catalogue as an administrator is how it sees them all. */
    private static final Caller SYSTEM = Caller.system("search");

    private static final int PAGE = 500;

    /** Changes are looked for this long before the last one seen: a transaction may commit after a later one. */
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final Catalog catalog;
    private final SearchSettings settings;
    private volatile @Nullable SearchIndex index;
    private @Nullable ScheduledExecutorService checker;

    public CatalogSearch(Catalog catalog, SearchSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
    }

    /**
     * Opens the index, rebuilds it when missing or written by another analysis, catches up with the store, and starts
     * the periodic check; before the web server takes requests, so that no search finds the index missing.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot open the search index in " + settings.directory() + ": "
                    + e.getMessage() + ". Check that the folder is writable, or point datakraam.search.directory "
                    + "elsewhere; it is rebuilt from the metadata store.", e);
        }
    }

    private synchronized void start() throws IOException {
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
        if (!index.analysisVersion().equals(index.commitData().get(SearchIndex.ANALYSIS_KEY))) {
            rebuild();
        } else {
            catchUp();
        }
        checker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("search-check").daemon()
                .factory());
        long every = settings.checkInterval().toMillis();
        checker.scheduleWithFixedDelay(() -> {
            try {
                catchUp();
            } catch (RuntimeException e) {
                LOG.warn("Search index check failed; the next check tries again.", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Brings the index up to date with changes other processes made to the metadata store: indexes again every
     * dataset changed since the last change it had seen (minus a margin), or rebuilds when the number of datasets
     * differs or more than {@value #PAGE} changed. Two queries when nothing changed; four per changed dataset.
     *
     * @return the number of datasets indexed again (all of them after a rebuild)
     */
    synchronized int catchUp() {
        SearchIndex current = requireIndex();
        if (current.count() != catalog.count()) {
            return rebuild();
        }
        String synced = current.commitData().getOrDefault(SearchIndex.SYNCED_KEY, "-");
        Instant last = catalog.lastChange();
        if (last == null || synced.equals(last.toString())) {
            return 0;
        }
        if (synced.equals("-")) {
            return rebuild();
        }
        List<DatasetId> changed = catalog.changedSince(Instant.parse(synced).minus(MARGIN));
        if (changed.size() > PAGE) {
            return rebuild();
        }
        Map<String, @Nullable SearchDocument> documents = new HashMap<>();
        Map<DatasetId, QualityRating> ratings = catalog.qualityRatings(changed);
        for (DatasetId id : changed) {
            documents.put(id.toString(), catalog.find(id, SYSTEM).map(d -> SearchDocument.of(d, ratings.get(id)))
                    .orElse(null));
        }
        current.update(documents, last.toString());
        return changed.size();
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
        Instant last = catalog.lastChange();
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
        current.replaceAll(documents, last == null ? "-" : last.toString());
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
        Map<String, @Nullable SearchDocument> document = new HashMap<>();
        document.put(id.toString(), catalog.find(id, SYSTEM)
                .map(d -> SearchDocument.of(d, catalog.qualityRatings(List.of(id)).get(id)))
                .orElse(null));
        requireIndex().update(document, null);
    }

    /**
     * Searches the datasets the caller may see. Cost: one Lucene search, plus one per facet the request filters on
     * (for that facet's counts); no database query.
     *
     * @throws IllegalStateException when search is disabled in this process
     */
    public SearchResult search(SearchRequest request, Caller caller) {
        return requireIndex().search(request, catalog.visibility(caller));
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
