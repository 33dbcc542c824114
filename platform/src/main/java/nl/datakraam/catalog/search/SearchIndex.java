// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.datakraam.access.AccessLevel;
import nl.datakraam.access.ReadScope;
import nl.datakraam.catalog.DatasetVisibility;
import nl.datakraam.catalog.QualityRating;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue's Lucene index: one document per dataset ({@link SearchDocument}), Dutch analysis
 * ({@link DutchAnalysis}), facet counts from doc values, and highlighted snippets. No Spring: {@link CatalogSearch}
 * feeds it and applies who may see what.
 *
 * <p>Searching: every word must match (in any of title, keywords, organisation, themes, field names and titles,
 * description — weighted in that order), as itself, a synonym, a stem, the head of a compound (a word of
 * {@value DutchAnalysis#MIN_HEAD} letters or more also finds longer words ending in it), or — only when that finds
 * nothing — for words of 5 letters or more with one typo (two from 8 letters). {@code "..."} searches a phrase, {@code word*} a prefix, {@code -word}
 * excludes, {@code a | b} finds either. Malformed syntax is read literally, never an error.
 *
 * <p>Thread-safe: writes are serialised; searches run concurrently on the latest committed state.
 */
final class SearchIndex implements Closeable {

    /**
     * Commit data: the analysis version the index was written with, and the catalogue's last change (an ISO 8601
     * instant, {@code -} for none) up to which it is known to be complete.
     */
    static final String ANALYSIS_KEY = "analysis";
    static final String SYNCED_KEY = "synced";

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String DESCRIPTION = "description";
    private static final String KEYWORDS = "keywords";
    private static final String ORGANISATION = "organisation";
    private static final String THEMES = "themes";
    private static final String FIELDS = "fields";
    private static final String ALL = "all";
    private static final String HAS_DATA = "has_data";
    private static final String MODIFIED = "modified";
    private static final String QUALITY_POINTS = "quality_points";
    private static final String QUALITY_RATING = "quality_rating";
    private static final String TITLE_SORT = "title_sort";
    private static final String FILTER_PREFIX = "filter.";
    private static final String STORED_PREFIX = "stored.";

    /** Field weights for the words as written (and their synonyms and stems). */
    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 5f, KEYWORDS, 3f, ORGANISATION, 2f, THEMES, 2f,
            FIELDS, 1.5f, DESCRIPTION, 1f);
    private static final float HEAD_WEIGHT = 0.6f;
    private static final float TYPO_WEIGHT = 0.3f;

    private final Directory directory;
    private final DutchAnalysis analysis;
    private final FacetsConfig facets = new FacetsConfig();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile @Nullable FacetState facetState;

    /**
     * Opens (or creates) the index in {@code directory}, taking its write lock.
     *
     * @throws IOException when the directory cannot be used, e.g.
     *     {@link org.apache.lucene.store.LockObtainFailedException} when another process writes it
     */
    SearchIndex(Directory directory, DutchAnalysis analysis) throws IOException {
        this.directory = directory;
        this.analysis = analysis;
        for (SearchFacet facet : SearchFacet.values()) {
            facets.setMultiValued(facet.parameter(), facet.multiValued());
        }
        writer = new IndexWriter(directory, new IndexWriterConfig(analysis.index())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(writer, null);
    }

    /** The commit data of the last commit: {@link #ANALYSIS_KEY}, {@link #REVISION_KEY}; empty for a new index. */
    Map<String, String> commitData() {
        try {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        } catch (IndexNotFoundException e) {
            return Map.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the whole index with these documents, in one commit: searches see the old or the new index. */
    synchronized void replaceAll(Collection<SearchDocument> documents, String synced) {
        try {
            writer.deleteAll();
            for (SearchDocument document : documents) {
                writer.addDocument(toLucene(document));
            }
            // One segment: facet counts then need no mapping between segments' ordinals.
            writer.forceMerge(1);
            commit(synced);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds or replaces documents (by id), or removes those mapped to null, in one commit.
     *
     * @param synced the new {@link #SYNCED_KEY}; null keeps the present one (a change made through this process
     *               says nothing about what other processes changed)
     */
    synchronized void update(Map<String, @Nullable SearchDocument> documents, @Nullable String synced) {
        try {
            for (Map.Entry<String, @Nullable SearchDocument> entry : documents.entrySet()) {
                SearchDocument document = entry.getValue();
                if (document == null) {
                    writer.deleteDocuments(new Term(ID, entry.getKey()));
                } else {
                    writer.updateDocument(new Term(ID, entry.getKey()), toLucene(document));
                }
            }
            commit(synced != null ? synced : commitData().getOrDefault(SYNCED_KEY, "-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The number of datasets in the index, whoever may see them. */
    long count() {
        return writer.getDocStats().numDocs;
    }

    private void commit(String synced) throws IOException {
        writer.setLiveCommitData(Map.of(ANALYSIS_KEY, analysis.version(), SYNCED_KEY, synced).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** The version of the analysis this index is written with, as kept in its commit data. */
    String analysisVersion() {
        return analysis.version();
    }

    /**
     * Searches among the datasets the caller may see: results and facet counts alike are limited to {@code visible}.
     */
    SearchResult search(SearchRequest request, DatasetVisibility visible) {
        IndexSearcher searcher = null;
        try {
            searcher = searchers.acquire();
            return search(searcher, request, visible);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (searcher != null) {
                try {
                    searchers.release(searcher);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /**
     * The words as written (with synonyms, stems and compound heads) first; only when that finds nothing, again with
     * tolerance for typos, so that a typo is forgiven without blurring searches that are spelled right.
     */
    private SearchResult search(IndexSearcher searcher, SearchRequest request, DatasetVisibility visibility)
            throws IOException {
        Query visible = visible(visibility);
        SearchResult exact = search(searcher, request, words(request.query(), false), visible);
        if (exact.total() > 0 || request.query().isBlank()) {
            return exact;
        }
        return search(searcher, request, words(request.query(), true), visible);
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Query words, Query visible)
            throws IOException {
        Query query = filtered(words, visible, request, null);
        boolean relevance = request.sort() == SearchSort.RELEVANCE && !request.query().isBlank();
        var top = new TopFieldCollectorManager(sort(request.sort(), relevance), request.offset() + request.limit(),
                null, Integer.MAX_VALUE);
        Object[] results = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
        TopDocs docs = (TopDocs) results[0];
        FacetsCollector all = (FacetsCollector) results[1];

        Map<SearchFacet, List<SearchResult.FacetCount>> counts = new EnumMap<>(SearchFacet.class);
        FacetState state = facetState(searcher.getIndexReader());
        SortedSetDocValuesFacetCounts ofAll = state == null ? null : new SortedSetDocValuesFacetCounts(state.state, all);
        for (SearchFacet facet : SearchFacet.values()) {
            SortedSetDocValuesFacetCounts of = ofAll;
            if (!request.filter(facet).isEmpty() && state != null) {
                of = new SortedSetDocValuesFacetCounts(state.state,
                        searcher.search(filtered(words, visible, request, facet), new FacetsCollectorManager()));
            }
            counts.put(facet, counts(state, of, facet, request.filter(facet)));
        }

        ScoreDoc[] page = docs.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(docs.scoreDocs, request.offset(), docs.scoreDocs.length);
        return new SearchResult(docs.totalHits.value(), hits(searcher, words, page),
                counts);
    }

    /**
     * The words part of the query; every document for blank words. Each word matches as written (weighted fields,
     * synonyms, stems), as the head of a compound, and with {@code typos} also within one edit (two from 8 letters).
     * A word that analysis splits (Súdwest-Fryslân) needs each of its parts.
     */
    private Query words(String text, boolean typos) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        var parser = new SimpleQueryParser(analysis.query(), WEIGHTS) {
            @Override
            protected @Nullable Query newDefaultQuery(String word) {
                Query asWritten = super.newDefaultQuery(word);
                List<String> stems = analysis.stems(word);
                var either = new BooleanQuery.Builder();
                if (asWritten != null) {
                    either.add(asWritten, Occur.SHOULD);
                }
                if (stems.size() == 1) {
                    alternatives(either, stems.getFirst(), typos, false);
                } else if (stems.size() > 1) {
                    var each = new BooleanQuery.Builder();
                    for (String stem : stems) {
                        var part = new BooleanQuery.Builder();
                        alternatives(part, stem, typos, true);
                        each.add(part.build(), Occur.MUST);
                    }
                    either.add(each.build(), Occur.SHOULD);
                }
                BooleanQuery built = either.build();
                return built.clauses().isEmpty() ? null : built;
            }
        };
        parser.setDefaultOperator(Occur.MUST);
        Query parsed = parser.parse(text);
        // Only stop words (or only operators): as if nothing was typed.
        return parsed instanceof MatchNoDocsQuery || parsed instanceof BooleanQuery b && b.clauses().isEmpty()
                ? new MatchAllDocsQuery() : parsed;
    }

    /** Other ways a stem may match: as itself (when asked), as a compound head, and with a typo. */
    private static void alternatives(BooleanQuery.Builder either, String stem, boolean typos, boolean itself) {
        if (itself) {
            either.add(new TermQuery(new Term(ALL, stem)), Occur.SHOULD);
        }
        if (stem.length() >= DutchAnalysis.MIN_HEAD) {
            String head = new StringBuilder(stem).reverse().toString();
            either.add(new BoostQuery(new TermQuery(new Term(DutchAnalysis.SUFFIX_FIELD, head)), HEAD_WEIGHT),
                    Occur.SHOULD);
            if (typos) {
                either.add(new BoostQuery(new FuzzyQuery(new Term(ALL, stem), stem.length() >= 8 ? 2 : 1, 1),
                        TYPO_WEIGHT), Occur.SHOULD);
            }
        }
    }

    /**
     * The visibility as a filter, the rule of {@link ReadScope}: a readable level, or a grant (any grant for every
     * level but vertrouwelijk, an account grant for every level); and data unless {@code withoutData}.
     */
    private static Query visible(DatasetVisibility visibility) {
        ReadScope scope = visibility.scope();
        String level = FILTER_PREFIX + SearchFacet.ACCESS_LEVEL.parameter();
        var readable = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1)
                .add(new TermInSetQuery(level, scope.levels().stream().map(l -> new BytesRef(l.code())).toList()),
                        Occur.SHOULD);
        if (!scope.grantedDatasets().isEmpty()) {
            readable.add(new BooleanQuery.Builder()
                    .add(ids(scope.grantedDatasets()), Occur.FILTER)
                    .add(new TermQuery(new Term(level, AccessLevel.VERTROUWELIJK.code())), Occur.MUST_NOT)
                    .build(), Occur.SHOULD);
        }
        if (!scope.accountGrants().isEmpty()) {
            readable.add(ids(scope.accountGrants()), Occur.SHOULD);
        }
        var visible = new BooleanQuery.Builder().add(readable.build(), Occur.FILTER);
        if (!visibility.withoutData()) {
            visible.add(new TermQuery(new Term(HAS_DATA, "true")), Occur.FILTER);
        }
        return visible.build();
    }

    private static Query ids(Set<UUID> ids) {
        return new TermInSetQuery(ID, ids.stream().map(id -> new BytesRef(id.toString())).toList());
    }

    /** Words, visibility and every facet filter but {@code except}'s. */
    private static Query filtered(Query words, Query visible, SearchRequest request, @Nullable SearchFacet except) {
        var query = new BooleanQuery.Builder().add(words, Occur.MUST).add(visible, Occur.FILTER);
        request.filters().forEach((facet, values) -> {
            if (facet != except) {
                query.add(new TermInSetQuery(FILTER_PREFIX + facet.parameter(),
                        values.stream().map(BytesRef::new).toList()), Occur.FILTER);
            }
        });
        return query.build();
    }

    private static Sort sort(SearchSort sort, boolean relevance) {
        var newest = new SortField(MODIFIED, SortField.Type.LONG, true);
        return switch (sort) {
            case RELEVANCE -> relevance ? new Sort(SortField.FIELD_SCORE, newest) : new Sort(newest);
            case MODIFIED -> new Sort(newest);
            case QUALITY -> new Sort(new SortField(QUALITY_POINTS, SortField.Type.INT, true), newest);
            case TITLE -> new Sort(new SortField(TITLE_SORT, SortField.Type.STRING), newest);
        };
    }

    private static List<SearchResult.FacetCount> counts(@Nullable FacetState state,
            @Nullable SortedSetDocValuesFacetCounts of, SearchFacet facet, Set<String> selected) throws IOException {
        List<SearchResult.FacetCount> counts = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        if (state != null && of != null && state.state.getOrdRange(facet.parameter()) != null) {
            FacetResult result = of.getAllChildren(facet.parameter());
            if (result != null) {
                List<LabelAndValue> values = new ArrayList<>(List.of(result.labelValues));
                values.sort((a, b) -> a.value.intValue() != b.value.intValue()
                        ? Integer.compare(b.value.intValue(), a.value.intValue()) : a.label.compareTo(b.label));
                for (LabelAndValue value : values) {
                    counts.add(new SearchResult.FacetCount(value.label, value.value.longValue(),
                            selected.contains(value.label)));
                    seen.add(value.label);
                }
            }
        }
        // A selected value without hits stays listed (with 0), so that the user can unselect it.
        selected.stream().filter(v -> !seen.contains(v)).sorted()
                .forEach(v -> counts.add(new SearchResult.FacetCount(v, 0, true)));
        return counts;
    }

    private @Nullable FacetState facetState(IndexReader reader) throws IOException {
        FacetState state = facetState;
        if (state != null && state.reader == reader) {
            return state;
        }
        if (reader.numDocs() == 0) {
            return null;
        }
        state = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, facets));
        facetState = state;
        return state;
    }

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query words, ScoreDoc[] page) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Snippets snippets = new Snippets(words, analysis.index());
        StoredFields stored = searcher.storedFields();
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (ScoreDoc scoreDoc : page) {
            Document doc = stored.document(scoreDoc.doc);
            String title = doc.get(TITLE);
            String description = doc.get(DESCRIPTION);
            String rating = doc.get(QUALITY_RATING);
            hits.add(new SearchResult.Hit(doc.get(ID), title, snippets.marked(TITLE, title),
                    description == null ? "" : snippets.passage(DESCRIPTION, description),
                    doc.get(STORED_PREFIX + ORGANISATION), List.of(doc.getValues(STORED_PREFIX + THEMES)),
                    List.of(doc.getValues(STORED_PREFIX + KEYWORDS)), doc.get(STORED_PREFIX + "licence"),
                    doc.get(STORED_PREFIX + "accessLevel"), doc.get(STORED_PREFIX + "updateFrequency"),
                    List.of(doc.getValues(STORED_PREFIX + "formats")),
                    Instant.ofEpochMilli(doc.getField(STORED_PREFIX + MODIFIED).numericValue().longValue()), rating,
                    rating == null ? null : doc.getField(STORED_PREFIX + QUALITY_POINTS).numericValue().intValue(),
                    Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score));
        }
        return hits;
    }

    /** The Lucene document of a search document: the one place that decides how each field is indexed. */
    Document toLucene(SearchDocument d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, d.id(), Field.Store.YES));
        doc.add(new TextField(TITLE, d.title(), Field.Store.YES));
        doc.add(new SortedDocValuesField(TITLE_SORT, new BytesRef(d.title().toLowerCase(Locale.ROOT))));
        if (d.description() != null) {
            doc.add(new TextField(DESCRIPTION, d.description(), Field.Store.YES));
        }
        List<String> fields = new ArrayList<>(d.fieldNames());
        fields.addAll(d.fieldTitles());
        Map<String, List<String>> text = new LinkedHashMap<>();
        text.put(KEYWORDS, d.keywords());
        text.put(ORGANISATION, d.organisation() == null ? List.of() : List.of(d.organisation()));
        text.put(THEMES, d.themes());
        text.put(FIELDS, fields);
        text.forEach((field, values) -> values.forEach(v -> doc.add(new TextField(field, v, Field.Store.NO))));
        List<String> all = new ArrayList<>();
        all.add(d.title());
        if (d.description() != null) {
            all.add(d.description());
        }
        text.values().forEach(all::addAll);
        for (String value : all) {
            doc.add(new TextField(ALL, value, Field.Store.NO));
            doc.add(new TextField(DutchAnalysis.SUFFIX_FIELD, value, Field.Store.NO));
        }
        doc.add(new StringField(HAS_DATA, Boolean.toString(d.hasData()), Field.Store.NO));
        long modified = d.modified().toEpochMilli();
        doc.add(new NumericDocValuesField(MODIFIED, modified));
        doc.add(new StoredField(STORED_PREFIX + MODIFIED, modified));
        QualityRating quality = d.quality();
        doc.add(new NumericDocValuesField(QUALITY_POINTS, quality == null ? -1 : quality.points()));
        if (quality != null) {
            doc.add(new StoredField(QUALITY_RATING, quality.rating()));
            doc.add(new StoredField(STORED_PREFIX + QUALITY_POINTS, quality.points()));
        }
        d.keywords().forEach(k -> doc.add(new StoredField(STORED_PREFIX + KEYWORDS, k)));
        d.themes().forEach(t -> doc.add(new StoredField(STORED_PREFIX + THEMES, t)));
        d.formats().forEach(f -> doc.add(new StoredField(STORED_PREFIX + "formats", f)));
        store(doc, ORGANISATION, d.organisation());
        store(doc, "licence", d.licence());
        store(doc, "accessLevel", d.accessLevel());
        store(doc, "updateFrequency", d.updateFrequency());

        Map<SearchFacet, List<String>> values = new EnumMap<>(SearchFacet.class);
        values.put(SearchFacet.ORGANISATION, optional(d.organisation()));
        values.put(SearchFacet.THEME, d.themes());
        values.put(SearchFacet.FORMAT, d.formats());
        values.put(SearchFacet.LICENCE, optional(d.licence()));
        values.put(SearchFacet.ACCESS_LEVEL, List.of(d.accessLevel()));
        values.put(SearchFacet.UPDATE_FREQUENCY, optional(d.updateFrequency()));
        values.put(SearchFacet.QUALITY, quality == null ? List.of() : List.of(quality.rating()));
        values.put(SearchFacet.KEYWORD, d.keywords());
        values.put(SearchFacet.GROUP, d.groups());
        values.forEach((facet, list) -> list.stream().filter(v -> !v.isBlank()).distinct().forEach(v -> {
            doc.add(new SortedSetDocValuesFacetField(facet.parameter(), v));
            doc.add(new StringField(FILTER_PREFIX + facet.parameter(), v, Field.Store.NO));
        }));
        return facets.build(doc);
    }

    private static void store(Document doc, String name, @Nullable String value) {
        if (value != null) {
            doc.add(new StoredField(STORED_PREFIX + name, value));
        }
    }

    private static List<String> optional(@Nullable String value) {
        return value == null ? List.of() : List.of(value);
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
