// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Datakraam's Dutch text analysis, built from Lucene's parts: words split by Unicode rules (UAX #29), {@code _} in
 * field names read as a space, lower-cased, diacritics folded ({@code café} = {@code cafe}, {@code coöperatie} =
 * {@code cooperatie}), Dutch stop words removed (Snowball's list, folded), and stemmed with the Snowball Dutch
 * stemmer (with Lucene's {@code DutchAnalyzer} overrides, so that {@code fiets} and {@code fietsen} meet).
 *
 * <p>Three analyzers: {@link #index()} for indexing, {@link #query()} for queries (the same chain, plus the
 * government synonym list after stemming, so that a change of the list needs no re-index), and for the
 * {@link #SUFFIX_FIELD} the compound-head analyzers: Dutch writes compounds as one word with the head last
 * ({@code rijksmonumenten}, {@code gemeentegrenzen}), so that field indexes every stem reversed with its leading
 * n-grams (5 characters and more) and a query word, stemmed and reversed, matches every word that ends in it:
 * {@code monumenten} finds {@code Rijksmonumenten}.
 *
 * <p>Thread-safe; analyzers are reused across threads as Lucene allows.
 */
final class DutchAnalysis {

    /**
     * Bump whenever the analysis or the way fields are indexed changes: an index built by another version is rebuilt
     * at start-up.
     */
    static final String VERSION = "nl-4";

    /** The catch-all field of compound heads (reversed stems and their leading n-grams). */
    static final String SUFFIX_FIELD = "all_suffix";

    /** The shortest compound head matched inside a longer word; shorter ones would match too much. */
    static final int MIN_HEAD = 5;

    private static final int MAX_HEAD = 40;

    /** Lucene's own overrides for the Snowball Dutch stemmer ({@code DutchAnalyzer}). */
    private static final Map<String, String> STEM_OVERRIDES = Map.of("fiets", "fiets", "bromfiets", "bromfiets",
            "ei", "eier", "kind", "kinder");

    private final CharArraySet stopWords;
    private final NormalizeCharMap underscores;
    private final StemmerOverrideFilter.StemmerOverrideMap overrides;
    private final SynonymMap synonyms;
    private final String synonymsDigest;
    private final Analyzer index;
    private final Analyzer query;
    private final Analyzer indexAll;
    private final Analyzer queryAll;

    /**
     * @param synonymsFile an operator's synonym file (Solr format, UTF-8) instead of the built-in list; null for the
     *                     built-in list {@code synonyms-nl.txt}
     * @throws IllegalStateException when the synonym file cannot be read or parsed (with the file and line)
     */
    DutchAnalysis(@Nullable Path synonymsFile) {
        stopWords = foldedStopWords();
        var map = new NormalizeCharMap.Builder();
        map.add("_", " ");
        underscores = map.build();
        try {
            var builder = new StemmerOverrideFilter.Builder(false);
            STEM_OVERRIDES.forEach(builder::add);
            overrides = builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        index = chain(false, false);
        byte[] synonymText = readSynonyms(synonymsFile);
        synonymsDigest = digest(synonymText);
        synonyms = parseSynonyms(synonymText, index, synonymsFile == null ? "built-in synonyms-nl.txt"
                : synonymsFile.toString());
        query = chain(true, false);
        indexAll = perField(index, chain(false, true));
        queryAll = perField(query, chain(true, true));
    }

    /** The index analyzer for every field: the suffix chain for {@link #SUFFIX_FIELD}, the Dutch chain otherwise. */
    Analyzer index() {
        return indexAll;
    }

    /** The query analyzer for every field: as {@link #index()}, with the synonym list applied to the stems. */
    Analyzer query() {
        return queryAll;
    }

    /**
     * A version mark of the analysis, synonym list included ({@code nl-1/<sha-256 prefix>}), kept with the index. A
     * different synonym list does not require a re-index (synonyms apply at query time) but is recorded for
     * traceability.
     */
    String version() {
        return VERSION + "/" + synonymsDigest.substring(0, 12);
    }

    /**
     * The stems of a text as the index holds them (no synonyms), e.g. {@code "Fietspaden in Zuidhorn"} →
     * {@code [fietspad, zuidhorn]}.
     */
    List<String> stems(String text) {
        return terms(index, "all", text);
    }

    static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static Analyzer perField(Analyzer text, Analyzer suffix) {
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return SUFFIX_FIELD.equals(fieldName) ? suffix : text;
            }
        };
    }

    private Analyzer chain(boolean withSynonyms, boolean heads) {
        return new Analyzer() {
            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new MappingCharFilter(underscores, reader);
            }

            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                stream = new StopFilter(stream, stopWords);
                stream = new StemmerOverrideFilter(stream, overrides);
                stream = new DutchPluralFilter(stream);
                stream = new SnowballFilter(stream, new DutchStemmer());
                if (withSynonyms) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                if (heads) {
                    stream = new ReverseStringFilter(stream);
                    if (!withSynonyms) {
                        stream = new EdgeNGramTokenFilter(stream, MIN_HEAD, MAX_HEAD, true);
                    }
                }
                return new TokenStreamComponents(source, stream);
            }

            /** For prefix and fuzzy words, which are not analysed: lower-cased and folded only. */
            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, true);
        for (Object word : DutchAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(out, 0, length));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    private static byte[] readSynonyms(@Nullable Path file) {
        try {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            try (InputStream in = DutchAnalysis.class.getResourceAsStream("synonyms-nl.txt")) {
                if (in == null) {
                    throw new IllegalStateException("synonyms-nl.txt is missing from the application");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the search synonym file " + file + ": " + e.getMessage()
                    + ". Set datakraam.search.synonyms-file to a readable UTF-8 file, or leave it empty for the "
                    + "built-in list.", e);
        }
    }

    /**
     * Synonym entries are analysed as the index analyses text (lower-cased, folded, stemmed), so that the synonym step,
     * which follows stemming, meets them in the same form: {@code fietspad} also serves {@code fietspaden}.
     */
    private static SynonymMap parseSynonyms(byte[] text, Analyzer entries, String source) {
        try {
            var parser = new SolrSynonymParser(true, true, entries);
            parser.parse(new InputStreamReader(new java.io.ByteArrayInputStream(text), StandardCharsets.UTF_8));
            return parser.build();
        } catch (IOException | ParseException | IllegalArgumentException e) {
            throw new IllegalStateException("The search synonym list " + source + " cannot be read: "
                    + e.getMessage() + ". Each line is 'a, b, c' (equivalent words) or 'a => b' (a also finds b); "
                    + "'#' starts a comment.", e);
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
