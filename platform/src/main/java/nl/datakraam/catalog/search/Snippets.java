// SPDX-License-Identifier: EUPL-1.2
package nl.datakraam.catalog.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;

/**
 * Marks the words a search matched in a hit's title and description, as HTML: the text escaped, each matched word in
 * {@code <mark>}, the description cut to a passage of about {@value #PASSAGE} characters around the first match.
 *
 * <p>A word matches when its stem (the index analysis of {@link DutchAnalysis}) is a term of the query (any field,
 * synonyms included), ends in a compound head the query looked for, or is accepted by one of the query's prefix or
 * typo automata. Excluded words ({@code -word}) are not marked. Built once per search from the query; Lucene's
 * {@code UnifiedHighlighter} did the same work at about half of a search's time on the benchmark catalogue
 * (docs/benchmarks.md), because it prepares per field and per document what here is prepared once.
 */
final class Snippets {

    static final int PASSAGE = 300;

    private final Analyzer analyzer;
    private final Set<String> terms = new HashSet<>();
    private final Set<String> heads = new HashSet<>();
    /** Built on first use: a typo automaton costs milliseconds to build. */
    private final List<Supplier<ByteRunAutomaton>> automata = new ArrayList<>();
    private @Nullable List<ByteRunAutomaton> built;

    Snippets(Query query, Analyzer analyzer) {
        this.analyzer = analyzer;
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... found) {
                for (Term term : found) {
                    if (DutchAnalysis.SUFFIX_FIELD.equals(term.field())) {
                        heads.add(new StringBuilder(term.text()).reverse().toString());
                    } else {
                        terms.add(term.text());
                    }
                }
            }

            @Override
            public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
                automata.add(automaton);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
    }

    /** The whole text, escaped, with matched words marked. */
    String marked(String field, String text) {
        return html(text, field, 0, text.length());
    }

    /**
     * A passage of the text, escaped, with matched words marked: about {@value #PASSAGE} characters from shortly
     * before the first match (from the start when nothing matched), with {@code …} where it was cut.
     */
    String passage(String field, String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int first = firstMatch(field, flat);
        int start = first <= PASSAGE / 3 ? 0 : wordStart(flat, first - PASSAGE / 3);
        int end = Math.min(flat.length(), start + PASSAGE);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start + PASSAGE / 2 ? space : end;
        }
        return (start > 0 ? "… " : "") + html(flat, field, start, end) + (end < flat.length() ? " …" : "");
    }

    private int firstMatch(String field, String text) {
        int[] first = {-1};
        tokens(field, text, (startOffset, endOffset) -> {
            if (first[0] < 0) {
                first[0] = startOffset;
            }
        });
        return Math.max(first[0], 0);
    }

    private static int wordStart(String text, int at) {
        int space = text.lastIndexOf(' ', at);
        return space < 0 ? 0 : space + 1;
    }

    private String html(String text, String field, int from, int to) {
        StringBuilder html = new StringBuilder();
        int[] at = {from};
        tokens(field, text, (start, end) -> {
            if (start >= at[0] && end <= to) {
                escape(text, at[0], start, html);
                html.append("<mark>");
                escape(text, start, end, html);
                html.append("</mark>");
                at[0] = end;
            }
        });
        escape(text, at[0], to, html);
        return html.toString();
    }

    private interface Match {
        void at(int start, int end);
    }

    /** Calls {@code match} with the offsets of every matched word, in order. */
    private void tokens(String field, String text, Match match) {
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (matches(term.toString())) {
                    match.at(offset.startOffset(), offset.endOffset());
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean matches(String stem) {
        if (terms.contains(stem)) {
            return true;
        }
        for (String head : heads) {
            if (stem.endsWith(head)) {
                return true;
            }
        }
        if (!automata.isEmpty()) {
            if (built == null) {
                built = automata.stream().map(Supplier::get).toList();
            }
            BytesRef bytes = new BytesRef(stem);
            for (ByteRunAutomaton automaton : built) {
                if (automaton.run(bytes.bytes, bytes.offset, bytes.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#x27;");
                default -> html.append(c);
            }
        }
    }
}
